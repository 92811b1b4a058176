import type { CaseCategory, CaseStatus, CaseSubtype, ClosureGround, InvestigatingEntity, PaternityClaim } from '../domain/case.js';
import { parsePartialDate, type CalendarDate, type PartialDate } from '../domain/calendar.js';
import type { EvidenceStatus, EvidenceType } from '../domain/evidence.js';
import type { PersonnelCategory, Sex } from '../domain/person.js';
import type { AgeBand, UncertainDate } from '../domain/uncertain-date.js';
import type { ClockStartEvent, DurationUnit, Firmness } from '../clocks/clock.js';
import type { Confidentiality } from '../domain/confidentiality.js';
import { ALPHA2_OF_ALPHA3 } from './countries.js';
import type { DocumentLanguage } from './document-model.js';

/**
 * The words merge data is written in, per letter language. Tables of our own rather than Intl
 * for dates: letters must read the same in the core (Node) and the editor preview (Chromium),
 * and Arabic letters of the UN use Western digits, which Intl's 'ar' does not by default.
 */

type Words<K extends string> = Readonly<Record<DocumentLanguage, Readonly<Record<K, string>>>>;

const MONTHS: Readonly<Record<DocumentLanguage, readonly string[]>> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
};

function dayWords(day: number, language: DocumentLanguage): string {
  return language === 'fr' && day === 1 ? '1er' : String(day);
}

/** A written date (year, month, day or day and time) in words: "3 March 2026", "mars 2015". */
export function partialDateWords(date: PartialDate, language: DocumentLanguage): string {
  const month = date.month !== undefined ? (MONTHS[language][date.month - 1] as string) : undefined;
  if (month === undefined) return String(date.year);
  if (date.day === undefined) return `${month} ${date.year}`;
  const day = `${dayWords(date.day, language)} ${month} ${date.year}`;
  if (date.hour === undefined || date.minute === undefined) return day;
  const time = `${String(date.hour).padStart(2, '0')}:${String(date.minute).padStart(2, '0')}`;
  return { en: `${day} at ${time}`, fr: `${day} à ${time}`, ar: `${day} الساعة ${time}` }[language];
}

export function calendarDateWords(date: CalendarDate, language: DocumentLanguage): string {
  const parsed = parsePartialDate(date);
  if (!parsed) throw new TypeError('not a calendar date');
  return partialDateWords(parsed, language);
}

const UNKNOWN_DATE_WORDS: Readonly<Record<DocumentLanguage, string>> = { en: 'date unknown', fr: 'date inconnue', ar: 'تاريخ غير معروف' };

/** An uncertain date as said: "March 2015", "between June 2016 and August 2016", "date unknown". */
export function uncertainDateWords(date: UncertainDate, language: DocumentLanguage): string {
  if (date.precision === 'unknown') return UNKNOWN_DATE_WORDS[language];
  const from = partialDateWords(parsePartialDate(date.from) as PartialDate, language);
  if (date.precision !== 'range') return from;
  const toDate = parsePartialDate(date.to) as PartialDate;
  const to = partialDateWords(toDate, language);
  if (language === 'en') return `between ${from} and ${to}`;
  if (language === 'ar') return `بين ${from} و${to}`;
  const fromDate = parsePartialDate(date.from) as PartialDate;
  const withArticle = (d: PartialDate, words: string): string => (d.day !== undefined ? `le ${words}` : words);
  return `entre ${withArticle(fromDate, from)} et ${withArticle(toDate, to)}`;
}

/** Several incident dates, each as said, joined. */
export function incidentDatesWords(dates: readonly UncertainDate[], language: DocumentLanguage): string {
  return dates.map((date) => uncertainDateWords(date, language)).join(language === 'ar' ? '؛ ' : '; ');
}

export const CATEGORY_WORDS: Words<CaseCategory> = {
  en: { SE: 'Sexual exploitation', SA: 'Sexual abuse' },
  fr: { SE: 'Exploitation sexuelle', SA: 'Atteintes sexuelles' },
  ar: { SE: 'الاستغلال الجنسي', SA: 'الانتهاك الجنسي' },
};

export const SUBTYPE_WORDS: Words<CaseSubtype> = {
  en: {
    exploitative_relationship: 'Exploitative relationship',
    transactional_sex: 'Transactional sex',
    solicitation_of_transactional_sex: 'Solicitation of transactional sex',
    rape: 'Rape',
    sexual_assault: 'Sexual assault',
    sexual_activity_with_minor: 'Sexual activity with a minor',
    other: 'Other',
  },
  fr: {
    exploitative_relationship: "Relation d'exploitation",
    transactional_sex: 'Relations sexuelles transactionnelles',
    solicitation_of_transactional_sex: 'Sollicitation de relations sexuelles transactionnelles',
    rape: 'Viol',
    sexual_assault: 'Agression sexuelle',
    sexual_activity_with_minor: 'Activité sexuelle avec un mineur',
    other: 'Autre',
  },
  ar: {
    exploitative_relationship: 'علاقة استغلالية',
    transactional_sex: 'ممارسة الجنس مقابل منفعة',
    solicitation_of_transactional_sex: 'التماس ممارسة الجنس مقابل منفعة',
    rape: 'الاغتصاب',
    sexual_assault: 'الاعتداء الجنسي',
    sexual_activity_with_minor: 'نشاط جنسي مع قاصر',
    other: 'أخرى',
  },
};

export const STATUS_WORDS: Words<CaseStatus> = {
  en: {
    preliminary_assessment: 'Preliminary assessment',
    under_review: 'Under review',
    under_investigation: 'Under investigation',
    pending_member_state: 'Pending investigation by the Member State',
    substantiated: 'Substantiated',
    not_substantiated: 'Not substantiated',
    closed_other: 'Closed for other reasons',
  },
  fr: {
    preliminary_assessment: 'Évaluation préliminaire',
    under_review: 'En cours d’examen',
    under_investigation: 'Enquête en cours',
    pending_member_state: 'En attente de l’enquête de l’État Membre',
    substantiated: 'Fondée',
    not_substantiated: 'Non fondée',
    closed_other: 'Close pour d’autres motifs',
  },
  ar: {
    preliminary_assessment: 'تقييم أولي',
    under_review: 'قيد الاستعراض',
    under_investigation: 'قيد التحقيق',
    pending_member_state: 'في انتظار تحقيق الدولة العضو',
    substantiated: 'ثبتت صحتها',
    not_substantiated: 'لم تثبت صحتها',
    closed_other: 'أُغلقت لأسباب أخرى',
  },
};

export const INVESTIGATING_ENTITY_WORDS: Words<InvestigatingEntity> = {
  en: {
    oios: 'Office of Internal Oversight Services (OIOS)',
    tcc_pcc: 'The contributing country (National Investigation Officer)',
    joint_tcc_oios: 'Joint team of the contributing country and OIOS',
    mission_siu: 'Special investigation unit of the mission',
    un_police: 'United Nations police',
    ad_hoc_panel: 'Ad hoc panel',
  },
  fr: {
    oios: 'Bureau des services de contrôle interne (BSCI)',
    tcc_pcc: 'Le pays contributeur (enquêteur national)',
    joint_tcc_oios: 'Équipe conjointe du pays contributeur et du BSCI',
    mission_siu: 'Unité spéciale d’enquête de la mission',
    un_police: 'Police des Nations Unies',
    ad_hoc_panel: 'Comité ad hoc',
  },
  ar: {
    oios: 'مكتب خدمات الرقابة الداخلية',
    tcc_pcc: 'البلد المساهم (موظف التحقيق الوطني)',
    joint_tcc_oios: 'فريق مشترك من البلد المساهم ومكتب خدمات الرقابة الداخلية',
    mission_siu: 'وحدة التحقيقات الخاصة التابعة للبعثة',
    un_police: 'شرطة الأمم المتحدة',
    ad_hoc_panel: 'فريق مخصص',
  },
};

export const PERSONNEL_CATEGORY_WORDS: Words<PersonnelCategory> = {
  en: {
    civilian_int: 'Civilian staff (international)',
    civilian_ns: 'Civilian staff (national)',
    civilian_unv: 'United Nations Volunteer',
    military_mc: 'Military contingent member',
    military_mo: 'Military observer (expert on mission)',
    police_unpol: 'United Nations police officer (expert on mission)',
    police_fpu: 'Formed police unit member',
    implementing_partner: 'Implementing partner personnel',
    contractor: 'Contractor',
    non_un_force: 'Member of a non-United Nations force',
  },
  fr: {
    civilian_int: 'Personnel civil (recruté sur le plan international)',
    civilian_ns: 'Personnel civil (recruté sur le plan national)',
    civilian_unv: 'Volontaire des Nations Unies',
    military_mc: 'Membre d’un contingent militaire',
    military_mo: 'Observateur militaire (expert en mission)',
    police_unpol: 'Policier des Nations Unies (expert en mission)',
    police_fpu: 'Membre d’une unité de police constituée',
    implementing_partner: 'Personnel d’un partenaire d’exécution',
    contractor: 'Prestataire',
    non_un_force: 'Membre d’une force non onusienne',
  },
  ar: {
    civilian_int: 'موظف مدني (معيّن دوليًا)',
    civilian_ns: 'موظف مدني (معيّن وطنيًا)',
    civilian_unv: 'متطوع من متطوعي الأمم المتحدة',
    military_mc: 'فرد في وحدة عسكرية',
    military_mo: 'مراقب عسكري (خبير موفد في بعثة)',
    police_unpol: 'ضابط شرطة تابع للأمم المتحدة (خبير موفد في بعثة)',
    police_fpu: 'فرد في وحدة شرطة مشكّلة',
    implementing_partner: 'موظف لدى شريك منفذ',
    contractor: 'متعاقد',
    non_un_force: 'فرد في قوة غير تابعة للأمم المتحدة',
  },
};

/** Worded to follow a pseudonym without agreeing in gender: "V-02 : sexe féminin, moins de 18 ans". */
export const SEX_WORDS: Words<Sex> = {
  en: { female: 'female', male: 'male', unknown: 'sex not known' },
  fr: { female: 'sexe féminin', male: 'sexe masculin', unknown: 'sexe non connu' },
  ar: { female: 'أنثى', male: 'ذكر', unknown: 'الجنس غير معروف' },
};

export const AGE_BAND_WORDS: Words<AgeBand> = {
  en: { adult: 'adult', minor: 'minor (under 18)', unknown: 'age not known' },
  fr: { adult: 'adulte', minor: 'moins de 18 ans', unknown: 'âge non connu' },
  ar: { adult: 'من البالغين', minor: 'من القُصّر (دون 18 سنة)', unknown: 'العمر غير معروف' },
};

export const EVIDENCE_TYPE_WORDS: Words<EvidenceType> = {
  en: {
    physical: 'Physical',
    documentary: 'Documentary',
    digital: 'Digital',
    biological: 'Biological',
    photo_video: 'Photograph or video',
    testimony_reference: 'Record of testimony',
    other: 'Other',
  },
  fr: {
    physical: 'Matérielle',
    documentary: 'Documentaire',
    digital: 'Numérique',
    biological: 'Biologique',
    photo_video: 'Photographie ou vidéo',
    testimony_reference: 'Procès-verbal de témoignage',
    other: 'Autre',
  },
  ar: {
    physical: 'مادية',
    documentary: 'مستندية',
    digital: 'رقمية',
    biological: 'بيولوجية',
    photo_video: 'صورة أو فيديو',
    testimony_reference: 'محضر شهادة',
    other: 'أخرى',
  },
};

export const EVIDENCE_STATUS_WORDS: Words<EvidenceStatus> = {
  en: { collected: 'Collected', in_storage: 'In secure storage', at_lab: 'At the laboratory', returned: 'Returned', destroyed: 'Destroyed' },
  fr: { collected: 'Recueilli', in_storage: 'En lieu sûr', at_lab: 'Au laboratoire', returned: 'Restitué', destroyed: 'Détruit' },
  ar: { collected: 'جُمع', in_storage: 'في مكان حفظ آمن', at_lab: 'في المختبر', returned: 'أُعيد', destroyed: 'أُتلف' },
};

export const FIRMNESS_WORDS: Words<Firmness> = {
  en: { binding: 'Binding limit', target: 'Target', advisory: 'Indicative' },
  fr: { binding: 'Délai impératif', target: 'Délai cible', advisory: 'Indicatif' },
  ar: { binding: 'مهلة ملزمة', target: 'مهلة مستهدفة', advisory: 'إرشادية' },
};

export const PATERNITY_STATUS_WORDS: Words<Extract<PaternityClaim, { claimed: true }>['status']> = {
  en: { pending: 'pending', established: 'established', not_established: 'not established', closed: 'closed' },
  fr: { pending: 'en cours', established: 'établie', not_established: 'non établie', closed: 'close' },
  ar: { pending: 'قيد النظر', established: 'ثابتة', not_established: 'غير ثابتة', closed: 'مغلقة' },
};

/** Printed on every page (header) by the renderers. */
export const CONFIDENTIALITY_MARKING_WORDS: Words<Confidentiality> = {
  en: { standard: 'UNCLASSIFIED', confidential: 'CONFIDENTIAL', strictly_confidential: 'STRICTLY CONFIDENTIAL' },
  fr: { standard: 'NON CLASSIFIÉ', confidential: 'CONFIDENTIEL', strictly_confidential: 'STRICTEMENT CONFIDENTIEL' },
  ar: { standard: 'غير سري', confidential: 'سري', strictly_confidential: 'سري للغاية' },
};

/**
 * Why a case closed for other circumstances, as a whole sentence addressed to the victim in
 * plain, non-blaming words ('other' is written by the officer). Arabic addresses the reader in
 * the plural of respect, as the closure letters do, which needs no knowledge of their gender.
 */
export const CLOSED_OTHER_REASON_WORDS: Words<Exclude<ClosureGround, 'facts_established' | 'insufficient_evidence' | 'unfounded' | 'consensual_between_adults' | 'other'>> = {
  en: {
    victim_declined_to_participate: 'You told us that you did not wish to take part any further, and we respect your decision.',
    subject_not_identified: 'It was not possible to identify the person you told us about.',
    subject_separated_from_service: 'The person concerned no longer works for the United Nations, so the investigation could not continue.',
  },
  fr: {
    victim_declined_to_participate: 'Vous nous avez dit que vous ne souhaitiez plus y participer, et nous respectons votre décision.',
    subject_not_identified: 'Il n’a pas été possible d’identifier la personne dont vous nous avez parlé.',
    subject_separated_from_service: 'La personne concernée ne travaille plus pour l’Organisation des Nations Unies, et l’enquête n’a donc pas pu se poursuivre.',
  },
  ar: {
    victim_declined_to_participate: 'لقد أخبرتمونا بأنكم لا ترغبون في مواصلة المشاركة، ونحن نحترم قراركم.',
    subject_not_identified: 'لم يكن من الممكن تحديد هوية الشخص الذي أخبرتمونا عنه.',
    subject_separated_from_service: 'لم يعد الشخص المعني يعمل لدى الأمم المتحدة، ولذلك تعذّر مواصلة التحقيق.',
  },
};

export const OTHER_CLOSURE_WORDS: Readonly<Record<DocumentLanguage, string>> = {
  en: 'Circumstances outside our control meant that the investigation could not continue.',
  fr: 'Des circonstances indépendantes de notre volonté n’ont pas permis de poursuivre l’enquête.',
  ar: 'حالت ظروف خارجة عن إرادتنا دون مواصلة التحقيق.',
};

/** "10 working days", "3 mois", "٥ أيام" with Arabic number agreement (1, 2, 3–10, 11+). */
export function durationWords(amount: number, unit: DurationUnit, language: DocumentLanguage): string {
  if (language === 'en') {
    const noun = { hours: 'hour', days: 'day', working_days: 'working day', months: 'month' }[unit];
    return `${amount} ${noun}${amount === 1 ? '' : 's'}`;
  }
  if (language === 'fr') {
    const [one, many] = { hours: ['heure', 'heures'], days: ['jour', 'jours'], working_days: ['jour ouvrable', 'jours ouvrables'], months: ['mois', 'mois'] }[unit];
    return `${amount} ${amount <= 1 ? one : many}`;
  }
  const forms = {
    hours: ['ساعة واحدة', 'ساعتان', 'ساعات', 'ساعة'],
    days: ['يوم واحد', 'يومان', 'أيام', 'يومًا'],
    working_days: ['يوم عمل واحد', 'يوما عمل', 'أيام عمل', 'يوم عمل'],
    months: ['شهر واحد', 'شهران', 'أشهر', 'شهرًا'],
  }[unit] as [string, string, string, string];
  if (amount === 1) return forms[0];
  if (amount === 2) return forms[1];
  if (amount >= 3 && amount <= 10) return `${amount} ${forms[2]}`;
  return `${amount} ${forms[3]}`;
}

const START_EVENT_AFTER: Words<ClockStartEvent> = {
  en: {
    incident: 'after the incident',
    footage_recorded: 'after the footage was recorded',
    evidence_collected: 'after the evidence was collected',
    cctv_identified: 'after the CCTV footage was identified',
    phone_data_identified: 'after the phone data was identified',
    case_received: 'after the allegation was received',
    referral_for_investigation: 'after the referral for investigation',
    notification_to_tcc: 'after this notification',
    subject_rotation_date: 'before the rotation, repatriation or end of contract of the person concerned',
  },
  fr: {
    incident: 'après les faits',
    footage_recorded: 'après l’enregistrement des images',
    evidence_collected: 'après le recueil de l’élément de preuve',
    cctv_identified: 'après l’identification des images de vidéosurveillance',
    phone_data_identified: 'après l’identification des données téléphoniques',
    case_received: 'après la réception de l’allégation',
    referral_for_investigation: 'après la saisine pour enquête',
    notification_to_tcc: 'après la présente notification',
    subject_rotation_date: 'avant la relève, le rapatriement ou la fin de contrat de la personne mise en cause',
  },
  ar: {
    incident: 'بعد الواقعة',
    footage_recorded: 'بعد تسجيل اللقطات',
    evidence_collected: 'بعد جمع الدليل',
    cctv_identified: 'بعد تحديد لقطات المراقبة',
    phone_data_identified: 'بعد تحديد بيانات الهاتف',
    case_received: 'بعد تلقي الادعاء',
    referral_for_investigation: 'بعد الإحالة إلى التحقيق',
    notification_to_tcc: 'بعد هذا الإخطار',
    subject_rotation_date: 'قبل تناوب الشخص المعني أو إعادته إلى وطنه أو انتهاء عقده',
  },
};

/** How a deadline is counted, e.g. "10 working days after this notification". */
export function clockRuleWords(amount: number, unit: DurationUnit, startEvent: ClockStartEvent, language: DocumentLanguage): string {
  const event = START_EVENT_AFTER[language][startEvent];
  // "0 days before the rotation" reads as "before the rotation".
  if (amount === 0) return event;
  return `${durationWords(amount, unit, language)} ${event}`;
}

/** Names of the default clocks a TCC notification lists, in the letter's language. */
export const CLOCK_NAME_WORDS: Readonly<Record<DocumentLanguage, Readonly<Record<string, string>>>> = {
  en: {
    nio_appointment: 'Appointment of a National Investigation Officer',
    tcc_investigation: 'Completion of the national investigation',
    un_investigation: 'Completion of the United Nations investigation',
    subject_interview: 'Interview of the person concerned',
    subject_reference_sample: 'Reference sample from the person concerned',
  },
  fr: {
    nio_appointment: 'Désignation d’un enquêteur national',
    tcc_investigation: 'Achèvement de l’enquête nationale',
    un_investigation: 'Achèvement de l’enquête de l’Organisation des Nations Unies',
    subject_interview: 'Audition de la personne mise en cause',
    subject_reference_sample: 'Prélèvement de référence sur la personne mise en cause',
  },
  ar: {
    nio_appointment: 'تعيين موظف تحقيق وطني',
    tcc_investigation: 'إنجاز التحقيق الوطني',
    un_investigation: 'إنجاز تحقيق الأمم المتحدة',
    subject_interview: 'مقابلة الشخص المعني',
    subject_reference_sample: 'أخذ عينة مرجعية من الشخص المعني',
  },
};

const displayNames = new Map<string, Intl.DisplayNames>();
function namer(language: DocumentLanguage, type: 'region' | 'language'): Intl.DisplayNames {
  const key = `${language}:${type}`;
  let names = displayNames.get(key);
  if (!names) {
    names = new Intl.DisplayNames([language], { type, fallback: 'code' });
    displayNames.set(key, names);
  }
  return names;
}

/** A nationality (ISO alpha-3) as a country name; the code itself when unknown. */
export function countryWords(alpha3: string, language: DocumentLanguage): string {
  const alpha2 = ALPHA2_OF_ALPHA3.get(alpha3);
  return alpha2 ? (namer(language, 'region').of(alpha2) ?? alpha3) : alpha3;
}

/** A spoken language tag (`fr`, `sg`, `ar-SD`) as a language name. */
export function languageWords(tag: string, language: DocumentLanguage): string {
  try {
    return namer(language, 'language').of(tag) ?? tag;
  } catch {
    return tag;
  }
}
