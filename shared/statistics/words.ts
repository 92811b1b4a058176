import type { ClockDefinition } from '../clocks/clock.js';
import { findLabel, labelText, type LabelLanguage } from '../i18n/labels.js';
import type { CountingRule, StatisticsResult, StatisticsTable, TableId } from './counting.js';
import type { ExclusionGround } from '../domain/count-exclusion.js';

/**
 * The words of the statistics, in the screen languages: table titles, row and column headings,
 * the counting rules and the exclusion grounds. Values of the domain's enums take their words
 * from the label catalogues (shared/i18n/<language>/labels.ts), so a category reads the same here
 * as on the case. The view, the CSV, the XLSX and the PDF all read these, so they say the same.
 */

export const STATISTICS_LANGUAGES = ['en', 'fr'] as const satisfies readonly LabelLanguage[];
export type StatisticsLanguage = (typeof STATISTICS_LANGUAGES)[number];

interface Words {
  titles: Record<TableId, string>;
  columns: Record<string, string>;
  rows: Record<string, string>;
  exclusions: Record<ExclusionGround, string>;
  rules: Record<CountingRule, string>;
  lengthRow: (row: 'un' | 'un_urgent' | 'national', target: string | null) => string;
  /** The mark of a hidden cell: small, or hidden so that a small one cannot be worked back. */
  suppressed: string;
  noTarget: string;
  reportTitle: string;
  period: (from: string, to: string) => string;
  filters: { entity: string; category: string; status: string; all: string; suppressBelow: string };
  rulesTitle: string;
  generated: string;
  /** The targets the length table measures against, with their firmness and source. */
  benchmarks: { title: string; target: string; urgentTarget: string; firmness: string; source: string };
}

const en: Words = {
  titles: {
    allegations: 'Allegations, victims and alleged perpetrators',
    exclusions: 'Reports not counted, by reason',
    trend: 'Allegations by month received',
    categories: 'Sexual exploitation and sexual abuse',
    subtypes: 'Allegations by type of conduct',
    personnel: 'Alleged perpetrators by personnel category',
    countries: 'Uniformed alleged perpetrators by contributing country',
    victims: 'Victims by age group and sex',
    paternity: 'Paternity claims',
    outcomes: 'Status of investigations',
    length: 'Length of completed investigations against the targets',
    actions: 'Interim measures and actions taken or reported',
  },
  columns: {
    count: 'Number',
    unclassified: 'Not yet classified',
    total: 'Total',
    allegations: 'Allegations',
    victims: 'Victims',
    subjects: 'Alleged perpetrators',
    unknown: 'Sex unknown',
    completed: 'Completed',
    measured: 'With a recorded start',
    within: 'Within the target',
    share: 'Share within the target (%)',
    actions: 'Actions recorded',
    reportedByStates: 'Reported by a Member State or contributing country',
  },
  rows: {
    allegations: 'Allegations counted',
    victims: 'Victims',
    subjects: 'Alleged perpetrators',
    excluded: 'Reports not counted',
    unclassified: 'Not yet classified',
    child: 'Children (under 18)',
    adult: 'Adults',
    unknown: 'Age unknown',
    total: 'Total',
    claims: 'Allegations with a paternity claim',
    pending: 'Pending',
    under_assessment: 'Under assessment, not yet referred for investigation',
    investigation_pending: 'Referred for investigation, not yet concluded',
    country_unknown: 'Country not recorded',
  },
  exclusions: {
    insufficient_information: 'Too little information to investigate',
    between_personnel: 'Sexual assault between UN personnel with no beneficiary of assistance involved',
    no_indication_of_sea: 'Harassment, paternity or a breach of local law, with nothing pointing to SEA',
    non_fraternisation: 'Breach of a non-fraternisation policy, with nothing pointing to SEA',
    already_counted: 'The same matter as an allegation already counted',
  },
  rules: {
    one_case_one_allegation: 'Each case is one allegation: one report received, counted once.',
    each_person_once:
      'Each victim and each alleged perpetrator of an allegation is counted once, however many there are.',
    per_category:
      'An allegation is counted once under each personnel category and each contributing country it involves, ' +
      'so those rows can add up to more than the allegations.',
    exclusions:
      'A report marked as not counted (too little information, an assault between UN personnel with no ' +
      'beneficiary involved, no sign of exploitation or abuse, a non-fraternisation breach, or a matter already ' +
      'counted) appears in no table; how many there were is shown, by reason.',
    date_received: 'A case belongs to the period in which it was received, whatever the date of the incident.',
    filters: 'The mission, category and status filters keep the cases whose present record matches them.',
    age_at_incident:
      'A victim is a child when under 18 at the incident: a date of birth decides over the age group recorded.',
    outcomes:
      "An allegation's stage is the case's status today, counted as A/72/751 ¶65 counts them: under assessment " +
      '(preliminary assessment or review, not yet referred for investigation), referred for investigation and not ' +
      'yet concluded (by the UN or a Member State), then substantiated, not substantiated or closed for other ' +
      'circumstances.',
    length:
      'An investigation is complete when every alleged perpetrator has a finding and at least one followed an ' +
      'investigation; it ends on the day of the last finding. It is measured from the referral for ' +
      "investigation (from the notification of the contributing country when the country decided) against the team's " +
      'clocks in force, with the shorter target for urgent cases.',
    actions:
      'Each kind of interim measure or action is counted once per alleged perpetrator, however many records say it; ' +
      'those a Member State or contributing country reported are also counted apart.',
    suppression:
      'In exports, a number above zero but below the chosen threshold is replaced by a mark, so that nobody can ' +
      'be recognised from a small count; where a total or the other figures of its row or column would give it ' +
      'back by subtraction, the smallest other figure is hidden too.',
  },
  lengthRow: (row, target) => {
    const base =
      row === 'un'
        ? 'UN investigations'
        : row === 'un_urgent'
          ? 'UN investigations, urgent'
          : 'National investigations';
    return target === null ? base : `${base} (target: ${target})`;
  },
  suppressed: 'hidden',
  noTarget: 'no target in force',
  reportTitle: 'Allegations of sexual exploitation and abuse: statistics',
  period: (from, to) => `Received from ${from} to ${to}`,
  filters: {
    entity: 'Mission or entity',
    category: 'Category',
    status: 'Status',
    all: 'All',
    suppressBelow: 'Counts hidden when below',
  },
  rulesTitle: 'Counting rules',
  generated: 'Generated',
  benchmarks: {
    title: 'Targets the length of investigations is measured against',
    target: 'Target',
    urgentTarget: 'Target for urgent cases',
    firmness: 'Firmness',
    source: 'Source',
  },
};

const fr: Words = {
  titles: {
    allegations: 'Allégations, victimes et auteurs présumés',
    exclusions: 'Signalements non comptés, par motif',
    trend: 'Allégations par mois de réception',
    categories: 'Exploitation sexuelle et atteintes sexuelles',
    subtypes: 'Allégations par type de comportement',
    personnel: 'Auteurs présumés par catégorie de personnel',
    countries: 'Auteurs présumés en uniforme par pays contributeur',
    victims: 'Victimes par tranche d’âge et par sexe',
    paternity: 'Demandes de reconnaissance de paternité',
    outcomes: 'État des enquêtes',
    length: 'Durée des enquêtes achevées au regard des objectifs',
    actions: 'Mesures provisoires et suites données ou communiquées',
  },
  columns: {
    count: 'Nombre',
    unclassified: 'Pas encore classées',
    total: 'Total',
    allegations: 'Allégations',
    victims: 'Victimes',
    subjects: 'Auteurs présumés',
    unknown: 'Sexe inconnu',
    completed: 'Achevées',
    measured: 'Avec un début enregistré',
    within: 'Dans l’objectif',
    share: 'Part dans l’objectif (%)',
    actions: 'Mesures enregistrées',
    reportedByStates: 'Communiquées par un État Membre ou un pays contributeur',
  },
  rows: {
    allegations: 'Allégations comptées',
    victims: 'Victimes',
    subjects: 'Auteurs présumés',
    excluded: 'Signalements non comptés',
    unclassified: 'Pas encore classées',
    child: 'Enfants (moins de 18 ans)',
    adult: 'Adultes',
    unknown: 'Âge inconnu',
    total: 'Total',
    claims: 'Allégations avec une demande de paternité',
    pending: 'En cours',
    under_assessment: 'En cours d’évaluation, pas encore renvoyées pour enquête',
    investigation_pending: 'Renvoyées pour enquête, pas encore conclues',
    country_unknown: 'Pays non enregistré',
  },
  exclusions: {
    insufficient_information: 'Trop peu d’informations pour enquêter',
    between_personnel:
      'Agression sexuelle entre membres du personnel des Nations Unies, sans bénéficiaire d’assistance en cause',
    no_indication_of_sea:
      'Harcèlement, paternité ou infraction au droit local, sans rien qui indique une exploitation ou des atteintes',
    non_fraternisation:
      'Manquement à une politique de non-fraternisation, sans rien qui indique une exploitation ou des atteintes',
    already_counted: 'La même affaire qu’une allégation déjà comptée',
  },
  rules: {
    one_case_one_allegation: 'Chaque dossier est une allégation : un signalement reçu, compté une fois.',
    each_person_once:
      'Chaque victime et chaque auteur présumé d’une allégation est compté une fois, quel que soit leur nombre.',
    per_category:
      'Une allégation est comptée une fois sous chaque catégorie de personnel et chaque pays contributeur en ' +
      'cause : ces lignes peuvent donc totaliser plus que le nombre d’allégations.',
    exclusions:
      'Un signalement marqué comme non compté (trop peu d’informations, agression entre membres du personnel sans ' +
      'bénéficiaire en cause, aucun signe d’exploitation ou d’atteinte, manquement à la non-fraternisation, affaire ' +
      'déjà comptée) ne figure dans aucun tableau ; leur nombre est indiqué, par motif.',
    date_received: 'Un dossier appartient à la période où il a été reçu, quelle que soit la date des faits.',
    filters: 'Les filtres de mission, de catégorie et d’état retiennent les dossiers dont la fiche actuelle y répond.',
    age_at_incident:
      'Une victime est un enfant si elle avait moins de 18 ans lors des faits : une date de naissance l’emporte ' +
      'sur la tranche d’âge enregistrée.',
    outcomes:
      'Le stade d’une allégation est l’état du dossier aujourd’hui, compté comme au paragraphe 65 du A/72/751 : en ' +
      'cours d’évaluation (évaluation préliminaire ou examen, pas encore renvoyée pour enquête), renvoyée pour ' +
      'enquête et pas encore conclue (par l’ONU ou un État Membre), puis fondée, non fondée ou close pour d’autres ' +
      'motifs.',
    length:
      'Une enquête est achevée quand chaque auteur présumé a une conclusion et qu’au moins une a suivi une ' +
      'enquête ; elle prend fin le jour de la dernière conclusion. Sa durée court du renvoi pour enquête (de la ' +
      'notification au pays contributeur quand ce pays a conclu) et se mesure aux délais en vigueur de l’équipe, ' +
      'avec l’objectif plus court des dossiers urgents.',
    actions:
      'Chaque sorte de mesure provisoire ou de suite est comptée une fois par auteur présumé, quel que soit le ' +
      'nombre d’enregistrements qui la mentionnent ; celles communiquées par un État Membre ou un pays ' +
      'contributeur sont aussi comptées à part.',
    suppression:
      'Dans les exports, un nombre supérieur à zéro mais inférieur au seuil choisi est remplacé par une marque, ' +
      'pour que personne ne puisse être reconnu à partir d’un petit effectif ; quand un total ou les autres ' +
      'nombres de sa ligne ou de sa colonne permettraient de le retrouver par soustraction, le plus petit autre ' +
      'nombre est masqué aussi.',
  },
  lengthRow: (row, target) => {
    const base =
      row === 'un'
        ? 'Enquêtes des Nations Unies'
        : row === 'un_urgent'
          ? 'Enquêtes des Nations Unies, urgentes'
          : 'Enquêtes nationales';
    return target === null ? base : `${base} (objectif : ${target})`;
  },
  suppressed: 'masqué',
  noTarget: 'aucun objectif en vigueur',
  reportTitle: 'Allégations d’exploitation et d’atteintes sexuelles : statistiques',
  period: (from, to) => `Reçues du ${from} au ${to}`,
  filters: {
    entity: 'Mission ou entité',
    category: 'Catégorie',
    status: 'État',
    all: 'Tous',
    suppressBelow: 'Effectifs masqués en dessous de',
  },
  rulesTitle: 'Règles de décompte',
  generated: 'Établi le',
  benchmarks: {
    title: 'Objectifs auxquels la durée des enquêtes est mesurée',
    target: 'Objectif',
    urgentTarget: 'Objectif des dossiers urgents',
    firmness: 'Nature',
    source: 'Source',
  },
};

const WORDS: Readonly<Record<StatisticsLanguage, Words>> = { en, fr };

export function statisticsWords(language: StatisticsLanguage): Words {
  return WORDS[language];
}

/** A clock's target in words: "6 months", "3 months" for urgent cases. */
export function targetWords(
  clock: ClockDefinition | null,
  urgent: boolean,
  language: StatisticsLanguage,
): string | null {
  if (!clock) return null;
  const duration = urgent && clock.urgentDuration ? clock.urgentDuration : clock.duration;
  return `${duration.amount} ${labelText(language, 'durationUnit', duration.unit).toLowerCase()}`;
}

/** The heading of one row of one table, in `language`. */
export function rowLabel(
  table: StatisticsTable,
  key: string,
  language: StatisticsLanguage,
  benchmarks: StatisticsResult['benchmarks'],
): string {
  const words = WORDS[language];
  switch (table.id) {
    case 'exclusions':
      return words.exclusions[key as ExclusionGround] ?? key;
    case 'subtypes':
      return findLabel(language, 'caseSubtype', key) ?? words.rows[key] ?? key;
    case 'categories':
      return findLabel(language, 'caseCategory', key) ?? words.rows[key] ?? key;
    case 'personnel':
      return findLabel(language, 'personnelCategory', key) ?? key;
    case 'countries':
      // ISO 3166-1 alpha-3, as the published tables print it.
      return key === 'unknown' ? (words.rows.country_unknown ?? key) : key;
    case 'actions':
      return findLabel(language, 'subjectActionKind', key) ?? key;
    case 'length': {
      const row = key as 'un' | 'un_urgent' | 'national';
      const clock = row === 'national' ? benchmarks.national : benchmarks.un;
      return words.lengthRow(row, targetWords(clock, row === 'un_urgent', language) ?? words.noTarget);
    }
    case 'paternity':
      return findLabel(language, 'paternityStatus', key) ?? words.rows[key] ?? key;
    case 'outcomes':
      // The stages of ¶65: "pending" here is an investigation under way, not a paternity claim's state.
      if (key === 'pending') return words.rows.investigation_pending ?? key;
      return findLabel(language, 'caseStatus', key) ?? words.rows[key] ?? key;
    case 'trend':
      return key;
    default:
      return words.rows[key] ?? key;
  }
}

export function columnLabel(key: string, language: StatisticsLanguage): string {
  // The categories' words are the catalogue's (a column per category in the trend table),
  // and the sexes' (the victims table), but 'unknown', which says what is unknown.
  return (
    findLabel(language, 'caseCategory', key) ?? WORDS[language].columns[key] ?? findLabel(language, 'sex', key) ?? key
  );
}
