import { describe, expect, it } from 'vitest';
import {
  r01InformedConsent,
  r02RefusalRespected,
  r03RiskAssessment,
  r04ChildVictims,
} from '../../../shared/principles/index.js';
import type { Interview } from '../../../shared/domain/interview.js';
import type { CaseSnapshot } from '../../../shared/principles/snapshot.js';
import {
  cleanSnapshot,
  conducted,
  hoursAfter,
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
const with_ = (changes: Partial<CaseSnapshot>): CaseSnapshot => ({ ...cleanSnapshot(), ...changes });

describe('R1 informed consent before the interview, per purpose', () => {
  it('passes with the consent to the interview recorded before it', () => {
    expect(r01InformedConsent.evaluate(cleanSnapshot())).toEqual([]);
  });

  it('blocks an interview held with no consent recorded', () => {
    const findings = r01InformedConsent.evaluate(with_({ consents: [] }));
    expect(summary(findings)).toEqual(['R1_INTERVIEW_CONSENT_MISSING:block']);
    expect(findings[0]?.target).toEqual({ kind: 'interview', id: 'int-1' });
    expect(findings[0]?.message).toContain('V-01');
  });

  it('blocks when the consent is dated after the interview', () => {
    const late = makeConsent('v1', 'interview', { decidedAt: t(5) });
    expect(summary(r01InformedConsent.evaluate(with_({ consents: [late] })))).toEqual([
      'R1_INTERVIEW_CONSENT_MISSING:block',
    ]);
  });

  it('only reminds for a planned interview', () => {
    expect(summary(r01InformedConsent.evaluate(with_({ consents: [], interviews: [makeInterview()] })))).toEqual([
      'R1_INTERVIEW_CONSENT_MISSING:info',
    ]);
  });

  it('needs a separate consent to record', () => {
    const recorded = conducted(makeInterview({ recorded: true }));
    expect(summary(r01InformedConsent.evaluate(with_({ interviews: [recorded] })))).toEqual([
      'R1_RECORDING_CONSENT_MISSING:block',
    ]);
    const consents = [...cleanSnapshot().consents, makeConsent('v1', 'recording', { decidedAt: t(1) })];
    expect(r01InformedConsent.evaluate(with_({ interviews: [recorded], consents }))).toEqual([]);
  });

  it('needs consent to a medical examination that took place', () => {
    const forensicExams = [
      { id: 'exam-1', personId: 'v1', status: 'conducted' as const, at: t(3), providerQualified: true },
    ];
    expect(summary(r01InformedConsent.evaluate(with_({ forensicExams })))).toEqual([
      'R1_MEDICAL_EXAM_CONSENT_MISSING:block',
    ]);
    const consents = [...cleanSnapshot().consents, makeConsent('v1', 'medical_exam', { decidedAt: t(2) })];
    expect(r01InformedConsent.evaluate(with_({ forensicExams, consents }))).toEqual([]);
  });

  it('needs consent to forensic sampling from a person', () => {
    const evidence = [
      {
        id: 'ev-1',
        number: 'E-0001',
        type: 'biological' as const,
        copyRole: 'evidentiary_original' as const,
        fromPersonId: 'v1',
        collectedAt: t(3),
        storageLocation: 'Lab fridge 2',
        custodyEvents: [{ at: t(3), kind: 'collected' as const }],
      },
    ];
    const findings = r01InformedConsent.evaluate(with_({ evidence }));
    expect(summary(findings)).toEqual(['R1_SAMPLING_CONSENT_MISSING:block']);
    expect(findings[0]?.params).toMatchObject({ person: 'V-01', evidence: 'E-0001' });
    const consents = [...cleanSnapshot().consents, makeConsent('v1', 'forensic_sampling', { decidedAt: t(2) })];
    expect(r01InformedConsent.evaluate(with_({ evidence, consents }))).toEqual([]);
  });

  it('needs consent to a referral made, to that recipient', () => {
    const referrals = [
      {
        id: 'ref-2',
        personId: 'v1',
        service: 'psychosocial' as const,
        status: 'in_progress' as const,
        offeredAt: t(2),
        referredAt: t(3),
        recipient: 'Centre A',
        disclosures: [],
      },
    ];
    expect(summary(r01InformedConsent.evaluate(with_({ referrals })))).toEqual(['R1_REFERRAL_CONSENT_MISSING:block']);
    const toOther = [
      ...cleanSnapshot().consents,
      makeConsent('v1', 'referral_to_services', { decidedAt: t(2), recipient: 'Centre B' }),
    ];
    expect(summary(r01InformedConsent.evaluate(with_({ referrals, consents: toOther })))).toEqual([
      'R1_REFERRAL_CONSENT_MISSING:block',
    ]);
    const toThis = [
      ...cleanSnapshot().consents,
      makeConsent('v1', 'referral_to_services', { decidedAt: t(2), recipient: 'Centre A' }),
    ];
    expect(r01InformedConsent.evaluate(with_({ referrals, consents: toThis }))).toEqual([]);
  });

  it("leaves a child victim's consent to the interview to R4", () => {
    expect(r01InformedConsent.evaluate(with_({ people: [makeVictim({ ageBand: 'minor' })], consents: [] }))).toEqual(
      [],
    );
  });
});

describe('R2 refusal and withdrawal respected', () => {
  const given = makeConsent('v1', 'interview', { decidedAt: t(0) });

  it('passes when the withdrawal comes after the interview', () => {
    const withdrawnLater = makeConsent('v1', 'interview', { decision: 'withdrawn', decidedAt: t(10) });
    expect(r02RefusalRespected.evaluate(with_({ consents: [given, withdrawnLater] }))).toEqual([]);
  });

  it('blocks an interview held after consent was withdrawn (given → withdrawn → interview)', () => {
    const withdrawn = makeConsent('v1', 'interview', { decision: 'withdrawn', decidedAt: t(1) });
    const snapshot = with_({ consents: [given, withdrawn] });
    expect(summary(r02RefusalRespected.evaluate(snapshot))).toEqual(['R2_ACTION_AFTER_REFUSAL:block']);
    // R1 does not also report it: the consent was recorded, then withdrawn.
    expect(r01InformedConsent.evaluate(snapshot)).toEqual([]);
  });

  it('warns on a planned interview the person has refused', () => {
    const refused = makeConsent('v1', 'interview', { decision: 'refused', decidedAt: t(1) });
    const findings = r02RefusalRespected.evaluate(with_({ consents: [refused], interviews: [makeInterview()] }));
    expect(summary(findings)).toEqual(['R2_PLANNED_AFTER_REFUSAL:warn']);
    expect(findings[0]?.message).toContain('refused');
  });

  it('blocks a referral made after the referral consent was withdrawn', () => {
    const consents = [
      given,
      makeConsent('v1', 'referral_to_services', { decidedAt: t(2) }),
      makeConsent('v1', 'referral_to_services', { decision: 'withdrawn', decidedAt: t(3) }),
    ];
    const referrals = [
      {
        id: 'ref-2',
        personId: 'v1',
        service: 'legal' as const,
        status: 'in_progress' as const,
        offeredAt: t(2),
        referredAt: t(4),
        recipient: 'Legal aid',
        disclosures: [],
      },
    ];
    expect(summary(r02RefusalRespected.evaluate(with_({ consents, referrals })))).toEqual([
      'R2_ACTION_AFTER_REFUSAL:block',
    ]);
  });

  it('blocks an interview of a child after the child withdrew assent, though the guardian consented', () => {
    const people = [makeVictim({ ageBand: 'minor', guardianPersonId: 'g1' }), makeGuardian()];
    const consents = [
      makeConsent('v1', 'interview', { by: 'guardian', guardianPersonId: 'g1', decidedAt: t(0) }),
      makeConsent('v1', 'interview', { decidedAt: t(0) }),
      makeConsent('v1', 'interview', { decision: 'withdrawn', decidedAt: t(1) }),
    ];
    const findings = r02RefusalRespected.evaluate(with_({ people, consents }));
    expect(summary(findings)).toEqual(['R2_ACTION_AFTER_REFUSAL:block']);
    expect(findings[0]?.message).toContain("child's assent had been withdrawn");
  });
});

describe('R3 do-no-harm assessment before contact', () => {
  const interviewWith = (riskAssessment: Interview['riskAssessment']) =>
    conducted(riskAssessment ? makeInterview({ riskAssessment }) : withoutRiskAssessment(makeInterview()));

  it('passes with an assessment made before the interview', () => {
    expect(r03RiskAssessment.evaluate(cleanSnapshot())).toEqual([]);
  });

  it('blocks an interview held without an assessment', () => {
    expect(summary(r03RiskAssessment.evaluate(with_({ interviews: [interviewWith(undefined)] })))).toEqual([
      'R3_RISK_ASSESSMENT_MISSING:block',
    ]);
  });

  it('blocks an assessment dated after the contact', () => {
    const late = {
      assessedAt: t(3),
      level: 'low' as const,
      risks: 'Seen by neighbours',
      mitigations: '',
      proceed: true,
    };
    expect(summary(r03RiskAssessment.evaluate(with_({ interviews: [interviewWith(late)] })))).toEqual([
      'R3_RISK_ASSESSMENT_MISSING:block',
    ]);
  });

  it('blocks an interview the assessment advised against', () => {
    const against = {
      assessedAt: t(0),
      level: 'high' as const,
      risks: 'Subject lives next door',
      mitigations: '',
      proceed: false,
    };
    expect(summary(r03RiskAssessment.evaluate(with_({ interviews: [interviewWith(against)] })))).toEqual([
      'R3_CONTACT_ADVISED_AGAINST:block',
    ]);
  });

  it('warns before a planned interview without one', () => {
    expect(
      summary(r03RiskAssessment.evaluate(with_({ interviews: [withoutRiskAssessment(makeInterview())] }))),
    ).toEqual(['R3_RISK_ASSESSMENT_MISSING:warn']);
  });

  it('does not apply to a subject', () => {
    const subjectInterview = conducted(withoutRiskAssessment(makeInterview({ personId: 's1' })));
    expect(r03RiskAssessment.evaluate(with_({ interviews: [subjectInterview] }))).toEqual([]);
  });
});

describe('R4 child victims', () => {
  const child = (overrides: Record<string, unknown> = {}) =>
    makeVictim({ ageBand: 'minor', guardianPersonId: 'g1', ...overrides });
  const guardianConsent = makeConsent('v1', 'interview', { by: 'guardian', guardianPersonId: 'g1', decidedAt: t(0) });
  const assent = makeConsent('v1', 'interview', { decidedAt: t(1) });
  const childCase = (changes: Partial<CaseSnapshot> = {}) =>
    with_({ people: [child(), makeGuardian(), makeSubject()], consents: [guardianConsent, assent], ...changes });

  it('passes with guardian consent, assent, a trained interviewer and a safe place', () => {
    expect(r04ChildVictims.evaluate(childCase())).toEqual([]);
  });

  it("blocks the interview without the guardian's consent", () => {
    expect(summary(r04ChildVictims.evaluate(childCase({ consents: [assent] })))).toEqual([
      'R4_GUARDIAN_CONSENT_MISSING:block',
    ]);
  });

  it("blocks the interview without the child's assent", () => {
    expect(summary(r04ChildVictims.evaluate(childCase({ consents: [guardianConsent] })))).toEqual([
      'R4_CHILD_ASSENT_MISSING:block',
    ]);
  });

  it('accepts a recorded exception when the guardian is implicated, with the assent', () => {
    const exception = {
      reason: 'guardian_implicated',
      justification: 'The guardian is the subject’s landlord and arranged the contact',
      recordedAt: t(0),
    };
    const people = [child({ guardianPersonId: undefined, guardianConsentException: exception }), makeSubject()];
    expect(r04ChildVictims.evaluate(childCase({ people, consents: [assent] }))).toEqual([]);
  });

  it('warns when no guardian is recorded', () => {
    const people = [child({ guardianPersonId: undefined }), makeSubject()];
    expect(summary(r04ChildVictims.evaluate(childCase({ people })))).toEqual(['R4_GUARDIAN_NOT_RECORDED:warn']);
  });

  it('warns without a trained child interviewer, and on police premises', () => {
    const interview = conducted(
      makeInterview({
        place: { type: 'police_or_justice_premises', private: true },
        team: [{ name: 'Investigator Three', gender: 'female', role: 'lead', trainedInChildInterviewing: false }],
      }),
    );
    expect(summary(r04ChildVictims.evaluate(childCase({ interviews: [interview] })))).toEqual([
      'R4_TRAINED_INTERVIEWER_MISSING:warn',
      'R4_SETTING_NOT_SAFE:warn',
    ]);
  });

  it('blocks a repeat interview without a written justification, and accepts one with it', () => {
    const first = cleanSnapshot().interviews[0]!;
    const repeat = conducted(makeInterview({ id: 'int-2' }), t(48));
    expect(summary(r04ChildVictims.evaluate(childCase({ interviews: [first, repeat] })))).toEqual([
      'R4_REPEAT_WITHOUT_JUSTIFICATION:block',
    ]);
    const justified = conducted(
      makeInterview({ id: 'int-2', repeatJustification: 'New evidence: a second incident disclosed to the nurse' }),
      t(48),
    );
    expect(r04ChildVictims.evaluate(childCase({ interviews: [first, justified] }))).toEqual([]);
  });

  it('protects a victim who may be a minor: 18th birthday inside the incident month', () => {
    const people = [
      makeVictim({ ageBand: 'adult', identity: { dateOfBirth: { precision: 'day', from: '2008-02-15' } } }),
      makeSubject(),
    ];
    const snapshot = childCase({ people, consents: [assent] });
    snapshot.case = { ...snapshot.case, incidentDates: [{ precision: 'month', from: '2026-02' }] };
    const findings = r04ChildVictims.evaluate(snapshot);
    expect(summary(findings)).toEqual(['R4_GUARDIAN_NOT_RECORDED:warn', 'R4_GUARDIAN_CONSENT_MISSING:block']);
    expect(findings[1]?.message).toContain('may be a minor');
  });

  it('does not apply to an adult victim', () => {
    expect(r04ChildVictims.evaluate(with_({ consents: [] }))).toEqual([]);
  });
});
