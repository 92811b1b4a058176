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

/** The words of a note verbale's opening in one language, and the letterhead it is written under. */
export const NOTE_OPENING_WORDS = {
  en: { letterhead: UN_LETTERHEAD, reference: 'Reference: ', noteNumber: 'Note No. ' },
  fr: { letterhead: UN_LETTERHEAD, reference: 'Référence : ', noteNumber: 'Note n°\u00a0' },
  ar: { letterhead: UN_LETTERHEAD_AR, reference: 'المرجع: ', noteNumber: 'المذكرة رقم\u00a0' },
} as const;

/**
 * The opening of a note verbale to a State: the letterhead, the addressee (its address block, or
 * its name), the references and the note's number when the legal office gave one.
 */
export const noteOpening = (words: {
  letterhead: TemplateBlock;
  reference: string;
  noteNumber: string;
}): TemplateBlock[] => [
  words.letterhead,
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

/** The finding summary's words a referral starts from; a letter overrides the heading or a sentence of its own. */
export const FINDING_WORDS: Readonly<Record<'en' | 'fr' | 'ar', FindingWords>> = {
  en: {
    heading: 'Findings of the investigation',
    labels: { by: 'Investigated by', on: 'Finding recorded on', report: 'Investigation report' },
    substantiated: 'The investigation found the allegation against the person concerned substantiated.',
    notSubstantiated: 'The investigation did not substantiate the allegation against the person concerned.',
    insufficientEvidence:
      'The investigation found the evidence insufficient to establish the allegation against the person concerned.',
    closedWithoutInvestigation: 'The matter concerning the person concerned was closed without investigation.',
    none: 'No finding on the allegation against the person concerned has been recorded yet.',
  },
  fr: {
    heading: 'Conclusions de l’enquête',
    labels: { by: 'Enquête menée par', on: 'Conclusion enregistrée le', report: 'Rapport d’enquête' },
    substantiated: 'L’enquête a établi l’allégation visant la personne mise en cause.',
    notSubstantiated: 'L’enquête n’a pas établi l’allégation visant la personne mise en cause.',
    insufficientEvidence:
      'L’enquête a conclu que les éléments de preuve ne suffisaient pas à établir l’allégation visant la ' +
      'personne mise en cause.',
    closedWithoutInvestigation: 'L’affaire concernant la personne mise en cause a été close sans enquête.',
    none: 'Aucune conclusion sur l’allégation visant la personne mise en cause n’est encore enregistrée.',
  },
  ar: {
    heading: 'نتائج التحقيق',
    labels: { by: 'الجهة التي أجرت التحقيق', on: 'تاريخ تسجيل النتيجة', report: 'تقرير التحقيق' },
    substantiated: 'خلص التحقيق إلى ثبوت صحة الادعاء الموجه ضد الشخص المعني.',
    notSubstantiated: 'لم يُثبت التحقيق صحة الادعاء الموجه ضد الشخص المعني.',
    insufficientEvidence: 'خلص التحقيق إلى أن الأدلة غير كافية لإثبات الادعاء الموجه ضد الشخص المعني.',
    closedWithoutInvestigation: 'أُغلقت المسألة المتعلقة بالشخص المعني دون إجراء تحقيق.',
    none: 'لم تُسجَّل بعدُ أي نتيجة بشأن الادعاء الموجه ضد الشخص المعني.',
  },
};

/** The words of a note verbale's closing in one language. */
const NOTE_CLOSING_WORDS = {
  en: {
    contactHeading: 'Contact point',
    email: 'Email: ',
    phone: 'Telephone: ',
    annexesHeading: 'Annexes',
    assurances:
      'The Secretariat of the United Nations avails itself of this opportunity to ' +
      'renew to {{letter.recipientName}} the assurances of its highest consideration.',
  },
  fr: {
    contactHeading: 'Point de contact',
    email: 'Courriel : ',
    phone: 'Téléphone : ',
    annexesHeading: 'Pièces jointes',
    assurances:
      'Le Secrétariat de l’Organisation des Nations Unies saisit cette occasion pour ' +
      'renouveler à {{letter.recipientName}} les assurances de sa très haute considération.',
  },
  ar: {
    contactHeading: 'جهة الاتصال',
    email: 'البريد الإلكتروني: ',
    phone: 'الهاتف: ',
    annexesHeading: 'المرفقات',
    assurances:
      'وتغتنم الأمانة العامة للأمم المتحدة هذه الفرصة لتعرب مجددًا إلى {{letter.recipientName}} ' +
      'عن أسمى آيات تقديرها.',
  },
} as const;

/**
 * The closing of a note verbale to a State: a named contact point (domain.md §4: never a placeholder,
 * letter-warnings.ts flags one), the annexes, the customary assurances and the signature block.
 */
export const noteClosing = (language: keyof typeof NOTE_CLOSING_WORDS): TemplateBlock[] => {
  const words = NOTE_CLOSING_WORDS[language];
  return [...contactPoint(words), annexes(words.annexesHeading), p(words.assurances), signature];
};

/** The letter's named contact point (domain.md §4): a heading, the name and title, then how to reach them. */
export const contactPoint = (words: { contactHeading: string; email: string; phone: string }): TemplateBlock[] => [
  h2(words.contactHeading),
  p('{{contact.name}}{{#if contact.title}}, {{contact.title}}{{/if}}'),
  bullets(
    itemWhen('contact.email', `${words.email}{{contact.email}}`),
    itemWhen('contact.phone', `${words.phone}{{contact.phone}}`),
    itemWhen('contact.address', '{{contact.address}}'),
  ),
];
