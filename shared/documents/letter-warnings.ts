import type { CalendarDate } from '../domain/calendar.js';
import { documentWords } from '../i18n/documents.js';
import { DOCUMENT_LANGUAGES, type DocumentLanguage } from './document-model.js';
import { isClosureKind, type TemplateKind } from './template.js';

/**
 * What a legal officer should see before a letter is made: a signatory or contact point that is a
 * placeholder, a reply date already past, a referral without its report or note number. The New
 * letter dialog shows them beside the preview; the command line refuses to make the letter unless
 * told to go ahead (`--despite-warnings`). The core words them (messages `letterWarnings.*`).
 */

export const LETTER_WARNINGS = [
  'signatoryMissing',
  'signatoryPlaceholder',
  'signatoryTitleMissing',
  'contactMissing',
  'contactPlaceholder',
  'replyByPast',
  'reportReferenceMissing',
  'noteNumberMissing',
] as const;
export type LetterWarningCode = (typeof LETTER_WARNINGS)[number];

export interface LetterWarning {
  code: LetterWarningCode;
  /** replyByPast: the date given (YYYY-MM-DD). */
  date?: string;
}

/** The signatory a letter prints when none is named: visibly unfinished, and flagged. */
export const unnamedSignatory = (language: DocumentLanguage): string => documentWords(language).unnamedSignatory;

/**
 * Words that make a name a placeholder rather than a person: a role in place of a name ("The
 * investigator in charge", the old default), brackets, "to be named", "TBD", "N/A", "xxx".
 */
const PLACEHOLDER = new RegExp(
  [
    String.raw`investigat\w*\s+(in|en)\s+charge`,
    String.raw`enqu[eê]t\w*(\s+ou\s+l.enqu[eê]tri\w*)?\s+(en\s+charge|responsable)`,
    'المحقق المسؤول',
    String.raw`\[|\]`,
    String.raw`to be (named|confirmed|determined)`,
    String.raw`à (désigner|confirmer|préciser)`,
    String.raw`por (designar|confirmar|determinar)`,
    String.raw`^\s*(tbd|tbc|n/?a|xx+|\.{3,}|…|-+)\s*$`,
  ].join('|'),
  'iu',
);

export const isPlaceholderName = (name: string): boolean =>
  name.trim() === '' ||
  PLACEHOLDER.test(name) ||
  DOCUMENT_LANGUAGES.some((language) => unnamedSignatory(language) === name.trim());

/** What the officer gives for a letter, as far as the warnings read it. */
export interface WarnedParticulars {
  author?: { name: string; title: string } | undefined;
  contact?: { name: string } | undefined;
  replyBy?: CalendarDate | undefined;
  reportReference?: string | undefined;
  noteNumber?: string | undefined;
}

export interface WarningFacts {
  kind: TemplateKind;
  particulars: WarnedParticulars;
  /** The letter's date on the mission's calendar. */
  today: CalendarDate;
  /** The report reference recorded with the subject's finding, when there is one. */
  findingReportReference?: string | undefined;
}

/** Report references belong to letters written after the investigation. */
const AFTER_INVESTIGATION: readonly TemplateKind[] = [
  'member_state_referral',
  'tcc_follow_up',
  'hr_referral',
  'unv_referral',
];
/** Notes verbales to a Permanent Mission carry a number. */
const NOTES_VERBALES: readonly TemplateKind[] = ['member_state_referral', 'tcc_notification', 'tcc_follow_up'];

/** The warnings of one letter, in a fixed order. */
export function letterWarnings(facts: WarningFacts): LetterWarning[] {
  const { kind, particulars, today } = facts;
  const warnings: LetterWarning[] = [];
  const author = particulars.author;
  if (author === undefined) warnings.push({ code: 'signatoryMissing' });
  else if (isPlaceholderName(author.name)) warnings.push({ code: 'signatoryPlaceholder' });
  else if (author.title.trim() === '') warnings.push({ code: 'signatoryTitleMissing' });
  if (isClosureKind(kind)) return warnings;
  const contact = particulars.contact;
  // Left out, the contact point is the signatory: flagged only when that is no person either.
  if (contact === undefined) {
    if (author === undefined || isPlaceholderName(author.name)) warnings.push({ code: 'contactMissing' });
  } else if (isPlaceholderName(contact.name)) warnings.push({ code: 'contactPlaceholder' });
  if (particulars.replyBy !== undefined && particulars.replyBy <= today) {
    warnings.push({ code: 'replyByPast', date: particulars.replyBy });
  }
  const report = particulars.reportReference ?? facts.findingReportReference;
  if (AFTER_INVESTIGATION.includes(kind) && (report === undefined || report.trim() === '')) {
    warnings.push({ code: 'reportReferenceMissing' });
  }
  if (NOTES_VERBALES.includes(kind) && (particulars.noteNumber ?? '').trim() === '') {
    warnings.push({ code: 'noteNumberMissing' });
  }
  return warnings;
}
