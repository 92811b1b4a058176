import { describe, expect, it } from 'vitest';
import {
  checkCaseClassification,
  checkIdentityDisclosure,
  checkInterviewCanBeConducted,
  type Letter,
} from '../../../shared/principles/index.js';
import type { CaseSnapshot } from '../../../shared/principles/snapshot.js';
import {
  cleanSnapshot,
  hoursAfter,
  makeCase,
  makeConsent,
  makeGuardian,
  makeInterview,
  makeSubject,
  makeVictim,
  summary,
  T0,
  withoutRiskAssessment,
} from './factories.js';

const t = (hours: number) => hoursAfter(T0, hours);

/** A victim's interview still planned, with consent recorded: ready to be held. */
const ready = (changes: Partial<CaseSnapshot> = {}): CaseSnapshot => ({
  ...cleanSnapshot(),
  interviews: [makeInterview({ id: 'int-2' })],
  ...changes,
});

describe('checkInterviewCanBeConducted', () => {
  it('lets an interview be held when consent and risk assessment are in place', () => {
    expect(checkInterviewCanBeConducted(ready(), 'int-2', t(3))).toEqual([]);
  });

  it('refuses without consent to the interview (R1)', () => {
    const findings = checkInterviewCanBeConducted(ready({ consents: [] }), 'int-2', t(3));
    expect(summary(findings)).toEqual(['R1_INTERVIEW_CONSENT_MISSING:block']);
    expect(findings[0]?.target).toEqual({ kind: 'interview', id: 'int-2' });
  });

  it('checks consent at the moment the interview is held', () => {
    // Consent was given at T0+1h: an interview dated before it is refused.
    expect(summary(checkInterviewCanBeConducted(ready(), 'int-2', t(0)))).toEqual([
      'R1_INTERVIEW_CONSENT_MISSING:block',
    ]);
  });

  it('refuses after the consent was withdrawn: given → withdrawn → interview refused (R2)', () => {
    const consents = [
      ...cleanSnapshot().consents,
      makeConsent('v1', 'interview', { decision: 'withdrawn', decidedAt: t(2) }),
    ];
    expect(summary(checkInterviewCanBeConducted(ready({ consents }), 'int-2', t(3)))).toEqual([
      'R2_ACTION_AFTER_REFUSAL:block',
    ]);
  });

  it('refuses a recorded interview without consent to the recording (R1)', () => {
    const interviews = [makeInterview({ id: 'int-2', recorded: true })];
    expect(summary(checkInterviewCanBeConducted(ready({ interviews }), 'int-2', t(3)))).toEqual([
      'R1_RECORDING_CONSENT_MISSING:block',
    ]);
  });

  it('refuses without a prior risk assessment (R3)', () => {
    const interviews = [withoutRiskAssessment(makeInterview({ id: 'int-2' }))];
    expect(summary(checkInterviewCanBeConducted(ready({ interviews }), 'int-2', t(3)))).toEqual([
      'R3_RISK_ASSESSMENT_MISSING:block',
    ]);
  });

  it("refuses a child's interview without the guardian's consent or the child's assent (R4)", () => {
    const people = [makeVictim({ ageBand: 'minor', guardianPersonId: 'g1' }), makeGuardian(), makeSubject()];
    const assent = makeConsent('v1', 'interview', { decidedAt: t(1) });
    const guardian = makeConsent('v1', 'interview', { by: 'guardian', guardianPersonId: 'g1', decidedAt: t(1) });
    const noPrior = { people, interviews: [makeInterview({ id: 'int-2' })] };
    expect(summary(checkInterviewCanBeConducted(ready({ ...noPrior, consents: [assent] }), 'int-2', t(3)))).toEqual([
      'R4_GUARDIAN_CONSENT_MISSING:block',
    ]);
    expect(summary(checkInterviewCanBeConducted(ready({ ...noPrior, consents: [guardian] }), 'int-2', t(3)))).toEqual([
      'R4_CHILD_ASSENT_MISSING:block',
    ]);
    expect(checkInterviewCanBeConducted(ready({ ...noPrior, consents: [guardian, assent] }), 'int-2', t(3))).toEqual(
      [],
    );
  });

  it("accepts the recorded exception in place of an implicated guardian's consent (R4)", () => {
    const exception = {
      reason: 'guardian_implicated',
      justification: 'The guardian is alleged to have arranged the abuse',
      recordedAt: t(0),
    };
    const people = [makeVictim({ ageBand: 'minor', guardianConsentException: exception }), makeSubject()];
    const consents = [makeConsent('v1', 'interview', { decidedAt: t(1) })];
    expect(
      checkInterviewCanBeConducted(
        ready({ people, consents, interviews: [makeInterview({ id: 'int-2' })] }),
        'int-2',
        t(3),
      ),
    ).toEqual([]);
  });

  it("refuses a child's repeat interview without written justification (R4)", () => {
    const people = [makeVictim({ ageBand: 'minor', guardianPersonId: 'g1' }), makeGuardian(), makeSubject()];
    const consents = [
      makeConsent('v1', 'interview', { decidedAt: t(1) }),
      makeConsent('v1', 'interview', { by: 'guardian', guardianPersonId: 'g1', decidedAt: t(1) }),
    ];
    const interviews = [...cleanSnapshot().interviews, makeInterview({ id: 'int-2' })];
    expect(summary(checkInterviewCanBeConducted(ready({ people, consents, interviews }), 'int-2', t(48)))).toEqual([
      'R4_REPEAT_WITHOUT_JUSTIFICATION:block',
    ]);
  });

  it("refuses a UN staff subject's interview without written notice and the offer of an observer (R10)", () => {
    const people = [makeVictim(), makeSubject({ personnelCategory: 'civilian_ns' })];
    const consents = [makeConsent('s1', 'interview', { decidedAt: t(1) })];
    const interviews = [makeInterview({ id: 'int-2', personId: 's1' })];
    expect(summary(checkInterviewCanBeConducted(ready({ people, consents, interviews }), 'int-2', t(3)))).toEqual([
      'R10_WRITTEN_NOTICE_MISSING:block',
      'R10_OBSERVER_NOT_OFFERED:block',
    ]);
  });

  it('returns only blocking findings about that interview', () => {
    // Not private (R7 warning) and another interview lacking consent: neither stops this one.
    const other = makeInterview({ id: 'int-3', personId: 'w1' });
    const interviews = [makeInterview({ id: 'int-2', place: { type: 'un_office', private: false } }), other];
    expect(checkInterviewCanBeConducted(ready({ interviews }), 'int-2', t(3))).toEqual([]);
  });

  it('defaults to the time on the interview, then to the snapshot time', () => {
    const snapshot = ready({ consents: [makeConsent('v1', 'interview', { decidedAt: t(3.5) })] });
    // asOf is T0+4h, after the consent.
    expect(checkInterviewCanBeConducted(snapshot, 'int-2')).toEqual([]);
  });

  it('throws for an interview that is not in the snapshot', () => {
    expect(() => checkInterviewCanBeConducted(ready(), 'nope')).toThrow(RangeError);
  });
});

describe('checkCaseClassification', () => {
  const child = (): CaseSnapshot => ({ ...cleanSnapshot(), people: [makeVictim({ ageBand: 'minor' }), makeSubject()] });

  it('never forces the category for a child victim (A/72/751 ¶67)', () => {
    expect(checkCaseClassification(child(), { category: 'SE', subtype: 'exploitative_relationship' })).toEqual([]);
    expect(checkCaseClassification(child(), { category: 'SA', subtype: 'rape' })).toEqual([]);
  });

  it('refuses closing as consensual while a victim is a child', () => {
    const snapshot = {
      ...child(),
      case: makeCase({
        status: 'under_investigation',
        statusHistory: [
          { from: null, to: 'preliminary_assessment', at: T0, reason: 'Report received' },
          { from: 'preliminary_assessment', to: 'under_investigation', at: t(1), reason: 'Credible' },
        ],
      }),
    };
    const closure = { status: 'not_substantiated', ground: 'consensual_between_adults' } as const;
    expect(summary(checkCaseClassification(snapshot, { closure }))).toEqual(['R5_CONSENSUAL_CLOSURE:block']);
    expect(checkCaseClassification({ ...snapshot, people: [makeVictim(), makeSubject()] }, { closure })).toEqual([]);
  });

  it('refuses closing as consensual when an exchange is alleged or a victim is under UN protection (R5b)', () => {
    const open = makeCase({
      status: 'under_investigation',
      allegedExchange: ['goods'],
      statusHistory: [
        { from: null, to: 'preliminary_assessment', at: T0, reason: 'Report received' },
        { from: 'preliminary_assessment', to: 'under_investigation', at: t(1), reason: 'Credible' },
      ],
    });
    const closure = { status: 'not_substantiated', ground: 'consensual_between_adults' } as const;
    expect(summary(checkCaseClassification({ ...cleanSnapshot(), case: open }, { closure }))).toEqual([
      'R5b_CONSENSUAL_CLOSURE:block',
    ]);
    const displaced = { ...cleanSnapshot(), people: [makeVictim({ atRiskPopulation: 'refugee' }), makeSubject()] };
    const noExchange = { ...open, allegedExchange: [] };
    expect(summary(checkCaseClassification({ ...displaced, case: noExchange }, { closure }))).toEqual([
      'R5b_CONSENSUAL_CLOSURE:block',
    ]);
  });

  it('allows anything for adult victims', () => {
    expect(checkCaseClassification(cleanSnapshot(), { category: 'SE', subtype: 'exploitative_relationship' })).toEqual(
      [],
    );
  });
});

describe('checkIdentityDisclosure', () => {
  const toAuthorities: Letter = {
    id: 'letter-new',
    kind: 'member_state_referral',
    recipientKind: 'national_authority',
    recipient: 'Permanent Mission',
    issuedAt: t(30),
    disclosures: [{ personId: 'v1', fields: ['fullName'] }],
  };

  it("refuses a letter carrying the victim's identity without consent", () => {
    expect(summary(checkIdentityDisclosure(cleanSnapshot(), { letter: toAuthorities }))).toEqual([
      'R9_DISCLOSURE_WITHOUT_CONSENT:block',
    ]);
  });

  it('allows it with consent to share with national authorities', () => {
    const consents = [makeConsent('v1', 'sharing_with_national_authorities', { decidedAt: t(10) })];
    expect(checkIdentityDisclosure({ ...cleanSnapshot(), consents }, { letter: toAuthorities })).toEqual([]);
  });

  it('checks a referral the same way', () => {
    const referral = {
      id: 'ref-new',
      personId: 'v1',
      service: 'legal' as const,
      status: 'in_progress' as const,
      offeredAt: t(2),
      referredAt: t(3),
      recipient: 'Legal aid',
      disclosures: [{ personId: 'v1', fields: ['contact' as const] }],
    };
    expect(summary(checkIdentityDisclosure(cleanSnapshot(), { referral }))).toEqual([
      'R9_DISCLOSURE_WITHOUT_CONSENT:block',
    ]);
  });
});
