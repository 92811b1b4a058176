import type { BundlePreview } from '../contract/bundles.js';
import { parsePartialDate } from '../domain/calendar.js';
import { countryWords, languageWords } from '../documents/words.js';
import { formatEvidenceNumber } from '../domain/evidence.js';
import { RichText, richTextToPlain } from '../domain/rich-text.js';
import { UncertainDate } from '../domain/uncertain-date.js';
import type { Language } from '../domain/settings.js';
import { findLabel } from '../i18n/labels.js';
import { listText } from '../i18n/list-text.js';
import { LOCALE_OF_LANGUAGE } from '../i18n/locales.js';
import { formatDateWords, formatInstantWords } from '../i18n/messages.js';
import { FIELD_WORDS, type BundleFieldCatalogue } from '../i18n/bundle-fields.js';
import { recordField, type FieldKind } from './record-fields.js';

/*
 * A bundle's conflicting record as a person reads it, in the language of the screen (the app) or in
 * English (the command line): which record it is ("Interview with V-03"), and each field that differs
 * by its label with both values as the app shows them. Never a column's name, a stored value's code,
 * an id or an identity.
 */

export type WordsLanguage = Language;
type BundleConflict = BundlePreview['conflicts'][number];
type Row = BundleConflict['ours'];

export interface FieldInWords {
  label: string;
  ours: string;
  theirs: string;
  /** What the merge does with the field unless the user takes theirs. */
  outcome: BundleConflict['fields'][number]['outcome'];
}

export interface ConflictInWords {
  /** "Evidence item E-0012", "Interview with V-03". */
  record: string;
  /** The fields in conflict first, then those the merge takes or keeps on its own. */
  fields: FieldInWords[];
}

/** A word of the catalogues (shared/i18n/<language>/bundle-fields.ts), its `{{name}}`s filled in. */
function say<Section extends Exclude<keyof BundleFieldCatalogue, 'labels' | 'values'>>(
  language: WordsLanguage,
  section: Section,
  key: keyof BundleFieldCatalogue[Section],
  params: Readonly<Record<string, string>> = {},
): string {
  const template = (FIELD_WORDS[language][section] as Record<PropertyKey, string>)[key]!;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? '');
}

const word = (language: WordsLanguage, key: keyof BundleFieldCatalogue['words']) => say(language, 'words', key);

/** A count in words, in the language's singular or plural ("1 entry", "0 élément"). */
function counted(
  language: WordsLanguage,
  forms: readonly [keyof BundleFieldCatalogue['words'], keyof BundleFieldCatalogue['words']],
  count: number,
): string {
  const one = new Intl.PluralRules(LOCALE_OF_LANGUAGE[language]).select(count) === 'one';
  return say(language, 'words', one ? forms[0] : forms[1], { count: String(count) });
}

const entries = (language: WordsLanguage, n: number) => counted(language, ['entriesOne', 'entriesOther'], n);
const detailsRecorded = (language: WordsLanguage, n: number) => counted(language, ['detailsOne', 'detailsOther'], n);
const otherDetails = (language: WordsLanguage, n: number) =>
  counted(language, ['otherDetailsOne', 'otherDetailsOther'], n);

/** A structured value: a column's JSON text parsed, or a part of one as it is. */
function structured(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A withheld field or part as a preview carries it (core bundles/conflict-sides.ts): said to differ or not. */
const isWithheldMarker = (value: unknown): value is { withheld: true; same: boolean } =>
  isObject(value) && value.withheld === true && typeof value.same === 'boolean';

const isMoment = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));

function uncertainDateWords(value: unknown, language: WordsLanguage): string {
  const parsed = structured(value);
  // A deadline's start is a moment or an uncertain date.
  if (isMoment(parsed)) return formatInstantWords(parsed, language);
  if (isMoment(value)) return formatInstantWords(value, language);
  const date = UncertainDate.safeParse(parsed);
  if (!date.success) return detailsRecorded(language, 1);
  const written = (text: string) => {
    const partial = parsePartialDate(text);
    if (!partial) return text;
    if (partial.granularity === 'year') return String(partial.year);
    if (partial.granularity === 'month') {
      return new Intl.DateTimeFormat(LOCALE_OF_LANGUAGE[language], {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(Date.UTC(partial.year, (partial.month ?? 1) - 1, 1));
    }
    const day = formatDateWords(text.slice(0, 10), language);
    return partial.granularity === 'minute' ? `${day} ${text.slice(11, 16)}` : day;
  };
  switch (date.data.precision) {
    case 'unknown':
      return word(language, 'unknownDate');
    case 'range':
      return say(language, 'words', 'between', { from: written(date.data.from), to: written(date.data.to) });
    case 'exact':
      return `${written(date.data.from)} (${date.data.timeZone})`;
    default:
      return written(date.data.from);
  }
}

const filledPart = (part: unknown) => part !== null && part !== '' && part !== undefined;

/**
 * A structured value on one line: a list's items each in words (or counted when the field does not say
 * how they read); an object's named parts by their labels and readings, and a count of the others.
 */
function detailsWords(
  read: Extract<FieldKind, { kind: 'details' }>,
  value: unknown,
  language: WordsLanguage,
  names: Readonly<Record<string, string>>,
): string {
  const parsed = structured(value);
  if (Array.isArray(parsed)) {
    if (parsed.length === 0) return word(language, 'empty');
    if (read.items === undefined) return entries(language, parsed.length);
    return parsed.map((item) => valueInWords(read.items!, item, language, names)).join(' · ');
  }
  if (!isObject(parsed)) return detailsRecorded(language, 1);
  const filled = Object.entries(parsed).filter(([, part]) => filledPart(part));
  const named = filled.filter(([key]) => Object.hasOwn(read.parts ?? {}, key));
  if (named.length === 0) return detailsRecorded(language, filled.length);
  const shown = named.map(([key, part]) => {
    const field = read.parts![key]!;
    return `${field[language]}: ${valueInWords(field.read, part, language, names)}`;
  });
  const others = filled.length - named.length;
  return [...shown, ...(others > 0 ? [otherDetails(language, others)] : [])].join('; ');
}

/** A stored value (a column's, or a part of a structured one) as the app shows it: never its code or id. */
function valueInWords(
  read: FieldKind,
  value: unknown,
  language: WordsLanguage,
  names: Readonly<Record<string, string>>,
): string {
  if (read.kind === 'withheld') return word(language, read.sensitive ? 'sensitiveWithheld' : 'withheld');
  if (isWithheldMarker(value)) return word(language, 'withheld');
  if (value === undefined || value === null || value === '') return word(language, 'empty');
  // A part holding a structure where a single value was expected is counted, never printed as code.
  const structure = typeof value === 'object' && !['details', 'labels', 'uncertainDate', 'opaque'].includes(read.kind);
  if (structure) return detailsRecorded(language, 1);
  switch (read.kind) {
    case 'text':
      return String(value);
    case 'richText': {
      const notes = RichText.safeParse(structured(value));
      return notes.success ? richTextToPlain(notes.data) : detailsRecorded(language, 1);
    }
    case 'number':
      return typeof value === 'number' ? value.toLocaleString(LOCALE_OF_LANGUAGE[language]) : String(value);
    case 'spokenLanguage':
      return languageWords(String(value), language);
    case 'country':
      return countryWords(String(value), language);
    case 'label':
      return findLabel(language, read.group, value) ?? word(language, 'unknownValue');
    case 'labels': {
      const values = structured(value);
      if (!Array.isArray(values)) return word(language, 'unknownValue');
      if (values.length === 0) return word(language, 'empty');
      const words = values.map((item) => findLabel(language, read.group, item) ?? word(language, 'unknownValue'));
      return listText(language, words);
    }
    case 'choice': {
      const words = typeof value === 'string' && Object.hasOwn(read.values, value) ? read.values[value] : undefined;
      return words?.[language] ?? word(language, 'unknownValue');
    }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? formatDateWords(String(value), language) : String(value);
    case 'instant':
    case 'bookkeeping':
      return Number.isNaN(Date.parse(String(value))) ? String(value) : formatInstantWords(String(value), language);
    case 'uncertainDate':
      return uncertainDateWords(value, language);
    case 'yesNo':
      return value === 1 || value === true ? word(language, 'yes') : word(language, 'no');
    case 'reference': {
      const code = typeof value === 'string' ? names[value] : undefined;
      if (code !== undefined) return say(language, 'references', read.to, { code });
      if (read.to === 'person') return word(language, 'personUnknown');
      if (read.to === 'case') return word(language, 'otherCase');
      return say(language, 'references', read.to).trim() || word(language, 'otherRecord');
    }
    case 'details':
      return detailsWords(read, value, language, names);
    case 'opaque':
      return word(language, 'opaque');
  }
}

/** A kind of record a bundle carries, in words ("Evidence items"). */
export function recordKindInWords(table: string, language: WordsLanguage): string {
  const kinds = FIELD_WORDS[language].kinds as Record<string, string>;
  const key = table.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return Object.hasOwn(kinds, key) ? kinds[key]! : FIELD_WORDS[language].kinds.other;
}

/** The record a conflict is about, named as a person knows it. */
export function recordInWords(conflict: BundleConflict, language: WordsLanguage): string {
  const row: Row = { ...conflict.theirs, ...conflict.ours };
  const read = (column: string) => {
    const field = recordField(conflict.table, column);
    return field ? valueInWords(field.read, row[column], language, conflict.names) : '';
  };
  const code = (column: string) => (typeof row[column] === 'string' ? String(row[column]) : '');
  const item = (column: string) => {
    const name = typeof row[column] === 'string' ? conflict.names[String(row[column])] : undefined;
    return name ?? (typeof row.sequence === 'number' ? formatEvidenceNumber(row.sequence) : '');
  };
  const named = (key: keyof BundleFieldCatalogue['records'], params: Record<string, string> = {}) =>
    say(language, 'records', key, params);
  switch (conflict.table) {
    case 'cases': {
      const reference = typeof row.id === 'string' ? conflict.names[row.id] : undefined;
      return reference === undefined ? named('theCaseItself') : named('case', { reference });
    }
    case 'case_status_changes':
      return named('statusChange', { status: read('to_status') });
    case 'case_milestones':
      return named('milestone', { milestone: read('milestone') });
    case 'case_clock_conditions':
      return named('clockCondition', { condition: read('condition') });
    case 'person_codes_issued':
      return named('personCode', { code: code('code') });
    case 'people':
      return named('person', { code: code('code') });
    case 'consent_decisions':
      return named('consentDecision', { person: read('person_id') });
    case 'interviews': {
      const person = read('person_id');
      return row.conducted_at
        ? named('interviewOn', { person, on: read('conducted_at') })
        : named('interview', { person });
    }
    case 'interview_versions':
      return named('interviewVersion', { version: read('version'), interview: read('interview_id') });
    case 'evidence_items':
      return named('evidenceItem', { item: item('id') });
    case 'evidence_contents':
      return named('evidenceFile', { item: item('item_id') });
    case 'evidence_signatures':
      return named('evidenceSignature', { item: item('item_id') });
    case 'evidence_people':
      return named('evidencePerson', { item: item('item_id'), person: read('person_id') });
    case 'evidence_interviews':
      return named('evidenceInterview', { item: item('item_id'), interview: read('interview_id') });
    case 'custody_events':
      return named('custodyEvent', { item: item('item_id'), kind: read('kind'), at: read('at') });
    case 'investigative_action_evidence':
      return named('actionEvidence', { item: item('evidence_id') });
    case 'timeline_events':
      return named('timelineEvent', { title: code('title') });
    case 'letters':
      return named('letter', { kind: read('kind'), created: read('created_at') });
    case 'subject_findings':
      return named('finding', { person: read('person_id') });
    case 'subject_actions':
      return named('subjectAction', { person: read('person_id') });
    case 'assistance_referrals':
      return named('assistanceReferral', { person: read('person_id') });
    case 'victim_contacts':
      return named('victimContact', { person: read('person_id'), at: read('at') });
    case 'investigative_actions':
      return named('investigativeAction', { kind: read('kind') });
    case 'paternity_children':
      return named('child', { code: code('code') });
    case 'victim_closures':
      return named('victimClosure', { person: read('person_id') });
    case 'follow_ups':
      return named('followUp', { kind: read('kind') });
    default: {
      const kind = recordKindInWords(conflict.table, language);
      return named('other', { kind, kindLowerCase: kind.toLowerCase() });
    }
  }
}

const ORDER: Readonly<Record<FieldInWords['outcome'], number>> = { conflict: 0, taken: 1, kept: 2 };

/** A part of a structured field, labelled under it: "Arrangements: Place: Kind of place". */
const partLabel = (field: string, part: string, language: WordsLanguage) =>
  say(language, 'words', 'partOf', { field, part });

/** Whether two parts differ; a withheld part (at any depth) carries only whether it does. */
function partsDiffer(ours: unknown, theirs: unknown): boolean {
  if (isWithheldMarker(ours)) return !ours.same;
  if (isWithheldMarker(theirs)) return !theirs.same;
  if (isObject(ours) && isObject(theirs)) {
    return [...new Set([...Object.keys(ours), ...Object.keys(theirs)])].some((key) =>
      partsDiffer(ours[key], theirs[key]),
    );
  }
  if (Array.isArray(ours) && Array.isArray(theirs)) {
    return ours.length !== theirs.length || ours.some((item, index) => partsDiffer(item, theirs[index]));
  }
  return JSON.stringify(ours ?? null) !== JSON.stringify(theirs ?? null);
}

/**
 * A field that differs, in words: one line with both values; for a structured value whose parts are
 * named (a location, an interview's arrangements, a deadline's basis), one line per part that differs,
 * each labelled under the field, and the parts not named counted on a line of their own.
 */
function differingInWords(
  label: string,
  read: FieldKind,
  ours: unknown,
  theirs: unknown,
  outcome: FieldInWords['outcome'],
  language: WordsLanguage,
  names: Readonly<Record<string, string>>,
): FieldInWords[] {
  const whole = (): FieldInWords[] => [
    {
      label,
      ours: valueInWords(read, ours, language, names),
      theirs: valueInWords(read, theirs, language, names),
      outcome,
    },
  ];
  if (read.kind !== 'details' || read.parts === undefined) return whole();
  // A structured value withheld whole (core bundles/conflict-sides.ts: not as expected) is only said to differ.
  if (isWithheldMarker(ours) || isWithheldMarker(theirs)) return whole();
  const [mine, other] = [structured(ours), structured(theirs)];
  const asParts = (value: unknown) => (value === null || value === undefined ? {} : value);
  const [a, b] = [asParts(mine), asParts(other)];
  if (!isObject(a) || !isObject(b)) return whole();
  const lines: FieldInWords[] = [];
  let others = 0;
  // In the order the field names its parts (as its form shows them), whatever the order stored.
  for (const key of new Set([...Object.keys(read.parts), ...Object.keys(a), ...Object.keys(b)])) {
    if (!partsDiffer(a[key], b[key])) continue;
    const part = Object.hasOwn(read.parts, key) ? read.parts[key]! : undefined;
    if (part === undefined) {
      others += 1;
      continue;
    }
    lines.push(
      ...differingInWords(
        partLabel(label, part[language], language),
        part.read,
        a[key],
        b[key],
        outcome,
        language,
        names,
      ),
    );
  }
  if (others > 0) {
    const count = (value: Record<string, unknown>) =>
      Object.entries(value).filter(([key, part]) => !Object.hasOwn(read.parts!, key) && filledPart(part)).length;
    lines.push({
      label: partLabel(label, otherDetails(language, others), language),
      ours: count(a) > 0 ? detailsRecorded(language, count(a)) : word(language, 'empty'),
      theirs: count(b) > 0 ? detailsRecorded(language, count(b)) : word(language, 'empty'),
      outcome,
    });
  }
  return lines.length > 0 ? lines : whole();
}

/**
 * A conflict in words: the record, and each differing field (each differing part of a structured one)
 * with this vault's value beside the bundle's.
 */
export function conflictInWords(conflict: BundleConflict, language: WordsLanguage): ConflictInWords {
  const fields = conflict.fields
    .flatMap(({ column, outcome }): FieldInWords[] => {
      const field = recordField(conflict.table, column);
      if (!field) return []; // a column this version does not know is refused at import before it gets here
      // A person's identity never travels in a preview: the person's page compares them, audited.
      if (conflict.table === 'people' && column === 'identity') {
        return [
          {
            label: field[language],
            ours: word(language, 'identitiesDiffer'),
            theirs: word(language, 'withheld'),
            outcome,
          },
        ];
      }
      const [ours, theirs] = [conflict.ours[column], conflict.theirs[column]];
      return differingInWords(field[language], field.read, ours, theirs, outcome, language, conflict.names);
    })
    .sort((a, b) => ORDER[a.outcome] - ORDER[b.outcome]);
  return { record: recordInWords(conflict, language), fields };
}
