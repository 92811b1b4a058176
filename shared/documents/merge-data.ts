import { z } from 'zod';
import { localDateOf } from '../clocks/local-time.js';
import type { Deadline } from '../clocks/deadline.js';
import type { ClockStartEvent } from '../clocks/clock.js';
import { effectiveConsent, type ConsentDecision, type ConsentPurpose, type ConsentState } from '../domain/consent.js';
import type { EvidenceItem } from '../domain/evidence.js';
import type { IdentityField, Person, PersonOfRole, SubjectPerson, VictimPerson } from '../domain/person.js';
import { CalendarDate } from '../domain/calendar.js';
import { Instant, instantMs, RecordId, WrittenReason } from '../domain/primitives.js';
import { TimeZone } from '../domain/time-zone.js';
import { assessAgeBandAt } from '../domain/uncertain-date.js';
import type { ReasonRef } from '../i18n/catalogue.js';
import { documentWords } from '../i18n/documents.js';
import { documentLabelText } from '../i18n/labels.js';
import { messageText } from '../i18n/messages.js';
import type { CaseSnapshot } from '../principles/snapshot.js';
import type { DocumentLanguage } from './document-model.js';
import { legalBasisOf } from './legal-basis.js';
import { victimOutcome } from './closure-applicability.js';
import { letterFactsOf, letterFit, type LetterFit } from './letter-applicability.js';
import { MERGE_SCHEMA, type FieldNode } from './merge-fields.js';
import { PURPOSE_OF_RECIPIENT, RECIPIENT_OF_KIND, type Recipient, type TemplateKind } from './template.js';
import {
  calendarDateWords,
  clockNameWords,
  clockRuleWords,
  countryWords,
  incidentDatesWords,
  languageWords,
} from './words.js';

/**
 * Merge data: what a letter may say about a case, built for one recipient in one language,
 * with the consent-aware filter of R9 and R13 applied. Everything a template can print comes
 * from here, already in words; the merge engine only places it.
 */

export type MergeValue = string | boolean | MergeValue[] | { [key: string]: MergeValue };
export type MergeData = { [key: string]: MergeValue };

const Free = z.string().max(20_000);
const Short = z.string().trim().max(300);

/** What the legal officer gives for one letter, beyond the case file. */
export const LetterDetails = z
  .object({
    /** When the letter is issued: consent is read at this moment, and its date printed. */
    at: Instant,
    /** The mission's zone: the printed dates are days of its calendar. */
    timeZone: TimeZone,
    reference: Short.optional(),
    place: Short.optional(),
    author: z.object({ name: Short.min(1), title: Short }).strict(),
    /**
     * The addressee as it reads after "to" in a sentence, article included: "the Permanent
     * Mission of Ruritania to the United Nations", "la Mission permanente de la Ruritanie …".
     */
    recipientName: Short.min(1),
    /** The address block, one line per line. */
    recipientAddress: z.string().max(2_000).optional(),
    /**
     * The recipient as consent records name it: a consent limited to one recipient counts only
     * for the recipient it names, compared as written. Defaults to `recipientName`.
     */
    consentRecipient: Short.min(1).optional(),
    contact: z
      .object({
        name: Short.min(1),
        title: Short.optional(),
        email: Short.optional(),
        phone: Short.optional(),
        address: z.string().max(2_000).optional(),
      })
      .strict(),
    /** Victim letters: who gives assistance, whatever the outcome. */
    assistance: z
      .object({
        name: Short.min(1),
        phone: Short.optional(),
        email: Short.optional(),
        address: z.string().max(2_000).optional(),
      })
      .strict()
      .optional(),
    /** Referrals: the subject the letter is about; may be left out when the case has one subject. */
    subjectId: RecordId.optional(),
    /** Closure letters: the victim the letter is for. */
    victimId: RecordId.optional(),
    /** The victim who made the paternity claim, when the case has more than one victim. */
    paternityClaimantId: RecordId.optional(),
    particulars: Free.optional(),
    /** The investigation report; defaults to the reference recorded with the subject's finding. */
    reportReference: Short.optional(),
    /** Referrals: the number of the note verbale or of the Office of Legal Affairs' transmittal. */
    noteNumber: Short.optional(),
    /**
     * Referrals: the day a reply is asked for. Left out, the follow-up register's reply clock gives
     * it, counted from the letter's date.
     */
    replyBy: CalendarDate.optional(),
    /** Referrals: the documents sent with the letter, each by its title. */
    annexes: z.array(Short.min(1)).max(30).optional(),
    findings: Free.optional(),
    subjectComments: Free.optional(),
    interimMeasures: Free.optional(),
    dueProcess: Free.optional(),
    /** Closure letters: what follows, where the victim may be told. */
    whatFollows: Free.optional(),
    /**
     * Closure letters: the victims' rights advocate she may turn to, whatever the outcome
     * (A/72/751 ¶13, ¶34); required, so that no letter leaves without it.
     */
    advocate: z
      .object({
        name: Short.min(1),
        phone: Short.optional(),
        email: Short.optional(),
        address: z.string().max(2_000).optional(),
      })
      .strict()
      .optional(),
    /**
     * Closure letters: the discreet form, for delivery to a home: no letterhead or emblem, and words
     * that do not tell, on their face, what the letter is about.
     */
    discreet: z.boolean().optional(),
  })
  .strict();
export type LetterDetails = z.infer<typeof LetterDetails>;

/** Lifts the filter for one person in one letter: the core records it in the audit trail. */
export const IdentityOverride = z.object({ personId: RecordId, reason: WrittenReason }).strict();
export type IdentityOverride = z.infer<typeof IdentityOverride>;

/**
 * A referral made although the case's facts do not call for it (letter-applicability.ts): the legal
 * officer's reason is kept in the letter register; the audit trail records that an exception was made.
 */
export const LetterException = z.object({ reason: WrittenReason }).strict();
export type LetterException = z.infer<typeof LetterException>;

/** A deadline to list in a notification, with the clock's own name as a fallback. */
export interface LetterClock {
  name: string;
  deadline: Deadline;
}

export interface MergeDataInput {
  snapshot: CaseSnapshot;
  kind: TemplateKind;
  language: DocumentLanguage;
  letter: LetterDetails;
  evidence?: readonly EvidenceItem[];
  clocks?: readonly LetterClock[];
  /** The follow-up register's reply clock, counted from the letter's date: the reply asked for by then. */
  replyClock?: Deadline;
  overrides?: readonly IdentityOverride[];
  /** Makes a referral that does not apply; refused for a closure letter and for a letter that applies anyway. */
  exception?: LetterException;
}

export type DisclosureBasis =
  /** The person's consent for the recipient's purpose was in force at the letter's date. */
  | 'consent'
  /** An override with a reason (to be audited). */
  | 'override'
  /** The letter is addressed to this victim. */
  | 'addressee'
  /** The subject of a referral: named by policy (domain.md §4), not by consent. */
  | 'subject_of_referral';

export interface IdentityDisclosure {
  personId: string;
  code: string;
  fields: IdentityField[];
  basis: DisclosureBasis;
  /** The consent state at the letter's date (for an override: what it overrode). */
  consentState?: ConsentState;
  consentDecisionIds?: string[];
  overrideReason?: string;
}

export interface BuiltMergeData {
  recipient: Recipient;
  purpose: ConsentPurpose | null;
  data: MergeData;
  /** Whose identity the data holds, and on what basis: for the letter register and the audit. */
  disclosures: IdentityDisclosure[];
  /** Victims the data names only by pseudonym, age band and sex. */
  withheld: { personId: string; code: string }[];
  /** Whom the letter concerns: a closure letter's victim, a referral's subject (named or not). */
  concernsPersonId: string;
}

export const MERGE_DATA_ERROR_CODES = [
  'SUBJECT_AMBIGUOUS',
  'UNKNOWN_PERSON',
  'VICTIM_REQUIRED',
  /** A closure letter without the victims' rights advocate's contact. */
  'ADVOCATE_REQUIRED',
  /** A child's letter, and no guardian recorded to address it with. */
  'GUARDIAN_REQUIRED',
  /** The discreet form asked for a letter that does not go to a victim's home. */
  'DISCREET_NOT_APPLICABLE',
  /** The case's facts do not call for this letter (letter-applicability.ts says why). */
  'NOT_APPLICABLE',
  /** An exception where none may be made (a closure letter) or none is needed. */
  'EXCEPTION_REFUSED',
  'OVERRIDE_NOT_APPLICABLE',
] as const;
export type MergeDataErrorCode = (typeof MERGE_DATA_ERROR_CODES)[number];

/** Why merge data cannot be built, as a reason of the message catalogue; params name pseudonyms, never identities. */
export class MergeDataError extends Error {
  constructor(
    readonly code: MergeDataErrorCode,
    readonly refusal: ReasonRef,
  ) {
    super(messageText('en', `errors.${refusal.reason}`, refusal.params));
    this.name = 'MergeDataError';
  }
}

// ---- Consent ---------------------------------------------------------------------------------

/** Whether a victim decides through a guardian at `at`: a minor then, by date of birth or, without one, as recorded. */
export function decidesThroughGuardian(victim: VictimPerson, at: Instant, timeZone: string): boolean {
  const birth = victim.identity.dateOfBirth;
  if (birth && birth.precision !== 'unknown') {
    return assessAgeBandAt(birth, { precision: 'day', from: localDateOf(instantMs(at), timeZone) }).band === 'minor';
  }
  return victim.ageBand === 'minor' || victim.guardianPersonId !== undefined;
}

export interface IdentityConsent {
  given: boolean;
  /** The state that decides: for a minor, the weaker of the guardian's consent and the child's assent. */
  state: ConsentState;
  decisionIds: string[];
}

const STATE_WEAKNESS: Record<ConsentState, number> = { withdrawn: 3, refused: 2, none: 1, given: 0 };

/**
 * Whether a victim's recorded consent lets their identity go to `recipientName` for `purpose`
 * at `at` (R9). An adult's own decision in force counts. A minor needs both the guardian's
 * consent and the child's own assent (R4); when the guardian may not decide because they are
 * implicated (an exception recorded on the victim), the child's assent alone is read. A decision
 * limited to another recipient does not count.
 */
export function identityConsent(
  victim: VictimPerson,
  decisions: readonly ConsentDecision[],
  purpose: ConsentPurpose,
  recipientName: string,
  at: Instant,
  timeZone: string,
): IdentityConsent {
  const history = decisions.filter((decision) => decision.personId === victim.id);
  const query = { recipient: recipientName };
  const readings = decidesThroughGuardian(victim, at, timeZone)
    ? [
        effectiveConsent(history, purpose, at, { ...query, by: 'self' }),
        ...(victim.guardianConsentException
          ? []
          : [effectiveConsent(history, purpose, at, { ...query, by: 'guardian' })]),
      ]
    : [effectiveConsent(history, purpose, at, query)];
  const state = readings.reduce<ConsentState>(
    (weakest, reading) => (STATE_WEAKNESS[reading.state] > STATE_WEAKNESS[weakest] ? reading.state : weakest),
    'given',
  );
  return {
    given: readings.every((reading) => reading.state === 'given'),
    state,
    decisionIds: readings.flatMap((reading) => (reading.decision ? [reading.decision.id] : [])),
  };
}

// ---- Names in free text ------------------------------------------------------------------------

const NAME_PARTICLES = new Set([
  'bin',
  'bint',
  'ben',
  'ibn',
  'abu',
  'van',
  'von',
  'der',
  'den',
  'des',
  'del',
  'della',
  'dos',
  'das',
  'les',
  'mac',
]);

/** Patterns for a person's names: each full name first, then each part of three letters or more. */
function namePatterns(person: Person): string[] {
  const names = [person.identity.fullName, person.identity.otherNames].filter(
    (name): name is string => !!name && name.trim().length > 0,
  );
  const parts = names
    .flatMap((name) => name.split(/[\s,;()"'’-]+/u))
    .filter((part) => [...part].length >= 3 && !NAME_PARTICLES.has(part.toLowerCase()));
  return [...new Set([...names.map((name) => name.trim()), ...parts])].sort((a, b) => b.length - a.length);
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces the names of people a letter must not identify by their pseudonyms in text the
 * officer wrote (particulars, findings, evidence descriptions). A safety net, not the filter
 * itself: it catches names as recorded, not nicknames or descriptions.
 */
export function redactNames(text: string, people: readonly Person[]): string {
  let result = text;
  for (const person of people) {
    for (const pattern of namePatterns(person)) {
      const expression = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(pattern)}(?![\\p{L}\\p{N}])`, 'giu');
      result = result.replace(expression, person.code);
    }
  }
  return result;
}

// ---- Building ----------------------------------------------------------------------------------

/**
 * Whether the letter may be made, by the rules of letter-applicability.ts: refused with their reason
 * when it does not apply, unless an exception is given. A closure letter is never an exception (what
 * it tells the victim would be false), and an exception for a letter that applies anyway is refused.
 */
function assertApplies(input: MergeDataInput, fit: LetterFit): void {
  if (input.exception === undefined) {
    if (!fit.applies) throw new MergeDataError('NOT_APPLICABLE', fit.because);
    return;
  }
  if (RECIPIENT_OF_KIND[input.kind] === 'victim') {
    throw new MergeDataError('EXCEPTION_REFUSED', { reason: 'letters.closureNoException' });
  }
  if (fit.applies) {
    throw new MergeDataError('EXCEPTION_REFUSED', {
      reason: 'letters.exceptionNotNeeded',
      params: { kind: input.kind },
    });
  }
}

/** Clocks a contributing country acts on; incident-based clocks (medical, forensic) would tell about the victim. */
const NOTIFICATION_CLOCK_EVENTS: readonly ClockStartEvent[] = [
  'notification_to_tcc',
  'referral_for_investigation',
  'subject_rotation_date',
];

const byCode = <T extends { code: string }>(a: T, b: T): number =>
  a.code.localeCompare(b.code, 'en', { numeric: true });

function chooseSubject(kind: TemplateKind, people: readonly Person[], subjectId: string | undefined): SubjectPerson {
  const subjects = people.filter((person): person is SubjectPerson => person.role === 'subject');
  let subject: SubjectPerson | null;
  if (subjectId !== undefined) {
    subject = subjects.find((person) => person.id === subjectId) ?? null;
    if (!subject) throw new MergeDataError('UNKNOWN_PERSON', { reason: 'letters.subjectNotInCase' });
  } else if (subjects.length > 1) {
    throw new MergeDataError('SUBJECT_AMBIGUOUS', {
      reason: 'letters.subjectAmbiguous',
      params: { total: subjects.length },
    });
  } else {
    subject = subjects[0] ?? null;
  }
  // Even as an exception: a referral names the subject it is about.
  if (!subject) throw new MergeDataError('NOT_APPLICABLE', { reason: 'letters.noSubjectYet', params: { kind } });
  return subject;
}

const optional = (value: string | undefined): string => value ?? '';

function dateOf(at: Instant, timeZone: string, language: DocumentLanguage): string {
  return calendarDateWords(localDateOf(instantMs(at), timeZone), language);
}

/** Keeps only what `node` declares and `recipient` may see. */
export function pruneToSchema(value: MergeValue, node: FieldNode, recipient: Recipient): MergeValue | undefined {
  if (!node.visibleTo.includes(recipient)) return undefined;
  switch (node.kind) {
    case 'text':
      return typeof value === 'string' ? value : undefined;
    case 'flag':
      return typeof value === 'boolean' ? value : undefined;
    case 'list':
      return Array.isArray(value)
        ? value.flatMap((item) => pruneToSchema(item, node.item, recipient) ?? [])
        : undefined;
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return undefined;
      const out: { [key: string]: MergeValue } = {};
      for (const [key, child] of Object.entries(node.fields)) {
        if (!Object.hasOwn(value, key)) continue;
        const kept = pruneToSchema(value[key] as MergeValue, child, recipient);
        if (kept !== undefined) out[key] = kept;
      }
      return out;
    }
  }
}

interface BuildContext {
  input: MergeDataInput;
  letter: LetterDetails;
  overrides: IdentityOverride[];
  victims: VictimPerson[];
  data: MergeData;
  disclosures: IdentityDisclosure[];
  withheld: { personId: string; code: string }[];
  /** Set once the victim or the subject is chosen. */
  concernsPersonId?: string;
}

/** What every letter says: the case reference, the letter itself, the contact point. */
function commonData(input: MergeDataInput, letter: LetterDetails): MergeData {
  const { language } = input;
  const caseRecord = input.snapshot.case;
  return {
    case: {
      reference: caseRecord.reference,
      dateReceived: calendarDateWords(caseRecord.dateReceived, language),
      mission: caseRecord.entity,
    },
    letter: {
      date: dateOf(letter.at, letter.timeZone, language),
      reference: optional(letter.reference),
      place: optional(letter.place),
      author: letter.author.name,
      authorTitle: letter.author.title,
      recipientName: letter.recipientName,
      recipientAddress: optional(letter.recipientAddress),
    },
    contact: {
      name: letter.contact.name,
      title: optional(letter.contact.title),
      email: optional(letter.contact.email),
      phone: optional(letter.contact.phone),
      address: optional(letter.contact.address),
    },
  };
}

/**
 * The guardian a child's letter is addressed with, as the case records: the victim's own guardian,
 * else the guardian whose consent decisions for her are recorded (the latest). None when the
 * guardian may not decide for her (implicated: the exception recorded on her).
 */
function guardianOf(victim: VictimPerson, snapshot: CaseSnapshot): PersonOfRole<'guardian'> | null {
  if (victim.guardianConsentException) return null;
  const decided = [...snapshot.consents]
    .reverse()
    .find((decision) => decision.personId === victim.id && decision.guardianPersonId !== undefined);
  const guardianId = victim.guardianPersonId ?? decided?.guardianPersonId;
  const guardian = snapshot.people.find((person) => person.id === guardianId);
  return guardian?.role === 'guardian' ? guardian : null;
}

/** A closure letter: its own victim (and a child's guardian), the contacts and her outcome; nobody else. */
function addClosureData(context: BuildContext): void {
  const { input, letter, overrides, victims, data, disclosures } = context;
  const { kind, language, snapshot } = input;
  const caseRecord = snapshot.case;
  if (overrides.length > 0)
    throw new MergeDataError('OVERRIDE_NOT_APPLICABLE', { reason: 'letters.closureNamesOnlyVictim' });
  if (letter.victimId === undefined) throw new MergeDataError('VICTIM_REQUIRED', { reason: 'letters.victimRequired' });
  const victim = victims.find((person) => person.id === letter.victimId);
  if (!victim) throw new MergeDataError('UNKNOWN_PERSON', { reason: 'letters.victimNotInCase' });
  const facts = letterFactsOf(snapshot);
  assertApplies(input, letterFit(kind, facts, victim.id));
  const outcome = victimOutcome(
    facts,
    facts.victims!.find((candidate) => candidate.id === victim.id)!,
  );
  if (outcome.kind === null) throw new MergeDataError('NOT_APPLICABLE', outcome.because);
  if (letter.advocate === undefined)
    throw new MergeDataError('ADVOCATE_REQUIRED', { reason: 'letters.advocateRequired' });
  const minor = decidesThroughGuardian(victim, letter.at, letter.timeZone);
  const guardian = minor ? guardianOf(victim, snapshot) : null;
  if (minor && guardian === null && !victim.guardianConsentException) {
    throw new MergeDataError('GUARDIAN_REQUIRED', {
      reason: 'letters.guardianMissing',
      params: { person: victim.code },
    });
  }
  context.concernsPersonId = victim.id;
  const unnamed = snapshot.people.filter((person) => person.id !== victim.id && person.id !== guardian?.id);

  const claim = caseRecord.paternityClaim;
  data.victim = {
    code: victim.code,
    name: optional(victim.identity.fullName),
    language: victim.language ? languageWords(victim.language, language) : '',
    // French and Arabic agree with her recorded sex; unknown, the letter is worded so that nothing agrees.
    female: victim.sex === 'female',
    male: victim.sex === 'male',
    minor,
    paternityClaimed:
      claim.claimed &&
      (letter.paternityClaimantId !== undefined ? letter.paternityClaimantId === victim.id : victims.length === 1),
  };
  if (victim.identity.fullName)
    disclosures.push({ personId: victim.id, code: victim.code, fields: ['fullName'], basis: 'addressee' });
  if (guardian !== null) {
    data.guardian = { name: optional(guardian.identity.fullName) };
    if (guardian.identity.fullName)
      disclosures.push({ personId: guardian.id, code: guardian.code, fields: ['fullName'], basis: 'addressee' });
  }
  if (letter.assistance) {
    data.assistance = {
      name: letter.assistance.name,
      phone: optional(letter.assistance.phone),
      email: optional(letter.assistance.email),
      address: optional(letter.assistance.address),
    };
  }
  data.advocate = {
    name: letter.advocate.name,
    phone: optional(letter.advocate.phone),
    email: optional(letter.advocate.email),
    address: optional(letter.advocate.address),
  };
  data.letter = { ...(data.letter as Record<string, MergeValue>), discreet: letter.discreet === true };

  const last = caseRecord.statusHistory[caseRecord.statusHistory.length - 1];
  let reason = '';
  if (outcome.kind === 'closure_other') {
    reason =
      outcome.ground === 'other' && outcome.reasonToVictim !== undefined
        ? redactNames(outcome.reasonToVictim, unnamed)
        : documentLabelText(language, 'closureReasonToVictim', outcome.ground ?? 'other');
  }
  data.outcome = {
    // Her outcome's date (her subjects' latest finding, or her own record); a case closed by hand: its status's.
    closedOn:
      outcome.decidedOn !== null
        ? calendarDateWords(outcome.decidedOn, language)
        : last
          ? dateOf(last.at, letter.timeZone, language)
          : '',
    reason,
    decidedBy: outcome.decidedBy
      .map((entity) => documentLabelText(language, 'investigatingEntity', entity))
      .join(documentWords(language).and),
    whatFollows: letter.whatFollows !== undefined ? redactNames(letter.whatFollows, unnamed) : '',
  };
}

/** Each victim as pseudonym, sex and age band, named only under consent or an override (R9). */
function victimEntries(context: BuildContext, purpose: ConsentPurpose): MergeValue[] {
  const { input, letter, overrides, victims, disclosures, withheld } = context;
  const { language } = input;
  const victimIds = new Set(victims.map((victim) => victim.id));
  for (const override of overrides) {
    if (!victimIds.has(override.personId)) {
      throw new MergeDataError('OVERRIDE_NOT_APPLICABLE', { reason: 'letters.overrideNotVictim' });
    }
  }
  return victims.map((victim) => {
    const consent = identityConsent(
      victim,
      input.snapshot.consents,
      purpose,
      letter.consentRecipient ?? letter.recipientName,
      letter.at,
      letter.timeZone,
    );
    const override = overrides.find((candidate) => candidate.personId === victim.id);
    const name = victim.identity.fullName?.trim();
    const identified = !!name && (consent.given || override !== undefined);
    if (identified) {
      disclosures.push({
        personId: victim.id,
        code: victim.code,
        fields: ['fullName'],
        basis: consent.given ? 'consent' : 'override',
        consentState: consent.state,
        consentDecisionIds: consent.decisionIds,
        ...(consent.given ? {} : { overrideReason: (override as IdentityOverride).reason }),
      });
    } else {
      withheld.push({ personId: victim.id, code: victim.code });
    }
    return {
      code: victim.code,
      displayName: identified ? (name as string) : victim.code,
      identified,
      sex: documentLabelText(language, 'sexInText', victim.sex),
      ageBand: documentLabelText(language, 'ageBandInText', victim.ageBand),
      language: victim.language ? languageWords(victim.language, language) : '',
    };
  });
}

/** A referral: the allegation, the victims as the filter allows, the subject, evidence and clocks. */
function addReferralData(context: BuildContext, purpose: ConsentPurpose): void {
  const { input, letter, data, disclosures } = context;
  const { kind, language, snapshot } = input;
  const caseRecord = snapshot.case;
  const recipient = RECIPIENT_OF_KIND[kind];
  const subject = chooseSubject(kind, snapshot.people, letter.subjectId);
  assertApplies(input, letterFit(kind, letterFactsOf(snapshot), subject.id));
  context.concernsPersonId = subject.id;

  data.victims = victimEntries(context, purpose);
  const named = new Set([subject.id, ...disclosures.map((disclosure) => disclosure.personId)]);
  const unnamed = snapshot.people.filter((person) => !named.has(person.id));
  const free = (text: string | undefined): string => (text !== undefined ? redactNames(text, unnamed) : '');

  const claim = caseRecord.paternityClaim;
  data.case = {
    ...(data.case as Record<string, MergeValue>),
    category: caseRecord.category ? documentLabelText(language, 'caseCategory', caseRecord.category) : '',
    subtype: caseRecord.subtype ? documentLabelText(language, 'caseSubtype', caseRecord.subtype) : '',
    incidentDates: incidentDatesWords(caseRecord.incidentDates, language),
    location: caseRecord.location.confidentiality === 'strictly_confidential' ? '' : free(caseRecord.location.text),
    status: documentLabelText(language, 'caseStatus', caseRecord.status),
    investigatingEntity: caseRecord.investigatingEntity
      ? documentLabelText(language, 'investigatingEntity', caseRecord.investigatingEntity)
      : '',
    urgent: caseRecord.urgent,
    victimCount: String(context.victims.length),
    paternityClaimed: claim.claimed,
    paternityStatus: claim.claimed ? documentLabelText(language, 'paternityStatusInText', claim.status) : '',
  };

  const fields: IdentityField[] = subject.identity.fullName ? ['fullName'] : [];
  if (subject.identity.serviceNumber && recipient !== 'member_state') fields.push('serviceNumber');
  if (fields.length > 0)
    disclosures.push({ personId: subject.id, code: subject.code, fields, basis: 'subject_of_referral' });
  data.subject = {
    code: subject.code,
    name: optional(subject.identity.fullName),
    nationality: subject.nationality ? countryWords(subject.nationality, language) : '',
    category: documentLabelText(language, 'personnelCategory', subject.personnelCategory),
    unit: optional(subject.unitOrContingent),
    function: optional(subject.function),
    serviceNumber: optional(subject.identity.serviceNumber),
    rotationDate: subject.rotationOrContractEnd ? calendarDateWords(subject.rotationOrContractEnd, language) : '',
  };

  const finding = snapshot.subjectOutcomes?.find((entry) => entry.code === subject.code);
  const instrument = legalBasisOf(kind, subject.personnelCategory);
  // One flag per instrument: a template words each clause under its flag, so none is cited for a
  // person it does not cover; `none` when no instrument of this letter covers them (an exception).
  data.legalBasis = {
    gaResolutions: instrument === 'ga_resolutions',
    modelMou: instrument === 'model_mou',
    staffRules: instrument === 'staff_rules',
    unvConditions: instrument === 'unv_conditions',
    none: instrument === null,
  };
  const outcome = finding?.outcome ?? null;
  data.finding = {
    recorded: outcome !== null,
    substantiated: outcome === 'substantiated',
    notSubstantiated: outcome === 'not_substantiated',
    insufficientEvidence: outcome === 'insufficient_evidence',
    closedWithoutInvestigation: outcome === 'closed_without_investigation',
    decidedBy: finding?.decidingEntity
      ? documentLabelText(language, 'investigatingEntity', finding.decidingEntity)
      : '',
    decidedOn: finding?.decidedOn ? calendarDateWords(finding.decidedOn, language) : '',
  };
  const replyBy =
    letter.replyBy !== undefined
      ? calendarDateWords(letter.replyBy, language)
      : input.replyClock
        ? dateOf(input.replyClock.dueAt, input.replyClock.basis.timeZone, language)
        : '';
  data.reply = {
    due: replyBy,
    rule:
      letter.replyBy === undefined && input.replyClock
        ? clockRuleWords(
            input.replyClock.basis.duration.amount,
            input.replyClock.basis.duration.unit,
            input.replyClock.basis.startEvent,
            language,
          )
        : '',
  };
  data.annexes = (letter.annexes ?? []).map((title) => ({ title: free(title) }));
  data.letter = {
    ...(data.letter as Record<string, MergeValue>),
    particulars: free(letter.particulars),
    noteNumber: optional(letter.noteNumber),
  };
  data.referral = {
    reportReference: optional(letter.reportReference ?? finding?.reportReference),
    findings: free(letter.findings),
    subjectComments: free(letter.subjectComments),
    interimMeasures: free(letter.interimMeasures),
    dueProcess: free(letter.dueProcess),
  };

  // Working copies duplicate their original: the index lists each item once.
  data.evidence = [...(input.evidence ?? [])]
    .filter((item) => item.copyRole === 'evidentiary_original')
    .sort((a, b) => a.number.localeCompare(b.number, 'en', { numeric: true }))
    .map((item) => ({
      number: item.number,
      type: documentLabelText(language, 'evidenceType', item.type),
      description:
        item.confidentiality === 'strictly_confidential'
          ? documentWords(language).withheldDescription
          : free(item.description),
      collectedOn: dateOf(item.collectedAt, item.timeZone ?? letter.timeZone, language),
      status: documentLabelText(language, 'evidenceStatus', item.status),
    }));

  data.clocks = [...(input.clocks ?? [])]
    .filter((clock) => NOTIFICATION_CLOCK_EVENTS.includes(clock.deadline.basis.startEvent))
    .sort((a, b) => (a.deadline.dueAt < b.deadline.dueAt ? -1 : a.deadline.dueAt > b.deadline.dueAt ? 1 : 0))
    .map(({ name, deadline }) => ({
      name: clockNameWords(deadline.clockId, language) ?? name,
      due: dateOf(deadline.dueAt, deadline.basis.timeZone, language),
      rule: clockRuleWords(
        deadline.basis.duration.amount,
        deadline.basis.duration.unit,
        deadline.basis.startEvent,
        language,
      ),
      firmness: documentLabelText(language, 'firmness', deadline.firmness),
      urgent: deadline.basis.urgentApplied,
    }));
}

/**
 * Builds the merge data of one letter. For a referral, each victim is their pseudonym, age band
 * and sex, and their name only when their consent for the recipient's purpose is in force at
 * the letter's date or an override names them. A closure letter's data holds its own victim and
 * nothing of any other person. The result is pruned to what the recipient may see.
 */
export function buildMergeData(input: MergeDataInput): BuiltMergeData {
  const letter = LetterDetails.parse(input.letter);
  if (letter.discreet === true && RECIPIENT_OF_KIND[input.kind] !== 'victim')
    throw new MergeDataError('DISCREET_NOT_APPLICABLE', { reason: 'letters.discreetOnlyClosure' });
  if (input.exception !== undefined) LetterException.parse(input.exception);
  const recipient = RECIPIENT_OF_KIND[input.kind];
  const purpose = PURPOSE_OF_RECIPIENT[recipient];
  const context: BuildContext = {
    input,
    letter,
    overrides: (input.overrides ?? []).map((override) => IdentityOverride.parse(override)),
    victims: input.snapshot.people.filter((person): person is VictimPerson => person.role === 'victim').sort(byCode),
    data: commonData(input, letter),
    disclosures: [],
    withheld: [],
  };
  if (purpose === null) addClosureData(context);
  else addReferralData(context, purpose);
  if (context.concernsPersonId === undefined) throw new Error('merge data: the letter concerns nobody');
  return {
    recipient,
    purpose,
    data: pruneToSchema(context.data, MERGE_SCHEMA, recipient) as MergeData,
    disclosures: context.disclosures,
    withheld: context.withheld,
    concernsPersonId: context.concernsPersonId,
  };
}
