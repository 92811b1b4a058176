import { text } from '../text.js';

/**
 * The words of the statistics (shared/statistics/words.ts), in English: table titles, row and column headings,
 * the counting rules, the exclusion grounds, the targets of the length table, the exports' own headings and the
 * charts' captions. The view, the CSV, the XLSX and the PDF all read them, so they say the same. `{{name}}` marks
 * where a value goes. Values of the domain's enums take their words from the label catalogues.
 */
export const statisticsWords = {
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
    per_category: text(
      'An allegation is counted once under each personnel category and each contributing country it involves, ',
      'so those rows can add up to more than the allegations.',
    ),
    exclusions: text(
      'A report marked as not counted (too little information, an assault between UN personnel with no ',
      'beneficiary involved, no sign of exploitation or abuse, a non-fraternisation breach, or a matter already ',
      'counted) appears in no table; how many there were is shown, by reason.',
    ),
    date_received: 'A case belongs to the period in which it was received, whatever the date of the incident.',
    filters: 'The mission, category and status filters keep the cases whose present record matches them.',
    age_at_incident:
      'A victim is a child when under 18 at the incident: a date of birth decides over the age group recorded.',
    outcomes: text(
      "An allegation's stage is the case's status today, counted as A/72/751 ¶65 counts them: under assessment ",
      '(preliminary assessment or review, not yet referred for investigation), referred for investigation and not ',
      'yet concluded (by the UN or a Member State), then substantiated, not substantiated or closed for other ',
      'circumstances.',
    ),
    length: text(
      'An investigation is complete when every alleged perpetrator has a finding and at least one followed an ',
      'investigation; it ends on the day of the last finding. It is measured from the referral for ',
      "investigation (from the notification of the contributing country when the country decided) against the team's ",
      'clocks in force, with the shorter target for urgent cases.',
    ),
    actions: text(
      'Each kind of interim measure or action is counted once per alleged perpetrator, however many records say it; ',
      'those a Member State or contributing country reported are also counted apart.',
    ),
    suppression: text(
      'In exports, a number above zero but below the chosen threshold is replaced by a mark, so that nobody can ',
      'be recognised from a small count; where a total or the other figures of its row or column would give it ',
      'back by subtraction, the smallest other figure is hidden too.',
    ),
  },
  /** The rows of the length table, and the targets' lines under it. */
  lengthRows: {
    un: 'UN investigations',
    un_urgent: 'UN investigations, urgent',
    national: 'National investigations',
  },
  /** A length row with its target: `{{row}}`, `{{target}}` ("6 months", or `noTarget`). */
  lengthRowWithTarget: '{{row}} (target: {{target}})',
  /** The mark of a hidden cell: small, or hidden so that a small one cannot be worked back. */
  suppressed: 'hidden',
  noTarget: 'no target in force',
  reportTitle: 'Allegations of sexual exploitation and abuse: statistics',
  /** `{{from}}`, `{{to}}`: the first and last day received, in words ("1 January 2026"). */
  period: 'Received from {{from}} to {{to}}',
  filters: {
    entity: 'Mission or entity',
    category: 'Category',
    status: 'Status',
    all: 'All',
    suppressBelow: 'Counts hidden when below',
    /** One filter as the report's line writes it: `{{name}}`, `{{value}}`. */
    shown: '{{name}}: {{value}}',
  },
  rulesTitle: 'Counting rules',
  /** The report's footer: the day (`{{date}}`, in words) and `{{time}}` (24-hour clock) it was made, in UTC. */
  generated: 'Generated on {{date}} at {{time}} UTC',
  /** The targets the length table measures against, with their firmness and source. */
  benchmarks: {
    title: 'Targets the length of investigations is measured against',
    target: 'Target',
    urgentTarget: 'Target for urgent cases',
    firmness: 'Firmness',
    source: 'Source',
  },
  /** The CSV's columns, and the name of its line that holds the period. */
  csv: { table: 'Table', row: 'Row', column: 'Column', value: 'Value', period: 'Period' },
  /** A chart in an export (the view has its own words in the interface catalogue). */
  charts: {
    bar: 'Bar chart',
    line: 'Line chart',
    /** The caption: `{{kind}}` and what it draws (`{{subject}}`). */
    title: '{{kind}}: {{subject}}',
    /** What a bar chart draws: `{{table}}` and its `{{column}}`. */
    subject: '{{table}} — {{column}}',
    summary: '{{kind}} of the table above, {{column}}: {{summary}}.',
    /** Read for any number: the figure comes last. */
    /** One row's figure in a chart's text: `{{label}}`, `{{value}}` (the figure, or the hidden mark). */
    figure: '{{label}}: {{value}}',
    /** Between the rows' figures. */
    separator: '; ',
    zeros: 'other rows at zero: {{count}}',
  },
};
