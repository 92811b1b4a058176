import { effectiveConsent, type ConsentPurpose, type ConsentState } from '../domain/consent.js';
import {
  ageBandAtIncident,
  type AgeBandAtIncident,
  type Person,
  type PersonOfRole,
  type PersonRole,
} from '../domain/person.js';
import type { Instant } from '../domain/primitives.js';
import type { FindingParams, FindingVariant, MessageParams } from '../i18n/catalogue.js';
import { messageText } from '../i18n/messages.js';
import type { Finding, FindingCode, RuleId, Severity, TargetKind } from './finding.js';
import type { CaseSnapshot, InterviewFacts } from './snapshot.js';

/** What the rules ask of a snapshot, asked once here so every rule reads it the same way. */

/**
 * A snapshot's lists indexed once, the first time a rule asks: the rules ask person by person, and
 * searching the whole list each time made a large case's checklist quadratic (5,000 people asked
 * of for each of 2,000 interviews). Keyed by the list itself, which a snapshot never changes.
 */
const peopleIndexes = new WeakMap<readonly Person[], Map<string, Person>>();
const personIndexes = new WeakMap<readonly object[], Map<string | undefined, readonly object[]>>();

export function personById(snapshot: CaseSnapshot, id: string | undefined): Person | undefined {
  if (id === undefined) return undefined;
  let index = peopleIndexes.get(snapshot.people);
  if (!index) {
    index = new Map();
    // The first of a duplicated id, as a search from the start would find.
    for (const person of snapshot.people) if (!index.has(person.id)) index.set(person.id, person);
    peopleIndexes.set(snapshot.people, index);
  }
  return index.get(id);
}

/** The records of `records` about `personId`, in their order. */
export function recordsOfPerson<T extends { personId?: string | undefined }>(
  records: readonly T[],
  personId: string,
): readonly T[] {
  let index = personIndexes.get(records) as Map<string | undefined, T[]> | undefined;
  if (!index) {
    index = new Map();
    for (const record of records) {
      const list = index.get(record.personId);
      if (list) list.push(record);
      else index.set(record.personId, [record]);
    }
    personIndexes.set(records, index);
  }
  return index.get(personId) ?? [];
}

/** The pseudonym code, the only way a message may name a person. */
export function codeOf(snapshot: CaseSnapshot, personId: string | undefined): string {
  // A dash, never words: the text goes into every language's message.
  return personById(snapshot, personId)?.code ?? '—';
}

export function peopleOfRole<R extends PersonRole>(snapshot: CaseSnapshot, role: R): PersonOfRole<R>[] {
  return snapshot.people.filter((person): person is PersonOfRole<R> => person.role === role);
}

export function ageBandOf(snapshot: CaseSnapshot, person: PersonOfRole<'victim' | 'witness'>): AgeBandAtIncident {
  return ageBandAtIncident(person, snapshot.case.incidentDates, snapshot.case.dateReceived);
}

/** A victim who is, or may be, under 18 at the incident: owed a child's protections (R4, R5). */
export function isChildVictim(snapshot: CaseSnapshot, person: Person | undefined): person is PersonOfRole<'victim'> {
  return person?.role === 'victim' && ageBandOf(snapshot, person).band === 'minor';
}

export const childVictims = (snapshot: CaseSnapshot): PersonOfRole<'victim'>[] =>
  peopleOfRole(snapshot, 'victim').filter((victim) => isChildVictim(snapshot, victim));

/** Interviews that took place (conducted, or conducted and signed). */
export const hasTakenPlace = (interview: InterviewFacts): interview is InterviewFacts & { conductedAt: Instant } =>
  (interview.status === 'conducted' || interview.status === 'signed') && interview.conductedAt !== undefined;

// ---- Consent, as each kind of person must give it -----------------------------------------

/** self: the person's own consent; guardian + assent: a child victim's guardian and the child. */
export type ConsentParty = 'self' | 'guardian' | 'assent';

export interface PartyConsent {
  party: ConsentParty;
  /** 'excepted': a recorded exception stands in for the guardian, who is implicated (R4). */
  state: ConsentState | 'excepted';
}

/**
 * Whose consent `purpose` needs from `personId` at `at`, and where each stands. A child victim
 * needs the guardian's consent (or the recorded exception) and the child's own assent; anyone
 * else, their own consent.
 */
export function consentParties(
  snapshot: CaseSnapshot,
  personId: string,
  purpose: ConsentPurpose,
  at: Instant,
  recipient?: string,
): PartyConsent[] {
  const person = personById(snapshot, personId);
  const history = recordsOfPerson(snapshot.consents, personId);
  const stateBy = (by: 'self' | 'guardian'): ConsentState =>
    effectiveConsent(history, purpose, at, { by, recipient }).state;
  if (isChildVictim(snapshot, person)) {
    const exception = person.guardianConsentException;
    const guardian = exception && exception.recordedAt <= at ? 'excepted' : stateBy('guardian');
    return [
      { party: 'guardian', state: guardian },
      { party: 'assent', state: stateBy('self') },
    ];
  }
  return [{ party: 'self', state: stateBy('self') }];
}

export const isSatisfied = (parties: readonly PartyConsent[]): boolean =>
  parties.every(({ state }) => state === 'given' || state === 'excepted');

/** Parties with nothing recorded (R1/R4), and parties who said no (R2). */
export const unrecordedParties = (parties: readonly PartyConsent[]): PartyConsent[] =>
  parties.filter((p) => p.state === 'none');
export const refusingParties = (parties: readonly PartyConsent[]): PartyConsent[] =>
  parties.filter((p) => p.state === 'refused' || p.state === 'withdrawn');

// ---- Building findings ---------------------------------------------------------------------

/**
 * English words already written, by catalogue key and params: the checklist asks again for the same
 * findings at each page and each time its tab opens, and writing words from the catalogue costs more
 * than finding them. Bounded: emptied when full. Params name people by pseudonym code only.
 */
const worded = new Map<string, string>();
const WORDED_MAX = 10_000;

function englishText(key: string, values: MessageParams): string {
  const memo = `${key}\n${JSON.stringify(values)}`;
  let text = worded.get(memo);
  if (text === undefined) {
    text = messageText('en', key, values);
    if (worded.size >= WORDED_MAX) worded.clear();
    worded.set(memo, text);
  }
  return text;
}

/**
 * A finding of `code` in the wording `variant`, its English message and fix written from the
 * catalogue with `params` (which the UI renders again in the user's language). The two are worded
 * when first read, once: counting findings (the cases list's blocking counts) words none.
 */
export function finding<C extends FindingCode, V extends FindingVariant<C>>(
  rule: RuleId,
  code: C,
  variant: V,
  severity: Severity,
  target: { kind: TargetKind; id: string } | undefined,
  params: FindingParams<C, V>,
): Finding {
  const values = params as MessageParams;
  const key = `findings.${code}.${variant}`;
  // The words are put in place of the empty ones below, as getters.
  const found: Finding = { rule, code, variant, severity, message: '', fix: '' };
  for (const part of ['message', 'fix'] as const) {
    Object.defineProperty(found, part, {
      enumerable: true,
      configurable: true,
      get() {
        const text = englishText(`${key}.${part}`, values);
        Object.defineProperty(found, part, { value: text, enumerable: true, writable: true, configurable: true });
        return text;
      },
    });
  }
  if (target) found.target = target;
  if (Object.keys(values).length > 0) found.params = values;
  return found;
}

export const HOUR_MS = 3_600_000;
