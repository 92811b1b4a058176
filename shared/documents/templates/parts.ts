import type { TemplateBlock, TemplateListItem, TemplateRun, TemplateTableRow } from '../template.js';

/** Small constructors that keep the shipped templates readable as letters. */

type RunLike = string | TemplateRun;
const run = (value: RunLike): TemplateRun => (typeof value === 'string' ? { text: value } : value);

export const b = (text: string): TemplateRun => ({ text, bold: true });

export const p = (...runs: RunLike[]): TemplateBlock => ({ kind: 'paragraph', runs: runs.map(run) });
export const h1 = (text: string): TemplateBlock => ({ kind: 'heading', level: 1, runs: [{ text }] });
export const h2 = (text: string): TemplateBlock => ({ kind: 'heading', level: 2, runs: [{ text }] });
const spacer: TemplateBlock = { kind: 'spacer' };

export const item = (...runs: RunLike[]): TemplateListItem => ({ runs: runs.map(run) });
export const itemWhen = (when: string, ...runs: RunLike[]): TemplateListItem => ({ when, runs: runs.map(run) });
export const itemEach = (each: string, ...runs: RunLike[]): TemplateListItem => ({ each, runs: runs.map(run) });
export const bullets = (...items: TemplateListItem[]): TemplateBlock => ({ kind: 'list', ordered: false, items });
export const numbered = (...items: TemplateListItem[]): TemplateBlock => ({ kind: 'list', ordered: true, items });

export const when = (path: string, then: TemplateBlock[], otherwise?: TemplateBlock[]): TemplateBlock => ({
  kind: 'if',
  path,
  then,
  ...(otherwise ? { else: otherwise } : {}),
});

/** A two-column table of labelled facts; each row shown only when its value is present. */
export function facts(
  labelWidth: number,
  rows: readonly [label: string, value: string, when?: string][],
): TemplateBlock {
  return {
    kind: 'table',
    columns: [
      { header: '', widthPercent: labelWidth },
      { header: '', widthPercent: 100 - labelWidth },
    ],
    rows: rows.map(([label, value, condition]): TemplateTableRow => ({
      cells: [[{ text: label, bold: true }], [{ text: value }]],
      ...(condition ? { when: condition } : {}),
    })),
  };
}

export function table(
  columns: readonly [header: string, widthPercent: number][],
  each: string,
  cells: readonly string[],
): TemplateBlock {
  return {
    kind: 'table',
    columns: columns.map(([header, widthPercent]) => ({ header, widthPercent })),
    rows: [{ each, cells: cells.map((text) => [{ text }]) }],
  };
}

export const UN_LETTERHEAD: TemplateBlock = {
  kind: 'letterhead',
  lines: ['UNITED NATIONS', 'NATIONS UNIES', '{{case.mission}}'],
  logo: 'un_emblem',
};
export const UN_LETTERHEAD_AR: TemplateBlock = {
  kind: 'letterhead',
  lines: ['الأمم المتحدة', 'UNITED NATIONS', '{{case.mission}}'],
  logo: 'un_emblem',
};

/** The header band of a note verbale: the case's reference, and the office's own when given. */
export const NOTE_HEADER = { left: '{{case.reference}}{{#if letter.reference}} · {{letter.reference}}{{/if}}' };

/** The words of a note verbale's opening in one language. */
export const NOTE_OPENING_WORDS = {
  en: { reference: 'Reference: ', noteNumber: 'Note No. ' },
  fr: { reference: 'Référence : ', noteNumber: 'Note n°\u00a0' },
} as const;

/**
 * The opening of a note verbale to a State: the letterhead, the addressee (its address block, or
 * its name), the references and the note's number when the legal office gave one.
 */
export const noteOpening = (words: { reference: string; noteNumber: string }): TemplateBlock[] => [
  UN_LETTERHEAD,
  when('letter.recipientAddress', [p('{{letter.recipientAddress}}')], [p('{{letter.recipientName}}')]),
  spacer,
  p(b(words.reference), '{{case.reference}}{{#if letter.reference}} ({{letter.reference}}){{/if}}'),
  when('letter.noteNumber', [p(b(words.noteNumber), '{{letter.noteNumber}}')]),
];

export const signature: TemplateBlock = {
  kind: 'signature',
  name: '{{letter.author}}',
  title: '{{letter.authorTitle}}',
  place: '{{letter.place}}',
  date: '{{letter.date}}',
};

// ---- Referral clauses ------------------------------------------------------------------------

/** The words of the finding summary in one language. */
export interface FindingWords {
  heading: string;
  labels: { by: string; on: string; report: string };
  substantiated: string;
  notSubstantiated: string;
  insufficientEvidence: string;
  closedWithoutInvestigation: string;
  /** A letter made before any finding (a notification, or an exception). */
  none: string;
}

/**
 * The finding in force about the subject, as the case records it (who decided, when, on which
 * report) and one sentence for its outcome. A referral rests on a finding (A/72/751 ¶46, ¶66).
 */
export function findingSummary(words: FindingWords): TemplateBlock[] {
  return [
    h2(words.heading),
    when(
      'finding.recorded',
      [
        facts(30, [
          [words.labels.by, '{{finding.decidedBy}}', 'finding.decidedBy'],
          [words.labels.on, '{{finding.decidedOn}}', 'finding.decidedOn'],
          [words.labels.report, '{{referral.reportReference}}', 'referral.reportReference'],
        ]),
        when('finding.substantiated', [p(words.substantiated)]),
        when('finding.notSubstantiated', [p(words.notSubstantiated)]),
        when('finding.insufficientEvidence', [p(words.insufficientEvidence)]),
        when('finding.closedWithoutInvestigation', [p(words.closedWithoutInvestigation)]),
      ],
      [p(words.none)],
    ),
  ];
}

/** The documents sent with the letter, numbered; nothing when none is listed. */
export const annexes = (heading: string): TemplateBlock =>
  when('annexes', [h2(heading), numbered(itemEach('annexes', '{{.title}}'))]);
