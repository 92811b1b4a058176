import type { Template, TemplateContent } from '../template.js';
import {
  annexes,
  b,
  bullets,
  contactPoint,
  facts,
  FINDING_WORDS,
  findingSummary,
  h2,
  itemEach,
  p,
  signature,
  table,
  when,
  type FindingWords,
} from './parts.js';
import { SHIPPED_TEMPLATE_NAMES } from './shipped-names.js';

/**
 * Referral of investigation findings for disciplinary action: to human resources for civilian
 * staff (ST/AI/2017/1), to the UN Volunteers programme for a volunteer (domain.md §4). Both are
 * interoffice memoranda with the same anatomy; the words that differ are the parameters below.
 */

interface Words {
  letterhead: string[];
  title: string;
  footer: string;
  page: string;
  labels: { to: string; from: string; date: string; reference: string; subject: string };
  subjectLine: string;
  /** Names no instrument: the basis follows, under the flag of the one that covers the subject. */
  purpose: string;
  legalBasisHeading: string;
  /** `legalBasis.staffRules` (HR) or `legalBasis.unvConditions` (UNV). */
  basisFlag: string;
  basis: string;
  /** A referral made as an exception about someone the instrument does not cover: no instrument cited. */
  basisNone: string;
  finding: FindingWords;
  reply: string;
  replyNoDate: string;
  annexesHeading: string;
  personHeading: string;
  person: [label: string, value: string, when?: string][];
  notIdentified: string;
  allegationHeading: string;
  allegation: [label: string, value: string, when?: string][];
  victimsIntro: string;
  victimLine: string;
  report: string;
  findingsHeading: string;
  dueProcessHeading: string;
  dueProcessMissing: string;
  commentsHeading: string;
  interimHeading: string;
  evidenceHeading: string;
  evidenceIntro: string;
  evidenceColumns: [string, number][];
  victimsHeading: string;
  victimsCare: string;
  confidentialityHeading: string;
  confidentiality: string;
  contactHeading: string;
  email: string;
  phone: string;
}

function memo(words: Words): TemplateContent {
  return {
    title: words.title,
    header: { left: '{{case.reference}}{{#if letter.reference}} · {{letter.reference}}{{/if}}' },
    footer: { left: words.footer, right: words.page },
    blocks: [
      { kind: 'letterhead', lines: words.letterhead, logo: 'un_emblem' },
      facts(18, [
        [words.labels.to, '{{letter.recipientName}}'],
        [words.labels.from, '{{letter.author}}{{#if letter.authorTitle}}, {{letter.authorTitle}}{{/if}}'],
        [words.labels.date, '{{letter.date}}'],
        [words.labels.reference, '{{case.reference}}{{#if letter.reference}} / {{letter.reference}}{{/if}}'],
        [words.labels.subject, words.subjectLine],
      ]),
      p(words.purpose),
      h2(words.legalBasisHeading),
      when(words.basisFlag, [p(words.basis)]),
      when('legalBasis.none', [p(words.basisNone)]),
      h2(words.personHeading),
      when('subject', [facts(30, words.person)], [p(words.notIdentified)]),
      h2(words.allegationHeading),
      facts(30, words.allegation),
      when('victims', [p(words.victimsIntro), bullets(itemEach('victims', words.victimLine))]),
      when('letter.particulars', [p('{{letter.particulars}}')]),
      // The finding as the case records it (A/72/751 ¶66: substantiated cases go to HR or the UNV programme).
      ...findingSummary(words.finding),
      when('referral.reportReference', [p(words.report)]),
      // domain.md §4: findings per allegation, as the investigator words them for this referral.
      when('referral.findings', [h2(words.findingsHeading), p('{{referral.findings}}')]),
      // R10 (ST/AI/2017/1): the staff member was told in writing before the interview.
      h2(words.dueProcessHeading),
      when('referral.dueProcess', [p('{{referral.dueProcess}}')], [p(words.dueProcessMissing)]),
      when('referral.subjectComments', [h2(words.commentsHeading), p('{{referral.subjectComments}}')]),
      when('referral.interimMeasures', [h2(words.interimHeading), p('{{referral.interimMeasures}}')]),
      when('evidence', [
        h2(words.evidenceHeading),
        p(words.evidenceIntro),
        table(words.evidenceColumns, 'evidence', ['{{.number}}', '{{.type}}', '{{.description}}', '{{.collectedOn}}']),
      ]),
      h2(words.victimsHeading),
      p(words.victimsCare),
      // A/72/751 ¶47: be told the action taken, by the follow-up register's reply date.
      when('reply.due', [p(b(words.reply))], [p(words.replyNoDate)]),
      // A/72/751 (confidentiality policy) and R9.
      h2(words.confidentialityHeading),
      p(words.confidentiality),
      ...contactPoint(words),
      annexes(words.annexesHeading),
      signature,
    ],
  };
}

const ALLEGATION_EN: Words['allegation'] = [
  ['Nature of the allegation', '{{case.category}}{{#if case.subtype}} — {{case.subtype}}{{/if}}', 'case.category'],
  ['Mission or entity', '{{case.mission}}'],
  ['Place', '{{case.location}}', 'case.location'],
  ['Date(s) of the incident', '{{case.incidentDates}}'],
  ['Allegation received on', '{{case.dateReceived}}'],
  ['Investigated by', '{{case.investigatingEntity}}', 'case.investigatingEntity'],
  ['Number of victims', '{{case.victimCount}}'],
];

const ALLEGATION_FR: Words['allegation'] = [
  ['Nature de l’allégation', '{{case.category}}{{#if case.subtype}} — {{case.subtype}}{{/if}}', 'case.category'],
  ['Mission ou entité', '{{case.mission}}'],
  ['Lieu', '{{case.location}}', 'case.location'],
  ['Date(s) des faits', '{{case.incidentDates}}'],
  ['Allégation reçue le', '{{case.dateReceived}}'],
  ['Enquête menée par', '{{case.investigatingEntity}}', 'case.investigatingEntity'],
  ['Nombre de victimes', '{{case.victimCount}}'],
];

const ALLEGATION_AR: Words['allegation'] = [
  ['طبيعة الادعاء', '{{case.category}}{{#if case.subtype}} — {{case.subtype}}{{/if}}', 'case.category'],
  ['البعثة أو الكيان', '{{case.mission}}'],
  ['المكان', '{{case.location}}', 'case.location'],
  ['تاريخ الواقعة أو تواريخها', '{{case.incidentDates}}'],
  ['تاريخ تلقي الادعاء', '{{case.dateReceived}}'],
  ['الجهة التي أجرت التحقيق', '{{case.investigatingEntity}}', 'case.investigatingEntity'],
  ['عدد الضحايا', '{{case.victimCount}}'],
];

const COMMON_EN = {
  page: 'Page {page} of {pages}',
  labels: { to: 'To:', from: 'From:', date: 'Date:', reference: 'Reference:', subject: 'Subject:' },
  allegationHeading: 'The allegation',
  allegation: ALLEGATION_EN,
  victimsIntro:
    'Victims, referred to by pseudonym unless they have consented to their identity ' +
    'being shared for the disciplinary process:',
  victimLine: '{{.displayName}}: {{.sex}}, {{.ageBand}}',
  report:
    'The investigation report ({{referral.reportReference}}) and its annexes are ' +
    'available to your office on request, through a secure channel.',
  legalBasisHeading: 'Legal basis',
  basisNone:
    'No disciplinary instrument of this office covers the person concerned: the findings are ' +
    'transmitted for information and for such action as may be appropriate.',
  finding: {
    ...FINDING_WORDS.en,
    heading: 'Finding recorded in the case',
  },
  reply: 'Please inform me of the action taken by {{reply.due}}.',
  replyNoDate: 'Please inform me of the action taken.',
  annexesHeading: 'Annexes',
  findingsHeading: 'Findings',
  commentsHeading: 'Comments of the person concerned',
  interimHeading: 'Interim measures',
  evidenceHeading: 'Evidence index',
  evidenceIntro: 'The evidence gathered is listed below. It is kept by the investigating office and is not attached.',
  evidenceColumns: [
    ['Number', 14],
    ['Type', 18],
    ['Description', 48],
    ['Collected on', 20],
  ] as [string, number][],
  victimsHeading: 'Victims',
  victimsCare:
    'The identity of a victim is shared only with that victim’s consent; otherwise ' +
    'the victim is referred to by a pseudonym, age band and sex. ' +
    ('Any contact with a victim must go through the contact point below. Assistance ' +
      'to the victims continues whatever the outcome of the disciplinary process.'),
  confidentialityHeading: 'Confidentiality',
  confidentiality:
    'This memorandum is strictly confidential. It is transmitted for the ' +
    'disciplinary process only and may not be shared beyond the persons who need it ' +
    'for that purpose.',
  contactHeading: 'Contact point',
  email: 'Email: ',
  phone: 'Telephone: ',
};

const COMMON_FR = {
  page: 'Page {page} sur {pages}',
  labels: { to: 'À :', from: 'De :', date: 'Date :', reference: 'Référence :', subject: 'Objet :' },
  allegationHeading: 'L’allégation',
  allegation: ALLEGATION_FR,
  victimsIntro:
    'Victimes, désignées par un pseudonyme sauf si elles ont consenti à ce que leur ' +
    'identité soit communiquée aux fins de la procédure disciplinaire :',
  victimLine: '{{.displayName}} : {{.sex}}, {{.ageBand}}',
  report:
    'Le rapport d’enquête ({{referral.reportReference}}) et ses annexes peuvent être ' +
    'communiqués à votre bureau sur demande, par une voie sécurisée.',
  legalBasisHeading: 'Fondement juridique',
  basisNone:
    'Aucun instrument disciplinaire relevant de votre bureau ne s’applique à la personne mise en cause : ' +
    'les conclusions sont transmises pour information et pour toute suite appropriée.',
  finding: {
    ...FINDING_WORDS.fr,
    heading: 'Conclusion enregistrée dans le dossier',
  },
  reply: 'Je vous saurais gré de m’informer des mesures prises d’ici au {{reply.due}}.',
  replyNoDate: 'Je vous saurais gré de m’informer des mesures prises.',
  annexesHeading: 'Pièces jointes',
  findingsHeading: 'Conclusions',
  commentsHeading: 'Observations de la personne mise en cause',
  interimHeading: 'Mesures conservatoires',
  evidenceHeading: 'Index des éléments de preuve',
  evidenceIntro:
    'Les éléments de preuve recueillis sont énumérés ci-dessous. Ils sont conservés ' +
    'par le bureau chargé de l’enquête et ne sont pas joints.',
  evidenceColumns: [
    ['Numéro', 14],
    ['Type', 18],
    ['Description', 48],
    ['Recueilli le', 20],
  ] as [string, number][],
  victimsHeading: 'Victimes',
  victimsCare:
    'L’identité d’une victime n’est communiquée qu’avec son consentement ; à défaut, ' +
    'la victime est désignée par un pseudonyme, sa tranche d’âge et son sexe. ' +
    ('Tout contact avec une victime passe par le point de contact ci-dessous. ' +
      'L’assistance aux victimes se poursuit quelle que soit l’issue de la procédure ' +
      'disciplinaire.'),
  confidentialityHeading: 'Confidentialité',
  confidentiality:
    'Le présent mémorandum est strictement confidentiel. Il est transmis aux seules ' +
    'fins de la procédure disciplinaire et ne peut être communiqué qu’aux personnes ' +
    'qui en ont besoin à ce titre.',
  contactHeading: 'Point de contact',
  email: 'Courriel : ',
  phone: 'Téléphone : ',
};

const COMMON_AR = {
  page: 'الصفحة {page} من {pages}',
  labels: { to: 'إلى:', from: 'من:', date: 'التاريخ:', reference: 'المرجع:', subject: 'الموضوع:' },
  allegationHeading: 'الادعاء',
  allegation: ALLEGATION_AR,
  victimsIntro:
    'الضحايا، ويُشار إليهم بأسماء مستعارة ما لم يوافقوا على الكشف عن هويتهم لأغراض الإجراءات ' + 'التأديبية:',
  victimLine: '{{.displayName}}: {{.sex}}، {{.ageBand}}',
  report: 'يمكن إتاحة تقرير التحقيق ({{referral.reportReference}}) ومرفقاته لمكتبكم عند الطلب، عبر قناة ' + 'آمنة.',
  legalBasisHeading: 'الأساس القانوني',
  basisNone:
    'لا يشمل الشخصَ المعني أيُّ صك تأديبي يندرج في اختصاص هذا المكتب: وتُحال النتائج للعلم ولاتخاذ ما ' +
    'قد يكون مناسبًا من إجراءات.',
  finding: {
    ...FINDING_WORDS.ar,
    heading: 'النتيجة المسجلة في القضية',
  },
  reply: 'يُرجى إبلاغي بالإجراءات المتخذة في موعد أقصاه {{reply.due}}.',
  replyNoDate: 'يُرجى إبلاغي بالإجراءات المتخذة.',
  annexesHeading: 'المرفقات',
  findingsHeading: 'النتائج',
  commentsHeading: 'تعليقات الشخص المعني',
  interimHeading: 'التدابير المؤقتة',
  evidenceHeading: 'فهرس الأدلة',
  evidenceIntro: 'ترد أدناه قائمة بالأدلة التي جُمعت. ويحتفظ بها المكتب الذي أجرى التحقيق، وهي ليست مرفقة.',
  evidenceColumns: [
    ['الرقم', 14],
    ['النوع', 18],
    ['الوصف', 48],
    ['تاريخ الجمع', 20],
  ] as [string, number][],
  victimsHeading: 'الضحايا',
  victimsCare:
    'لا يُكشف عن هوية الضحية إلا بموافقتها؛ وإلا فيُشار إليها باسم مستعار وبفئتها العمرية وجنسها. ' +
    ('ويجب أن يجري أي اتصال بالضحية عن طريق جهة الاتصال المذكورة أدناه. وتستمر المساعدة المقدمة إلى ' +
      'الضحايا أيًّا كانت نتيجة الإجراءات التأديبية.'),
  confidentialityHeading: 'السرية',
  confidentiality:
    'هذه المذكرة سرية للغاية. وهي تُحال لأغراض الإجراءات التأديبية حصرًا، ولا يجوز إطلاع أحد عليها غير ' +
    'الأشخاص الذين يحتاجون إليها لهذا الغرض.',
  contactHeading: 'جهة الاتصال',
  email: 'البريد الإلكتروني: ',
  phone: 'الهاتف: ',
};

const hrEn = memo({
  ...COMMON_EN,
  letterhead: ['UNITED NATIONS', 'NATIONS UNIES', 'INTEROFFICE MEMORANDUM'],
  title: 'Referral for disciplinary action — {{case.reference}}',
  footer: 'Referral to human resources for disciplinary action',
  subjectLine: 'Referral for possible disciplinary action: sexual exploitation and abuse',
  purpose:
    'I refer to you, for your consideration of disciplinary action, the findings of the investigation into an ' +
    'allegation of sexual exploitation and abuse against the person named below.',
  basisFlag: 'legalBasis.staffRules',
  // Staff members only (legal-basis.ts): article X of the Staff Regulations and chapter X of the Staff
  // Rules (disciplinary measures), ST/AI/2017/1 (the process, R10), ST/SGB/2003/13 (the prohibition).
  basis:
    'The referral is made under article X of the Staff Regulations and chapter X of the Staff Rules of the ' +
    'United Nations (disciplinary measures) and ST/AI/2017/1. Sexual exploitation and abuse is prohibited ' +
    'to staff members by ST/SGB/2003/13.',
  personHeading: 'Staff member concerned',
  person: [
    ['Name', '{{subject.name}}', 'subject.name'],
    ['Index number', '{{subject.serviceNumber}}', 'subject.serviceNumber'],
    ['Category', '{{subject.category}}'],
    ['Function', '{{subject.function}}', 'subject.function'],
    ['Office or unit', '{{subject.unit}}', 'subject.unit'],
    ['Nationality', '{{subject.nationality}}', 'subject.nationality'],
  ],
  notIdentified: 'The staff member concerned has not been identified.',
  dueProcessHeading: 'Due process',
  dueProcessMissing:
    'The staff member was to be informed in writing of the allegations before the ' +
    'interview and of the right to be accompanied by an observer (ST/AI/2017/1); ' +
    'the steps taken are recorded in the investigation report.',
});

const hrFr = memo({
  ...COMMON_FR,
  letterhead: ['NATIONS UNIES', 'UNITED NATIONS', 'MÉMORANDUM INTÉRIEUR'],
  title: 'Renvoi pour mesure disciplinaire — {{case.reference}}',
  footer: 'Renvoi aux ressources humaines pour mesure disciplinaire',
  subjectLine: 'Renvoi pour éventuelle mesure disciplinaire : exploitation et atteintes sexuelles',
  purpose:
    'Je vous transmets, pour que vous examiniez l’opportunité d’une mesure disciplinaire, les conclusions ' +
    'de l’enquête menée sur une allégation d’exploitation et d’atteintes sexuelles visant la personne ' +
    'désignée ci-dessous.',
  basisFlag: 'legalBasis.staffRules',
  // Fonctionnaires seulement : article X du Statut, chapitre X du Règlement, ST/AI/2017/1, ST/SGB/2003/13.
  basis:
    'Le renvoi est fait au titre de l’article X du Statut du personnel et du chapitre X du Règlement du ' +
    'personnel de l’Organisation des Nations Unies (mesures disciplinaires) et de l’instruction ' +
    'administrative ST/AI/2017/1. L’exploitation et les atteintes sexuelles sont interdites aux ' +
    'fonctionnaires par la circulaire ST/SGB/2003/13.',
  personHeading: 'Fonctionnaire mis en cause',
  person: [
    ['Nom', '{{subject.name}}', 'subject.name'],
    ['Numéro d’index', '{{subject.serviceNumber}}', 'subject.serviceNumber'],
    ['Catégorie', '{{subject.category}}'],
    ['Fonction', '{{subject.function}}', 'subject.function'],
    ['Bureau ou unité', '{{subject.unit}}', 'subject.unit'],
    ['Nationalité', '{{subject.nationality}}', 'subject.nationality'],
  ],
  notIdentified: 'Le fonctionnaire mis en cause n’a pas été identifié.',
  dueProcessHeading: 'Garanties d’une procédure régulière',
  dueProcessMissing:
    'Le fonctionnaire devait être informé par écrit des allégations avant son ' +
    'audition et de son droit d’être accompagné d’un observateur (ST/AI/2017/1) ; ' +
    'les mesures prises sont consignées dans le rapport d’enquête.',
});

const hrAr = memo({
  ...COMMON_AR,
  letterhead: ['الأمم المتحدة', 'UNITED NATIONS', 'مذكرة داخلية'],
  title: 'إحالة لاتخاذ إجراء تأديبي — {{case.reference}}',
  footer: 'إحالة إلى الموارد البشرية لاتخاذ إجراء تأديبي',
  subjectLine: 'إحالة للنظر في اتخاذ إجراء تأديبي: الاستغلال والانتهاك الجنسيان',
  purpose:
    'أحيل إليكم، للنظر في اتخاذ إجراء تأديبي، نتائج التحقيق في ادعاء بالاستغلال والانتهاك الجنسيين ' +
    'موجه ضد الشخص المذكور أدناه.',
  basisFlag: 'legalBasis.staffRules',
  // Staff members only: article X of the Staff Regulations, chapter X of the Staff Rules, ST/AI/2017/1, ST/SGB/2003/13.
  basis:
    'تُقدَّم هذه الإحالة بموجب المادة العاشرة من النظام الأساسي للموظفين والفصل العاشر من النظام الإداري ' +
    'للموظفين في الأمم المتحدة (التدابير التأديبية) والأمر الإداري ST/AI/2017/1. ويُحظر الاستغلال ' +
    'والانتهاك الجنسيان على الموظفين بموجب نشرة الأمين العام ST/SGB/2003/13.',
  personHeading: 'الموظف المعني',
  person: [
    ['الاسم', '{{subject.name}}', 'subject.name'],
    ['الرقم القياسي', '{{subject.serviceNumber}}', 'subject.serviceNumber'],
    ['الفئة', '{{subject.category}}'],
    ['الوظيفة', '{{subject.function}}', 'subject.function'],
    ['المكتب أو الوحدة', '{{subject.unit}}', 'subject.unit'],
    ['الجنسية', '{{subject.nationality}}', 'subject.nationality'],
  ],
  notIdentified: 'لم تُحدَّد هوية الموظف المعني.',
  dueProcessHeading: 'مراعاة الأصول القانونية الواجبة',
  dueProcessMissing:
    'كان يتعين إبلاغ الموظف كتابةً بالادعاءات قبل المقابلة، وبحقه في أن يرافقه مراقب ' +
    '(ST/AI/2017/1)؛ والخطوات المتخذة مسجلة في تقرير التحقيق.',
});

const unvEn = memo({
  ...COMMON_EN,
  letterhead: ['UNITED NATIONS', 'NATIONS UNIES', 'INTEROFFICE MEMORANDUM'],
  title: 'Referral to the UNV programme — {{case.reference}}',
  footer: 'Referral to the United Nations Volunteers programme',
  subjectLine: 'Referral of investigation findings concerning a UN Volunteer: sexual exploitation and abuse',
  purpose:
    'I refer to the United Nations Volunteers programme the findings of the investigation into an allegation ' +
    'of sexual exploitation and abuse against the person named below.',
  basisFlag: 'legalBasis.unvConditions',
  // UN Volunteers only (legal-basis.ts): their conditions of service; A/72/751 ¶66 (referral to the programme).
  basis:
    'The referral is made for consideration under the Conditions of Service of United Nations Volunteers ' +
    'and the programme’s disciplinary framework.',
  personHeading: 'UN Volunteer concerned',
  person: [
    ['Name', '{{subject.name}}', 'subject.name'],
    ['UNV number', '{{subject.serviceNumber}}', 'subject.serviceNumber'],
    ['Assignment', '{{subject.function}}', 'subject.function'],
    ['Office or unit', '{{subject.unit}}', 'subject.unit'],
    ['Nationality', '{{subject.nationality}}', 'subject.nationality'],
  ],
  notIdentified: 'The UN Volunteer concerned has not been identified.',
  dueProcessHeading: 'Due process',
  dueProcessMissing:
    'The UN Volunteer was to be informed in writing of the allegations before the ' +
    'interview and given the opportunity to respond; ' +
    'the steps taken are recorded in the investigation report.',
});

const unvFr = memo({
  ...COMMON_FR,
  letterhead: ['NATIONS UNIES', 'UNITED NATIONS', 'MÉMORANDUM INTÉRIEUR'],
  title: 'Renvoi au programme VNU — {{case.reference}}',
  footer: 'Renvoi au programme des Volontaires des Nations Unies',
  subjectLine:
    'Transmission des conclusions d’une enquête concernant un Volontaire des Nations ' +
    'Unies : exploitation et atteintes sexuelles',
  purpose:
    'Je transmets au programme des Volontaires des Nations Unies les conclusions de l’enquête menée sur ' +
    'une allégation d’exploitation et d’atteintes sexuelles visant la personne désignée ci-dessous.',
  basisFlag: 'legalBasis.unvConditions',
  // Volontaires seulement : Conditions de service des VNU ; A/72/751 ¶66.
  basis:
    'Le renvoi est fait pour examen au titre des Conditions de service des Volontaires des Nations Unies ' +
    'et du cadre disciplinaire du programme.',
  personHeading: 'Volontaire mis en cause',
  person: [
    ['Nom', '{{subject.name}}', 'subject.name'],
    ['Numéro VNU', '{{subject.serviceNumber}}', 'subject.serviceNumber'],
    ['Affectation', '{{subject.function}}', 'subject.function'],
    ['Bureau ou unité', '{{subject.unit}}', 'subject.unit'],
    ['Nationalité', '{{subject.nationality}}', 'subject.nationality'],
  ],
  notIdentified: 'Le Volontaire mis en cause n’a pas été identifié.',
  dueProcessHeading: 'Garanties d’une procédure régulière',
  dueProcessMissing:
    'Le Volontaire devait être informé par écrit des allégations avant son audition ' +
    'et avoir la possibilité d’y répondre ; ' +
    'les mesures prises sont consignées dans le rapport d’enquête.',
});

const unvAr = memo({
  ...COMMON_AR,
  letterhead: ['الأمم المتحدة', 'UNITED NATIONS', 'مذكرة داخلية'],
  title: 'إحالة إلى برنامج متطوعي الأمم المتحدة — {{case.reference}}',
  footer: 'إحالة إلى برنامج متطوعي الأمم المتحدة',
  subjectLine: 'إحالة نتائج تحقيق تتعلق بأحد متطوعي الأمم المتحدة: الاستغلال والانتهاك الجنسيان',
  purpose:
    'أحيل إلى برنامج متطوعي الأمم المتحدة نتائج التحقيق في ادعاء بالاستغلال والانتهاك الجنسيين موجه ' +
    'ضد الشخص المذكور أدناه.',
  basisFlag: 'legalBasis.unvConditions',
  // UN Volunteers only: their conditions of service; A/72/751 ¶66.
  basis: 'تُقدَّم هذه الإحالة للنظر فيها بموجب شروط خدمة متطوعي الأمم المتحدة والإطار التأديبي ' + 'للبرنامج.',
  personHeading: 'متطوع الأمم المتحدة المعني',
  person: [
    ['الاسم', '{{subject.name}}', 'subject.name'],
    ['رقم المتطوع', '{{subject.serviceNumber}}', 'subject.serviceNumber'],
    ['المهمة المسندة', '{{subject.function}}', 'subject.function'],
    ['المكتب أو الوحدة', '{{subject.unit}}', 'subject.unit'],
    ['الجنسية', '{{subject.nationality}}', 'subject.nationality'],
  ],
  notIdentified: 'لم تُحدَّد هوية متطوع الأمم المتحدة المعني.',
  dueProcessHeading: 'مراعاة الأصول القانونية الواجبة',
  dueProcessMissing:
    'كان يتعين إبلاغ متطوع الأمم المتحدة كتابةً بالادعاءات قبل المقابلة وإتاحة الفرصة له للرد ' +
    'عليها؛ والخطوات المتخذة مسجلة في تقرير التحقيق.',
});

export const HR_REFERRAL: Template = {
  id: 'hr_referral',
  kind: 'hr_referral',
  recipient: 'human_resources',
  version: 1,
  name: SHIPPED_TEMPLATE_NAMES.hr_referral,
  description:
    'Interoffice memorandum referring investigation findings against a civilian ' +
    'staff member for disciplinary action (ST/AI/2017/1).',
  pageSize: 'A4',
  confidentiality: 'strictly_confidential',
  languages: { en: hrEn, fr: hrFr, ar: hrAr },
};

export const UNV_REFERRAL: Template = {
  id: 'unv_referral',
  kind: 'unv_referral',
  recipient: 'unv',
  version: 1,
  name: SHIPPED_TEMPLATE_NAMES.unv_referral,
  description: 'Interoffice memorandum referring investigation findings against a UN Volunteer to the UNV programme.',
  pageSize: 'A4',
  confidentiality: 'strictly_confidential',
  languages: { en: unvEn, fr: unvFr, ar: unvAr },
};
