import { describe, expect, it } from 'vitest';
import {
  ConsentDecision,
  consentDecisionProblem,
  customConsentPurpose,
  effectiveConsent,
} from '../../../shared/domain/consent.js';
import { hoursAfter, makeConsent, T0 } from '../principles/factories.js';

const t = (hours: number) => hoursAfter(T0, hours);

describe('effectiveConsent', () => {
  const given = makeConsent('v1', 'interview', { decidedAt: t(0) });
  const withdrawn = makeConsent('v1', 'interview', { decision: 'withdrawn', decidedAt: t(10) });
  const history = [withdrawn, given];

  it('is none with nothing recorded', () => {
    expect(effectiveConsent([], 'interview', t(1))).toEqual({ state: 'none' });
  });

  it('is given from the decision on, and not before', () => {
    expect(effectiveConsent(history, 'interview', t(-1)).state).toBe('none');
    expect(effectiveConsent(history, 'interview', t(0)).state).toBe('given');
    expect(effectiveConsent(history, 'interview', t(5)).decision?.id).toBe(given.id);
  });

  it('respects a withdrawal from its date on: later actions find no consent', () => {
    expect(effectiveConsent(history, 'interview', t(10)).state).toBe('withdrawn');
    expect(effectiveConsent(history, 'interview', t(1000)).state).toBe('withdrawn');
  });

  it('lets a new consent after a refusal restore it', () => {
    const again = makeConsent('v1', 'interview', { decidedAt: t(20) });
    expect(effectiveConsent([...history, again], 'interview', t(21)).state).toBe('given');
  });

  it('keeps purposes separate', () => {
    expect(effectiveConsent(history, 'recording', t(5)).state).toBe('none');
  });

  it('lets a refusal win over a consent dated the same instant', () => {
    const refused = makeConsent('v1', 'recording', { decision: 'refused', decidedAt: t(3), recordedAt: t(3) });
    const alsoGiven = makeConsent('v1', 'recording', { decidedAt: t(3), recordedAt: t(4) });
    expect(effectiveConsent([refused, alsoGiven], 'recording', t(3)).state).toBe('refused');
    expect(effectiveConsent([alsoGiven, refused], 'recording', t(3)).state).toBe('refused');
  });

  it("separates a guardian's consent from the child's assent", () => {
    const guardian = makeConsent('v1', 'interview', { by: 'guardian', guardianPersonId: 'g1', decidedAt: t(0) });
    const assentRefused = makeConsent('v1', 'interview', { decision: 'refused', decidedAt: t(1) });
    const both = [guardian, assentRefused];
    expect(effectiveConsent(both, 'interview', t(2), { by: 'guardian' }).state).toBe('given');
    expect(effectiveConsent(both, 'interview', t(2), { by: 'self' }).state).toBe('refused');
  });

  it('scopes a decision limited to one recipient to that recipient', () => {
    const toClinic = makeConsent('v1', 'referral_to_services', { recipient: 'Clinic A', decidedAt: t(0) });
    const general = makeConsent('v1', 'referral_to_services', { decision: 'withdrawn', decidedAt: t(5) });
    expect(effectiveConsent([toClinic], 'referral_to_services', t(1), { recipient: 'Clinic A' }).state).toBe('given');
    expect(effectiveConsent([toClinic], 'referral_to_services', t(1), { recipient: 'Clinic B' }).state).toBe('none');
    expect(effectiveConsent([toClinic], 'referral_to_services', t(1)).state).toBe('none');
    // A withdrawal without a recipient ends consent to every recipient.
    expect(effectiveConsent([toClinic, general], 'referral_to_services', t(6), { recipient: 'Clinic A' }).state).toBe(
      'withdrawn',
    );
  });

  it('holds user-defined purposes as written', () => {
    const photos = customConsentPurpose('  photographs of injuries ');
    expect(photos).toBe('custom:photographs of injuries');
    const decision = makeConsent('v1', photos, { decidedAt: t(0) });
    expect(effectiveConsent([decision], photos, t(1)).state).toBe('given');
    expect(effectiveConsent([decision], customConsentPurpose('photographs'), t(1)).state).toBe('none');
    expect(() => customConsentPurpose('   ')).toThrow();
  });
});

describe('ConsentDecision schema', () => {
  it("names the guardian of a guardian decision, and no guardian for the person's own", () => {
    const base = makeConsent('v1', 'interview');
    expect(ConsentDecision.safeParse({ ...base, by: 'guardian' }).success).toBe(false);
    expect(ConsentDecision.safeParse({ ...base, by: 'self', guardianPersonId: 'g1' }).success).toBe(false);
  });

  it('refuses an undated decision and an unknown purpose', () => {
    const { decidedAt: _decidedAt, ...undated } = makeConsent('v1', 'interview');
    expect(ConsentDecision.safeParse(undated).success).toBe(false);
    expect(ConsentDecision.safeParse({ ...makeConsent('v1', 'interview'), purpose: 'anything' }).success).toBe(false);
  });
});

describe('consentDecisionProblem', () => {
  it('allows withdrawing a consent in force', () => {
    const given = makeConsent('v1', 'interview', { decidedAt: t(0) });
    expect(
      consentDecisionProblem([given], makeConsent('v1', 'interview', { decision: 'withdrawn', decidedAt: t(1) })),
    ).toBeNull();
  });

  it('refuses to withdraw what was never given', () => {
    expect(
      consentDecisionProblem([], makeConsent('v1', 'interview', { decision: 'withdrawn', decidedAt: t(1) })),
    ).toEqual({ reason: 'consents.withdrawNothing' });
  });

  it('allows a general withdrawal of a consent limited to one recipient', () => {
    const toClinic = makeConsent('v1', 'referral_to_services', { recipient: 'Clinic A', decidedAt: t(0) });
    expect(
      consentDecisionProblem(
        [toClinic],
        makeConsent('v1', 'referral_to_services', { decision: 'withdrawn', decidedAt: t(1) }),
      ),
    ).toBeNull();
  });

  it('always allows a refusal', () => {
    expect(consentDecisionProblem([], makeConsent('v1', 'interview', { decision: 'refused' }))).toBeNull();
  });
});
