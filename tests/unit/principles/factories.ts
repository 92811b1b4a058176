import { Case } from '../../../shared/domain/case.js';
import { ConsentDecision, type ConsentPurpose } from '../../../shared/domain/consent.js';
import { Interview } from '../../../shared/domain/interview.js';
import { Person, type PersonOfRole } from '../../../shared/domain/person.js';
import type { CaseSnapshot } from '../../../shared/principles/snapshot.js';

/**
 * Small builders for snapshots. Every record goes through its zod schema, so a test cannot
 * rest on data the real model would refuse. The defaults describe a case run by the book:
 * tests change one thing and look for one finding.
 */

const CASE_ID = 'case-1';
/** Report received 1 March 2026; the incident was on 27 February in Bangui. */
const RECEIVED = '2026-03-01';
export const T0 = '2026-03-01T08:00:00.000Z';
export const hoursAfter = (iso: string, hours: number): string =>
  new Date(Date.parse(iso) + hours * 3_600_000).toISOString();

export function makeCase(overrides: Partial<Case> = {}): Case {
  return Case.parse({
    id: CASE_ID,
    reference: 'CF-2026-0001',
    title: 'Allegation V-01',
    summary: '',
    dateReceived: RECEIVED,
    reportingChannel: 'hotline',
    entity: 'MINUSCA',
    location: { text: 'Site A', confidentiality: 'strictly_confidential' },
    category: 'SA',
    subtype: 'sexual_assault',
    incidentDates: [{ precision: 'day', from: '2026-02-27', timeZone: 'Africa/Bangui' }],
    investigatingEntity: 'oios',
    urgent: false,
    reportingObligationAcknowledgedAt: T0,
    allegedExchange: [],
    paternityClaim: { claimed: false },
    status: 'preliminary_assessment',
    statusHistory: [{ from: null, to: 'preliminary_assessment', at: T0, reason: 'Report received' }],
    confidentiality: 'confidential',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  });
}

/** The case taken from intake to `to` through investigation, with a closure ground if it closes. */
export function closedCase(
  to: 'substantiated' | 'not_substantiated' | 'closed_other',
  closureGround: Case['statusHistory'][number]['closureGround'],
  overrides: Partial<Case> = {},
): Case {
  return makeCase({
    status: to,
    statusHistory: [
      { from: null, to: 'preliminary_assessment', at: T0, reason: 'Report received' },
      {
        from: 'preliminary_assessment',
        to: 'under_investigation',
        at: hoursAfter(T0, 24),
        reason: 'Credible allegation',
      },
      { from: 'under_investigation', to, at: hoursAfter(T0, 24 * 90), reason: 'Investigation report', closureGround },
    ],
    ...overrides,
  });
}

const base = (id: string, code: string) => ({
  id,
  caseId: CASE_ID,
  code,
  identity: { fullName: `Name of ${code} (secret)`, confidentiality: 'strictly_confidential' },
  confidentiality: 'confidential',
});

const asRole = <R extends Person['role']>(role: R, value: unknown): PersonOfRole<R> => {
  const person = Person.parse(value);
  if (person.role !== role) throw new Error(`factory built a ${person.role}, not a ${role}`);
  return person as PersonOfRole<R>;
};

export const makeVictim = (overrides: Record<string, unknown> = {}) =>
  asRole('victim', {
    ...base('v1', 'V-01'),
    role: 'victim',
    sex: 'female',
    ageBand: 'adult',
    language: 'fr',
    ...overrides,
  });

export const makeWitness = (overrides: Record<string, unknown> = {}) =>
  asRole('witness', {
    ...base('w1', 'W-01'),
    role: 'witness',
    sex: 'male',
    ageBand: 'adult',
    language: 'sg',
    ...overrides,
  });

export const makeSubject = (overrides: Record<string, unknown> = {}) =>
  asRole('subject', {
    ...base('s1', 'S-01'),
    role: 'subject',
    personnelCategory: 'military_mc',
    nationality: 'XYZ',
    ...overrides,
  });

export const makeGuardian = (overrides: Record<string, unknown> = {}) =>
  asRole('guardian', { ...base('g1', 'G-01'), role: 'guardian', relationship: 'parent', language: 'fr', ...overrides });

export const makeInterpreter = (overrides: Record<string, unknown> = {}) =>
  asRole('interpreter', {
    ...base('i1', 'I-01'),
    role: 'interpreter',
    languages: ['fr', 'sg'],
    vetting: { vetted: true, vettedOn: '2026-01-10' },
    ...overrides,
  });

let consentSeq = 0;
export function makeConsent(
  personId: string,
  purpose: ConsentPurpose,
  options: Partial<Omit<ConsentDecision, 'personId' | 'purpose'>> = {},
): ConsentDecision {
  consentSeq += 1;
  return ConsentDecision.parse({
    id: `consent-${consentSeq}`,
    caseId: CASE_ID,
    personId,
    purpose,
    decision: 'given',
    decidedAt: T0,
    by: 'self',
    recordedAt: options.decidedAt ?? T0,
    ...options,
  });
}

/** A planned interview meeting every principle; `conducted(...)` turns it into a held one. */
export function makeInterview(overrides: Partial<Interview> = {}): Interview {
  return Interview.parse({
    id: 'int-1',
    caseId: CASE_ID,
    personId: 'v1',
    status: 'planned',
    scheduledAt: hoursAfter(T0, 2),
    timeZone: 'Africa/Bangui',
    place: { type: 'ngo_premises', private: true },
    team: [
      { name: 'Investigator One', gender: 'female', role: 'lead', trainedInChildInterviewing: true },
      { name: 'Investigator Two', gender: 'male', role: 'co_interviewer', trainedInChildInterviewing: false },
    ],
    genderPreference: { offered: true, preferred: 'female' },
    supportPerson: { offered: true, present: true },
    language: 'fr',
    recorded: false,
    riskAssessment: {
      assessedAt: T0,
      level: 'medium',
      risks: 'Could be seen entering the premises',
      mitigations: 'Side entrance',
      proceed: true,
    },
    notes: { blocks: [] },
    amendments: [],
    ...overrides,
  });
}

export const conducted = (interview: Interview, at = hoursAfter(T0, 2)): Interview =>
  Interview.parse({ ...interview, status: 'conducted', conductedAt: at });

function makeSnapshot(parts: Partial<CaseSnapshot> = {}): CaseSnapshot {
  return {
    case: makeCase(),
    people: [makeVictim()],
    consents: [],
    interviews: [],
    asOf: hoursAfter(T0, 4),
    ...parts,
  };
}

/**
 * A case handled by the book: adult victim V-01 interviewed with consent after a risk
 * assessment, assistance and a forensic examination offered at that first contact, the
 * contingent member S-01's country notified. No rule has anything to say about it.
 */
export function cleanSnapshot(): CaseSnapshot {
  const firstContact = hoursAfter(T0, 2);
  return makeSnapshot({
    people: [makeVictim(), makeWitness(), makeSubject()],
    consents: [makeConsent('v1', 'interview', { decidedAt: hoursAfter(T0, 1) })],
    interviews: [conducted(makeInterview(), firstContact)],
    referrals: [
      { id: 'ref-1', personId: 'v1', service: 'medical', status: 'offered', offeredAt: firstContact, disclosures: [] },
    ],
    forensicExams: [{ id: 'exam-1', personId: 'v1', status: 'offered', at: firstContact }],
    letters: [
      {
        id: 'letter-1',
        kind: 'contributing_country_notification',
        recipientKind: 'national_authority',
        recipient: 'Permanent Mission of the contributing country',
        concernsPersonId: 's1',
        issuedAt: hoursAfter(T0, 3),
        disclosures: [],
      },
    ],
  });
}

/** `CODE:severity` of each finding, for compact assertions. */
export const summary = (findings: readonly { code: string; severity: string }[]): string[] =>
  findings.map((f) => `${f.code}:${f.severity}`);

export function withoutRiskAssessment(interview: Interview): Interview {
  const { riskAssessment: _dropped, ...rest } = interview;
  return Interview.parse(rest);
}
