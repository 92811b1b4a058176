import { computeDeadline, type Deadline } from '../../../shared/clocks/deadline.js';
import { clockById, DEFAULT_CLOCKS } from '../../../shared/clocks/clock.js';
import { Case, type CaseStatus, type ClosureGround } from '../../../shared/domain/case.js';
import { ConsentDecision, type ConsentPurpose } from '../../../shared/domain/consent.js';
import { EvidenceItem } from '../../../shared/domain/evidence.js';
import { Person, type PersonOfRole } from '../../../shared/domain/person.js';
import type { CaseSnapshot } from '../../../shared/principles/snapshot.js';
import type { LetterClock, LetterDetails } from '../../../shared/documents/merge-data.js';
import type { TemplateKind } from '../../../shared/documents/template.js';

/**
 * A sample case for letters: two victims (an adult and a child with a guardian), a witness, a
 * contingent member as subject, three evidence items and the notification clocks. Every record
 * goes through its schema, so no test rests on data the model would refuse. Names are marked
 * so a leak is easy to search for.
 */

const CASE_ID = 'case-42';
const T0 = '2026-03-02T08:00:00.000Z';
export const LETTER_AT = '2026-06-15T09:00:00.000Z';
export const ZONE = 'Africa/Bangui';

export const NAMES = {
  v1: 'Aline Mbekoname',
  v2: 'Grace Ndoloname',
  w1: 'Jules Witnessname',
  s1: 'Marco Subjectname',
  g1: 'Rose Guardianname',
} as const;

const after = (iso: string, days: number): string => new Date(Date.parse(iso) + days * 86_400_000).toISOString();

function makeCase(status: CaseStatus = 'under_investigation', ground?: ClosureGround): Case {
  const history: Case['statusHistory'] = [
    { from: null, to: 'preliminary_assessment', at: T0, reason: 'Report received' },
    { from: 'preliminary_assessment', to: 'under_investigation', at: after(T0, 2), reason: 'Credible allegation' },
  ];
  if (status !== 'under_investigation') {
    history.push({
      from: 'under_investigation',
      to: status,
      at: after(T0, 90),
      reason: 'Investigation report',
      ...(ground ? { closureGround: ground } : {}),
    });
  }
  return Case.parse({
    id: CASE_ID,
    reference: 'CF-2026-0042',
    title: 'Allegation V-01 V-02',
    summary: `Internal summary naming ${NAMES.v1}`,
    dateReceived: '2026-03-02',
    reportingChannel: 'community_based_complaint_mechanism',
    entity: 'MINUSCA',
    location: { text: 'Bambari, near the market', confidentiality: 'confidential' },
    category: 'SA',
    subtype: 'sexual_activity_with_minor',
    incidentDates: [{ precision: 'range', from: '2025-11', to: '2026-01-15', timeZone: ZONE }],
    investigatingEntity: 'joint_tcc_oios',
    urgent: true,
    reportingObligationAcknowledgedAt: T0,
    allegedExchange: ['money'],
    paternityClaim: { claimed: true, status: 'pending', dnaPermittedByNationalLaw: 'unknown', dnaSampleTaken: false },
    status,
    statusHistory: history,
    confidentiality: 'strictly_confidential',
    createdAt: T0,
    updatedAt: T0,
  });
}

const identity = (fullName: string) => ({
  fullName,
  contact: '+236 70 00 00 00',
  address: 'Quartier secret',
  confidentiality: 'strictly_confidential',
});

const as = <R extends Person['role']>(role: R, value: unknown): PersonOfRole<R> => {
  const person = Person.parse(value);
  if (person.role !== role) throw new Error(`built a ${person.role}`);
  return person as PersonOfRole<R>;
};

export const victim1 = () =>
  as('victim', {
    id: 'v1',
    caseId: CASE_ID,
    code: 'V-01',
    identity: identity(NAMES.v1),
    role: 'victim',
    sex: 'female',
    ageBand: 'adult',
    language: 'fr',
  });
export const victim2 = () =>
  as('victim', {
    id: 'v2',
    caseId: CASE_ID,
    code: 'V-02',
    identity: { ...identity(NAMES.v2), dateOfBirth: { precision: 'day', from: '2010-05-01' } },
    role: 'victim',
    sex: 'female',
    ageBand: 'minor',
    language: 'sg',
    guardianPersonId: 'g1',
  });
export const witness1 = () =>
  as('witness', {
    id: 'w1',
    caseId: CASE_ID,
    code: 'W-01',
    identity: identity(NAMES.w1),
    role: 'witness',
    sex: 'male',
    ageBand: 'adult',
    language: 'fr',
  });
export const guardian1 = () =>
  as('guardian', {
    id: 'g1',
    caseId: CASE_ID,
    code: 'G-01',
    identity: identity(NAMES.g1),
    role: 'guardian',
    relationship: 'parent',
    language: 'fr',
  });
export const subject1 = (overrides: Record<string, unknown> = {}) =>
  as('subject', {
    id: 's1',
    caseId: CASE_ID,
    code: 'S-01',
    identity: { fullName: NAMES.s1, serviceNumber: 'UY-778812', confidentiality: 'strictly_confidential' },
    role: 'subject',
    personnelCategory: 'military_mc',
    nationality: 'URY',
    unitOrContingent: 'Uruguayan infantry battalion, company B',
    function: 'Sergeant',
    rotationOrContractEnd: '2026-08-31',
    ...overrides,
  });

let consentSeq = 0;
export function consent(
  personId: string,
  purpose: ConsentPurpose,
  options: Partial<ConsentDecision> = {},
): ConsentDecision {
  consentSeq += 1;
  return ConsentDecision.parse({
    id: `consent-${consentSeq}`,
    caseId: CASE_ID,
    personId,
    purpose,
    decision: 'given',
    decidedAt: after(T0, 5),
    by: 'self',
    recordedAt: after(T0, 5),
    ...options,
  });
}

function makeSnapshot(parts: Partial<CaseSnapshot> = {}): CaseSnapshot {
  return {
    case: makeCase(),
    people: [victim1(), victim2(), witness1(), guardian1(), subject1()],
    consents: [],
    interviews: [],
    asOf: LETTER_AT,
    ...parts,
  };
}

export function makeEvidence(): EvidenceItem[] {
  const item = (id: string, number: string, fields: Record<string, unknown>) =>
    EvidenceItem.parse({
      id,
      caseId: CASE_ID,
      number,
      collectedAt: after(T0, 3),
      timeZone: ZONE,
      copyRole: 'evidentiary_original',
      storageLocation: 'Evidence locker 2',
      status: 'in_storage',
      confidentiality: 'confidential',
      personIds: [],
      interviewIds: [],
      markers: [],
      createdAt: after(T0, 3),
      updatedAt: after(T0, 3),
      ...fields,
    });
  return [
    item('e2', 'E-0002', { type: 'digital', description: `Phone messages sent to ${NAMES.v1} by the subject` }),
    item('e1', 'E-0001', { type: 'documentary', description: 'Payment receipts from the camp shop' }),
    item('e3', 'E-0003', {
      type: 'biological',
      description: 'Clothing of V-02 (medical exam)',
      confidentiality: 'strictly_confidential',
    }),
    item('e4', 'E-0004', {
      type: 'digital',
      description: 'Working copy of E-0002',
      copyRole: 'working_copy',
      originalId: 'e2',
    }),
  ];
}

export function makeClocks(): LetterClock[] {
  const notifiedAt = '2026-06-15T09:00:00.000Z';
  return ['tcc_investigation', 'nio_appointment', 'forensic_exam'].map((id) => {
    const clock = clockById(DEFAULT_CLOCKS, id);
    if (!clock) throw new Error(`no clock ${id}`);
    const start =
      clock.startEvent === 'incident' ? { precision: 'day' as const, from: '2026-01-15', timeZone: ZONE } : notifiedAt;
    const computed = computeDeadline(clock, start, { timeZone: ZONE, urgent: true });
    if (!computed.deadline) throw new Error('no deadline');
    return { name: clock.name, deadline: computed.deadline };
  });
}

/** The follow-up register's reply clock, counted from the letter's date: a referral asks for a reply by then. */
export function makeReplyClock(): Deadline {
  const clock = clockById(DEFAULT_CLOCKS, 'follow_up_reply');
  if (!clock) throw new Error('no reply clock');
  const computed = computeDeadline(clock, LETTER_AT, { timeZone: ZONE });
  if (!computed.deadline) throw new Error('no deadline');
  return computed.deadline;
}

function makeLetter(overrides: Partial<LetterDetails> = {}): LetterDetails {
  return {
    at: LETTER_AT,
    timeZone: ZONE,
    reference: 'OIOS/ID/2026/117',
    noteNumber: 'OLA/2026/0412',
    annexes: ['Evidence index (E-0001 to E-0004)', 'Statement of the person concerned'],
    place: 'Bangui',
    author: { name: 'Claire Signatory', title: 'Chief, Investigations Division' },
    recipientName: 'the Permanent Mission of Uruguay to the United Nations',
    recipientAddress:
      'Permanent Mission of Uruguay to the United Nations\n866 United Nations Plaza\nNew York, NY 10017',
    consentRecipient: 'Permanent Mission of Uruguay',
    contact: { name: 'Paul Contact', title: 'Legal Officer', email: 'contact@example.org', phone: '+1 212 555 0100' },
    assistance: {
      name: 'Victims’ Rights Advocate, MINUSCA',
      phone: '+236 72 00 00 01',
      email: 'vra@example.org',
      address: 'Bambari field office',
    },
    particulars: `The allegation was reported by a community worker. ${NAMES.w1} saw the subject with ${NAMES.v2}.`,
    reportReference: 'OIOS-ID-0117-26',
    findings: 'The evidence established that the subject paid for sexual acts with V-02, a child.',
    subjectComments: 'The subject denied the allegation.',
    interimMeasures: 'Payments suspended; the subject was confined to base.',
    dueProcess: 'Notified in writing on 10 April 2026 and told of the right to an observer.',
    whatFollows:
      `The findings were sent to the contributing country, which has opened proceedings ` + `against ${NAMES.s1}.`,
    ...overrides,
  };
}

const SUBJECT_FOR_KIND: Partial<Record<TemplateKind, Record<string, unknown>>> = {
  hr_referral: {
    personnelCategory: 'civilian_int',
    unitOrContingent: 'Mission Support Division',
    function: 'Logistics Officer',
    identity: { fullName: NAMES.s1, serviceNumber: 'IDX-301122', confidentiality: 'strictly_confidential' },
  },
  unv_referral: {
    personnelCategory: 'civilian_unv',
    unitOrContingent: 'Civil Affairs, Bambari',
    function: 'Community liaison volunteer',
    identity: { fullName: NAMES.s1, serviceNumber: 'UNV-55120', confidentiality: 'strictly_confidential' },
  },
  member_state_referral: {
    personnelCategory: 'police_unpol',
    unitOrContingent: 'UNPOL Bambari',
    function: 'Police adviser',
  },
};

const STATUS_FOR_KIND: Partial<Record<TemplateKind, [CaseStatus, ClosureGround]>> = {
  closure_substantiated: ['substantiated', 'facts_established'],
  closure_not_substantiated: ['not_substantiated', 'insufficient_evidence'],
  closure_other: ['closed_other', 'victim_declined_to_participate'],
};

/**
 * Referrals made once the investigation has substantiated the allegation (domain.md §4, A/72/751 ¶46),
 * and the follow-up to the contributing country, made once a finding is recorded (¶66).
 */
const AFTER_SUBSTANTIATION: readonly TemplateKind[] = [
  'member_state_referral',
  'tcc_follow_up',
  'hr_referral',
  'unv_referral',
];
/** The finding in force a referral summarises: who decided, when, on which report. */
const SUBSTANTIATED_BY_OIOS = {
  outcome: 'substantiated',
  decidingEntity: 'oios',
  decidedOn: '2026-05-20',
  reportReference: 'OIOS-ID-0117-26',
} as const;

/**
 * A closure letter is told from the findings on the subjects (issue 11): the finding each outcome
 * needs, decided by OIOS; a closure without investigation because V-02 chose not to take part is
 * her own record, since the case has two victims.
 */
const CLOSURE_FACTS: Partial<Record<TemplateKind, Partial<CaseSnapshot>>> = {
  closure_substantiated: { subjectOutcomes: [{ code: 'S-01', outcome: 'substantiated', decidingEntity: 'oios' }] },
  closure_not_substantiated: {
    subjectOutcomes: [{ code: 'S-01', outcome: 'insufficient_evidence', decidingEntity: 'oios' }],
  },
  closure_other: {
    subjectOutcomes: [
      {
        code: 'S-01',
        outcome: 'closed_without_investigation',
        closureGround: 'victim_declined_to_participate',
        decidingEntity: 'oios',
      },
    ],
    victimClosures: [
      {
        id: 'vc2',
        personId: 'v2',
        code: 'V-02',
        ground: 'victim_declined_to_participate',
        decidedBy: 'oios',
        decidedOn: '2026-05-02',
        recordedAt: '2026-05-02T10:00:00.000Z',
        recordedBy: 'test',
      },
    ],
  },
};

/** The sample case as it stands when a letter of `kind` is written: right subject, right outcome. */
export function snapshotFor(kind: TemplateKind, parts: Partial<CaseSnapshot> = {}): CaseSnapshot {
  const [status, ground] = STATUS_FOR_KIND[kind] ?? ['under_investigation', undefined];
  const subject = subject1(SUBJECT_FOR_KIND[kind] ?? {});
  return makeSnapshot({
    case: makeCase(status, ground),
    people: [victim1(), victim2(), witness1(), guardian1(), subject],
    subjectOutcomes: [
      AFTER_SUBSTANTIATION.includes(kind)
        ? { code: subject.code, ...SUBSTANTIATED_BY_OIOS }
        : { code: subject.code, outcome: null },
    ],
    ...CLOSURE_FACTS[kind],
    ...parts,
  });
}

/** Letter details as the officer would give them for `kind`. */
export function letterFor(kind: TemplateKind, overrides: Partial<LetterDetails> = {}): LetterDetails {
  const addressee: Partial<Record<TemplateKind, Partial<LetterDetails>>> = {
    hr_referral: {
      recipientName: 'Director, Human Resources Services Division',
      recipientAddress: undefined,
      consentRecipient: 'Office of Human Resources',
    },
    unv_referral: {
      recipientName: 'Chief, Conduct and Discipline, UNV programme',
      recipientAddress: undefined,
      consentRecipient: 'UNV programme',
    },
  };
  const closure = kind.startsWith('closure_');
  return makeLetter({
    ...(closure
      ? {
          victimId: 'v2',
          paternityClaimantId: 'v2',
          recipientName: 'V-02',
          recipientAddress: undefined,
          advocate: { name: 'Marie Ngaba', phone: '+236 72 00 00 01', address: 'Field office, Bambari' },
        }
      : {}),
    ...addressee[kind],
    ...overrides,
  });
}
