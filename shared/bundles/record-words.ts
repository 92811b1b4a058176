import type { BundlePreview } from '../contract/bundles.js';
import { parsePartialDate } from '../domain/calendar.js';
import { countryWords, languageWords } from '../documents/words.js';
import { formatEvidenceNumber } from '../domain/evidence.js';
import { RichText, richTextToPlain } from '../domain/rich-text.js';
import { UncertainDate } from '../domain/uncertain-date.js';
import { findLabel } from '../i18n/labels.js';
import { formatDateWords, formatInstantWords } from '../i18n/messages.js';
import { recordField, type FieldKind, type ReferenceKind, type Words } from './record-fields.js';

/*
 * A bundle's conflicting record as a person reads it, in the language of the screen (the app) or in
 * English (the command line): which record it is ("Interview with V-03"), and each field that differs
 * by its label with both values as the app shows them. Never a column's name, a stored value's code,
 * an id or an identity.
 */

export type WordsLanguage = 'en' | 'fr';
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

const WORDS = {
  yes: { en: 'Yes', fr: 'Oui' },
  no: { en: 'No', fr: 'Non' },
  empty: { en: 'Not recorded', fr: 'Non renseigné' },
  unknownValue: {
    en: 'A value this version of Casefile does not know',
    fr: 'Une valeur que cette version ne connaît pas',
  },
  withheld: { en: 'Not shown (it can name a person)', fr: 'Non affiché (peut désigner une personne)' },
  identitiesDiffer: {
    en: 'The identities differ: open the person to compare them',
    fr: 'Les identités diffèrent : ouvrez la fiche de la personne pour les comparer',
  },
  opaque: { en: 'Recorded', fr: 'Enregistré' },
  unknownDate: { en: 'Unknown', fr: 'Inconnue' },
  otherRecord: { en: 'Another record of the case', fr: 'Une autre fiche du dossier' },
  otherCase: { en: 'Another case', fr: 'Un autre dossier' },
  personUnknown: { en: 'A person not in the file', fr: 'Une personne absente du fichier' },
} as const satisfies Record<string, Words>;

const ENTRIES = {
  en: (n: number) => (n === 1 ? '1 entry' : `${n} entries`),
  fr: (n: number) => `${n} élément${n > 1 ? 's' : ''}`,
};
const DETAILS = {
  en: (n: number) => (n === 1 ? '1 detail recorded' : `${n} details recorded`),
  fr: (n: number) => (n > 1 ? `${n} précisions enregistrées` : `${n} précision enregistrée`),
};
const BETWEEN = {
  en: (a: string, b: string) => `between ${a} and ${b}`,
  fr: (a: string, b: string) => `entre ${a} et ${b}`,
};

const REFERENCE_WORDS: Readonly<Record<ReferenceKind, Words>> = {
  case: { en: 'Case {{code}}', fr: 'Dossier {{code}}' },
  person: { en: '{{code}}', fr: '{{code}}' },
  evidence: { en: 'Evidence item {{code}}', fr: 'Élément de preuve {{code}}' },
  interview: { en: 'Interview with {{code}}', fr: 'Entretien avec {{code}}' },
  letter: { en: 'A letter of the case', fr: 'Une lettre du dossier' },
  template: { en: 'A letter template', fr: 'Un modèle de lettre' },
  followUp: { en: 'A follow-up of the case', fr: 'Un suivi du dossier' },
  referral: { en: 'An assistance referral of the case', fr: 'Une orientation vers l’assistance du dossier' },
  action: { en: 'An investigative action of the case', fr: 'Un acte d’enquête du dossier' },
  deadline: { en: 'A deadline of the case', fr: 'Un délai du dossier' },
  content: { en: 'An evidence file', fr: 'Un fichier de preuve' },
  record: WORDS.otherRecord,
};

const fill = (template: string, code: string) => template.replace('{{code}}', code);

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
  if (!date.success) return DETAILS[language](1);
  const written = (text: string) => {
    const partial = parsePartialDate(text);
    if (!partial) return text;
    if (partial.granularity === 'year') return String(partial.year);
    if (partial.granularity === 'month') {
      return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
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
      return WORDS.unknownDate[language];
    case 'range':
      return BETWEEN[language](written(date.data.from), written(date.data.to));
    case 'exact':
      return `${written(date.data.from)} (${date.data.timeZone})`;
    default:
      return written(date.data.from);
  }
}

const OTHER_DETAILS = {
  en: (n: number) => (n === 1 ? '1 other detail' : `${n} other details`),
  fr: (n: number) => (n > 1 ? `${n} autres précisions` : `${n} autre précision`),
};

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
    if (parsed.length === 0) return WORDS.empty[language];
    if (read.items === undefined) return ENTRIES[language](parsed.length);
    return parsed.map((item) => valueInWords(read.items!, item, language, names)).join(' · ');
  }
  if (!isObject(parsed)) return DETAILS[language](1);
  const filled = Object.entries(parsed).filter(([, part]) => filledPart(part));
  const named = filled.filter(([key]) => Object.hasOwn(read.parts ?? {}, key));
  if (named.length === 0) return DETAILS[language](filled.length);
  const shown = named.map(([key, part]) => {
    const field = read.parts![key]!;
    return `${field[language]}: ${valueInWords(field.read, part, language, names)}`;
  });
  const others = filled.length - named.length;
  return [...shown, ...(others > 0 ? [OTHER_DETAILS[language](others)] : [])].join('; ');
}

/** A stored value (a column's, or a part of a structured one) as the app shows it: never its code or id. */
function valueInWords(
  read: FieldKind,
  value: unknown,
  language: WordsLanguage,
  names: Readonly<Record<string, string>>,
): string {
  if (read.kind === 'withheld') return WORDS.withheld[language];
  if (value === undefined || value === null || value === '') return WORDS.empty[language];
  // A part holding a structure where a single value was expected is counted, never printed as code.
  const structure = typeof value === 'object' && !['details', 'labels', 'uncertainDate', 'opaque'].includes(read.kind);
  if (structure) return DETAILS[language](1);
  switch (read.kind) {
    case 'text':
      return String(value);
    case 'richText': {
      const notes = RichText.safeParse(structured(value));
      return notes.success ? richTextToPlain(notes.data) : DETAILS[language](1);
    }
    case 'number':
      return typeof value === 'number' ? value.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB') : String(value);
    case 'spokenLanguage':
      return languageWords(String(value), language);
    case 'country':
      return countryWords(String(value), language);
    case 'label':
      return findLabel(language, read.group, value) ?? WORDS.unknownValue[language];
    case 'labels': {
      const values = structured(value);
      if (!Array.isArray(values)) return WORDS.unknownValue[language];
      if (values.length === 0) return WORDS.empty[language];
      const words = values.map((item) => findLabel(language, read.group, item) ?? WORDS.unknownValue[language]);
      return new Intl.ListFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { type: 'conjunction' }).format(words);
    }
    case 'choice': {
      const words = typeof value === 'string' && Object.hasOwn(read.values, value) ? read.values[value] : undefined;
      return words?.[language] ?? WORDS.unknownValue[language];
    }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? formatDateWords(String(value), language) : String(value);
    case 'instant':
    case 'bookkeeping':
      return Number.isNaN(Date.parse(String(value))) ? String(value) : formatInstantWords(String(value), language);
    case 'uncertainDate':
      return uncertainDateWords(value, language);
    case 'yesNo':
      return value === 1 || value === true ? WORDS.yes[language] : WORDS.no[language];
    case 'reference': {
      const code = typeof value === 'string' ? names[value] : undefined;
      if (code !== undefined) return fill(REFERENCE_WORDS[read.to][language], code);
      if (read.to === 'person') return WORDS.personUnknown[language];
      if (read.to === 'case') return WORDS.otherCase[language];
      return fill(REFERENCE_WORDS[read.to][language], '').trim() || WORDS.otherRecord[language];
    }
    case 'details':
      return detailsWords(read, value, language, names);
    case 'opaque':
      return WORDS.opaque[language];
  }
}

/** A kind of record a bundle carries, in words ("Evidence items"). */
export function recordKindInWords(table: string, language: WordsLanguage): string {
  return (Object.hasOwn(RECORD_KINDS, table) ? RECORD_KINDS[table]! : RECORD_KINDS.other!)[language];
}

const RECORD_KINDS: Readonly<Record<string, Words>> = {
  cases: { en: 'Case', fr: 'Dossier' },
  case_status_changes: { en: 'Status changes', fr: 'Changements de statut' },
  case_milestones: { en: 'Milestones', fr: 'Étapes' },
  case_clock_conditions: { en: 'Deadline conditions', fr: 'Conditions des délais' },
  person_codes_issued: { en: 'Person codes', fr: 'Codes des personnes' },
  people: { en: 'People', fr: 'Personnes' },
  consent_decisions: { en: 'Consent decisions', fr: 'Décisions de consentement' },
  interviews: { en: 'Interviews', fr: 'Entretiens' },
  interview_versions: { en: 'Interview versions', fr: 'Versions des entretiens' },
  evidence_items: { en: 'Evidence items', fr: 'Éléments de preuve' },
  evidence_people: { en: 'Evidence linked to people', fr: 'Preuves liées aux personnes' },
  evidence_interviews: { en: 'Evidence linked to interviews', fr: 'Preuves liées aux entretiens' },
  evidence_contents: { en: 'Evidence files', fr: 'Fichiers de preuve' },
  evidence_signatures: { en: 'Evidence signatures', fr: 'Signatures des preuves' },
  custody_events: { en: 'Custody events', fr: 'Événements de la chaîne de possession' },
  deadlines: { en: 'Deadlines', fr: 'Délais' },
  timeline_events: { en: 'Timeline events', fr: 'Événements de la chronologie' },
  letter_templates: { en: 'Letter templates', fr: 'Modèles de lettres' },
  letters: { en: 'Letters', fr: 'Lettres' },
  letter_outputs: { en: 'Letter files', fr: 'Fichiers des lettres' },
  letter_deliveries: { en: 'Letter deliveries', fr: 'Remises des lettres' },
  subject_findings: { en: 'Findings', fr: 'Conclusions' },
  subject_actions: { en: 'Actions taken', fr: 'Mesures prises' },
  follow_ups: { en: 'Follow-ups', fr: 'Suivis' },
  follow_up_replies: { en: 'Follow-up replies', fr: 'Réponses aux suivis' },
  follow_up_letters: { en: 'Follow-up letters', fr: 'Lettres de suivi' },
  assistance_referrals: { en: 'Assistance referrals', fr: 'Orientations vers l’assistance' },
  assistance_steps: { en: 'Assistance steps', fr: 'Étapes de l’assistance' },
  victim_contacts: { en: 'Contacts with victims', fr: 'Contacts avec les victimes' },
  investigative_actions: { en: 'Investigative actions', fr: 'Actes d’enquête' },
  investigative_action_evidence: { en: 'Evidence of investigative actions', fr: 'Preuves des actes d’enquête' },
  paternity_children: { en: 'Children (paternity)', fr: 'Enfants (paternité)' },
  victim_closures: { en: 'Victim closures', fr: 'Clôtures pour les victimes' },
  search_documents: { en: 'Search index', fr: 'Index de recherche' },
  audit_log: { en: 'Audit entries', fr: 'Entrées du journal d’audit' },
  other: { en: 'Other records', fr: 'Autres fiches' },
};

/** The record a conflict is about, named as a person knows it. */
export function recordInWords(conflict: BundleConflict, language: WordsLanguage): string {
  const row: Row = { ...conflict.theirs, ...conflict.ours };
  const fr = language === 'fr';
  const read = (column: string) => {
    const field = recordField(conflict.table, column);
    return field ? valueInWords(field.read, row[column], language, conflict.names) : '';
  };
  const code = (column: string) => (typeof row[column] === 'string' ? String(row[column]) : '');
  const item = (column: string) => {
    const name = typeof row[column] === 'string' ? conflict.names[String(row[column])] : undefined;
    return name ?? (typeof row.sequence === 'number' ? formatEvidenceNumber(row.sequence) : '');
  };
  const person = (column: string) => read(column);
  switch (conflict.table) {
    case 'cases': {
      const reference = typeof row.id === 'string' ? conflict.names[row.id] : undefined;
      if (reference === undefined) return fr ? 'Le dossier lui-même' : 'The case itself';
      return fr ? `Dossier ${reference}` : `Case ${reference}`;
    }
    case 'case_status_changes':
      return fr ? `Changement de statut : ${read('to_status')}` : `Status change to ${read('to_status')}`;
    case 'case_milestones':
      return fr ? `Étape : ${read('milestone')}` : `Milestone: ${read('milestone')}`;
    case 'case_clock_conditions':
      return fr ? `Condition des délais : ${read('condition')}` : `Deadline condition: ${read('condition')}`;
    case 'person_codes_issued':
      return fr ? `Code de personne ${code('code')}` : `Person code ${code('code')}`;
    case 'people':
      return fr ? `Personne ${code('code')}` : `Person ${code('code')}`;
    case 'consent_decisions':
      return fr ? `Décision de consentement de ${person('person_id')}` : `Consent decision of ${person('person_id')}`;
    case 'interviews': {
      const on = row.conducted_at ? read('conducted_at') : '';
      const who = person('person_id');
      if (fr) return on ? `Entretien avec ${who} le ${on}` : `Entretien avec ${who}`;
      return on ? `Interview with ${who} on ${on}` : `Interview with ${who}`;
    }
    case 'interview_versions':
      return fr
        ? `Version ${read('version')} des notes : ${read('interview_id')}`
        : `Version ${read('version')} of the notes: ${read('interview_id')}`;
    case 'evidence_items':
      return fr ? `Élément de preuve ${item('id')}` : `Evidence item ${item('id')}`;
    case 'evidence_contents':
      return fr ? `Un fichier de l’élément ${item('item_id')}` : `A file of evidence item ${item('item_id')}`;
    case 'evidence_signatures':
      return fr ? `Signature de provenance de ${item('item_id')}` : `Provenance signature of ${item('item_id')}`;
    case 'evidence_people':
      return fr
        ? `Lien de ${item('item_id')} avec ${person('person_id')}`
        : `Link of ${item('item_id')} to ${person('person_id')}`;
    case 'evidence_interviews':
      return fr
        ? `Lien de ${item('item_id')} : ${read('interview_id')}`
        : `Link of ${item('item_id')}: ${read('interview_id')}`;
    case 'custody_events':
      return fr
        ? `Chaîne de possession de ${item('item_id')} : ${read('kind')} le ${read('at')}`
        : `Custody of ${item('item_id')}: ${read('kind')} on ${read('at')}`;
    case 'investigative_action_evidence':
      return fr ? `${item('evidence_id')} dans un acte d’enquête` : `${item('evidence_id')} in an investigative action`;
    case 'timeline_events':
      return fr ? `Événement de la chronologie « ${code('title')} »` : `Timeline event “${code('title')}”`;
    case 'letters':
      return fr
        ? `Lettre : ${read('kind')} du ${read('created_at')}`
        : `Letter: ${read('kind')} of ${read('created_at')}`;
    case 'subject_findings':
      return fr ? `Conclusion sur ${person('person_id')}` : `Finding on ${person('person_id')}`;
    case 'subject_actions':
      return fr ? `Mesure concernant ${person('person_id')}` : `Action about ${person('person_id')}`;
    case 'assistance_referrals':
      return fr
        ? `Orientation vers l’assistance de ${person('person_id')}`
        : `Assistance referral for ${person('person_id')}`;
    case 'victim_contacts':
      return fr
        ? `Contact avec ${person('person_id')} le ${read('at')}`
        : `Contact with ${person('person_id')} on ${read('at')}`;
    case 'investigative_actions':
      return fr ? `Acte d’enquête : ${read('kind')}` : `Investigative action: ${read('kind')}`;
    case 'paternity_children':
      return fr ? `Fiche d’enfant ${code('code')}` : `Child record ${code('code')}`;
    case 'victim_closures':
      return fr ? `Clôture pour ${person('person_id')}` : `Closure for ${person('person_id')}`;
    case 'follow_ups':
      return fr ? `Suivi : ${read('kind')}` : `Follow-up: ${read('kind')}`;
    default:
      return fr
        ? `Une fiche : ${recordKindInWords(conflict.table, language)}`
        : `A record of ${recordKindInWords(conflict.table, language).toLowerCase()}`;
  }
}

const ORDER: Readonly<Record<FieldInWords['outcome'], number>> = { conflict: 0, taken: 1, kept: 2 };

/** A part of a structured field, labelled under it: "Arrangements: Place: Kind of place". */
const partLabel = (field: string, part: string, language: WordsLanguage) =>
  language === 'fr' ? `${field} : ${part}` : `${field}: ${part}`;

/** Whether two parts differ; a withheld part carries only whether it does. */
function partsDiffer(ours: unknown, theirs: unknown): boolean {
  if (isWithheldMarker(ours)) return !ours.same;
  if (isWithheldMarker(theirs)) return !theirs.same;
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
      label: partLabel(label, OTHER_DETAILS[language](others), language),
      ours: count(a) > 0 ? DETAILS[language](count(a)) : WORDS.empty[language],
      theirs: count(b) > 0 ? DETAILS[language](count(b)) : WORDS.empty[language],
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
            ours: WORDS.identitiesDiffer[language],
            theirs: WORDS.withheld[language],
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
