import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../shared/contract/index.js';
import {
  at,
  auditOf,
  consent,
  guardian,
  openCase,
  START,
  useCaseFiles,
  victim,
  witness,
  type CaseFile,
} from '../people/people-fixture.js';

const caseFile = useCaseFiles();

async function adultVictim(cf: CaseFile) {
  const { id: caseId } = await openCase(cf, { category: 'SE', subtype: 'transactional_sex' });
  const v = await cf.call('people.add', { caseId, profile: victim('adult') });
  return { caseId, v };
}

const referralConsent = (personId: string, decidedAt: string, extra: Partial<MethodInput<'consents.record'>> = {}) =>
  ({
    ...consent(personId, decidedAt, { purpose: 'referral_to_services' }),
    ...extra,
  }) as MethodInput<'consents.record'>;

async function acceptedOffer(cf: CaseFile, personId: string, provider = 'Centre Espoir') {
  const offer = await cf.call('assistance.offer', {
    personId,
    service: 'medical',
    provider,
    advocate: 'Victims’ rights advocate, Bangui',
    offeredAt: at(START, -120),
  });
  await cf.call('assistance.update', { referralId: offer.id, status: 'accepted', at: at(START, -110) });
  return offer;
}

describe('assistance.offer and the referral workflow', () => {
  it('records an offer without any consent, then each dated step, in the history and the audit trail', async () => {
    const cf = await caseFile({ startAt: START });
    const { caseId, v } = await adultVictim(cf);
    const offer = await cf.call('assistance.offer', {
      personId: v.id,
      service: 'psychosocial',
      advocate: 'Ms Advocate Name',
      offeredAt: at(START, -60),
    });
    expect(offer).toMatchObject({ caseId, personId: v.id, status: 'offered', offeredAt: at(START, -60) });
    expect(offer.history.map((step) => step.status)).toEqual(['offered']);

    await cf.call('consents.record', referralConsent(v.id, at(START, -50)));
    await cf.call('assistance.update', { referralId: offer.id, status: 'accepted', at: at(START, -50) });
    const referred = await cf.call('assistance.update', {
      referralId: offer.id,
      status: 'in_progress',
      at: at(START, -40),
      provider: 'Clinique Sainte-Anne',
    });
    expect(referred).toMatchObject({
      status: 'in_progress',
      referredAt: at(START, -40),
      provider: 'Clinique Sainte-Anne',
    });
    const ended = await cf.call('assistance.update', {
      referralId: offer.id,
      status: 'not_completed',
      at: at(START, -10),
      reason: 'The victim moved to another town',
    });
    expect(ended.history.map((step) => [step.status, step.at])).toEqual([
      ['offered', at(START, -60)],
      ['accepted', at(START, -50)],
      ['in_progress', at(START, -40)],
      ['not_completed', at(START, -10)],
    ]);
    expect(ended.history[3]?.reason).toBe('The victim moved to another town');
    expect((await cf.call('assistance.list', { caseId, personId: v.id })).items).toEqual([ended]);

    const rows = (await auditOf(cf, caseId)).filter((row) => row.action.startsWith('assistance.'));
    expect(rows.map((row) => [row.action, row.details['to'] ?? row.details['service']])).toEqual([
      ['assistance.offer', 'psychosocial'],
      ['assistance.step', 'accepted'],
      ['assistance.step', 'in_progress'],
      ['assistance.step', 'not_completed'],
    ]);
    const trail = JSON.stringify(rows);
    for (const secret of ['Ms Advocate Name', 'Clinique Sainte-Anne', 'another town'])
      expect(trail).not.toContain(secret);
  });

  it('refuses a step the workflow does not allow, with a message for the investigator', async () => {
    const cf = await caseFile({ startAt: START });
    const { v } = await adultVictim(cf);
    const offer = await cf.call('assistance.offer', { personId: v.id, service: 'legal', offeredAt: at(START, -60) });
    expect(await cf.refusal('assistance.update', { referralId: offer.id, status: 'completed', at: START })).toEqual(
      expect.objectContaining({
        code: 'CONFLICT',
        reason: 'assistance.transition',
        message: 'This assistance is “Offered”; it cannot become “Completed”.',
      }),
    );
    await cf.call('assistance.update', { referralId: offer.id, status: 'refused', at: at(START, -30) });
    const again = await cf.refusal('assistance.update', { referralId: offer.id, status: 'accepted', at: START });
    expect(again.message).toBe('This assistance is “Refused”; it cannot become “Accepted”.');
  });

  it('asks for the provider before the referral, a reason when not completed, and dates in order', async () => {
    const cf = await caseFile({ startAt: START });
    const { v } = await adultVictim(cf);
    await cf.call('consents.record', referralConsent(v.id, at(START, -200)));
    const offer = await cf.call('assistance.offer', { personId: v.id, service: 'shelter', offeredAt: at(START, -60) });
    await cf.call('assistance.update', { referralId: offer.id, status: 'accepted', at: at(START, -50) });
    const noProvider = await cf.refusal('assistance.update', {
      referralId: offer.id,
      status: 'in_progress',
      at: at(START, -40),
    });
    expect(noProvider.message).toBe('Name the provider before the referral is made.');
    const backwards = await cf.refusal('assistance.update', {
      referralId: offer.id,
      status: 'in_progress',
      at: at(START, -55),
      provider: 'Maison Refuge',
    });
    expect(backwards.message).toBe('A step of this assistance cannot be dated before the step that came before it.');
    await cf.call('assistance.update', {
      referralId: offer.id,
      status: 'in_progress',
      at: at(START, -40),
      provider: 'Maison Refuge',
    });
    const noReason = await cf.refusal('assistance.update', {
      referralId: offer.id,
      status: 'not_completed',
      at: START,
    });
    expect(noReason.message).toBe('Say why the service was not completed.');
    const future = await cf.refusal('assistance.update', {
      referralId: offer.id,
      status: 'completed',
      at: at(START, 60),
    });
    expect(future.message).toBe('An offer of assistance, or a step of it, cannot be dated in the future.');
  });

  it('offers assistance to victims only', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    const w = await cf.call('people.add', { caseId, profile: witness() });
    const refusal = await cf.refusal('assistance.offer', { personId: w.id, service: 'medical', offeredAt: START });
    expect(refusal).toEqual(
      expect.objectContaining({
        code: 'VALIDATION',
        message: 'Assistance is recorded for a victim; W-01 is not recorded as a victim in this case.',
      }),
    );
  });
});

describe('the referral to a provider needs the consent that covers it', () => {
  it('is refused without a consent, with one to another provider, and after a withdrawal', async () => {
    const cf = await caseFile({ startAt: START });
    const { v } = await adultVictim(cf);
    const offer = await acceptedOffer(cf, v.id);
    const refer = () =>
      cf.attempt('assistance.update', { referralId: offer.id, status: 'in_progress', at: at(START, -30) });

    const none = await refer();
    expect(none.ok ? null : [none.error.code, none.error.message]).toEqual([
      'CONSENT_REQUIRED',
      expect.stringContaining('V-01: no consent'),
    ]);
    await cf.call('consents.record', referralConsent(v.id, at(START, -100), { recipient: 'Another Centre' }));
    expect((await refer()).ok).toBe(false);
    await cf.call('consents.record', referralConsent(v.id, at(START, -90), { recipient: 'Centre Espoir' }));
    await cf.call(
      'consents.record',
      referralConsent(v.id, at(START, -80), { decision: 'withdrawn', recipient: 'Centre Espoir' }),
    );
    const withdrawn = await refer();
    expect(withdrawn.ok ? null : [withdrawn.error.code, withdrawn.error.message]).toEqual([
      'CONSENT_REQUIRED',
      expect.stringContaining('withdrawn'),
    ]);
    // Nothing was written by the refusals.
    const [listed] = (await cf.call('assistance.list', { caseId: offer.caseId })).items;
    expect(listed?.status).toBe('accepted');

    await cf.call('consents.record', referralConsent(v.id, at(START, -70), { recipient: 'Centre Espoir' }));
    expect((await refer()).ok).toBe(true);
  });

  it("for a child victim, needs the guardian's consent and the child's assent", async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    const g = await cf.call('people.add', { caseId, profile: guardian() });
    const child = await cf.call('people.add', { caseId, profile: victim('minor', { guardianPersonId: g.id }) });
    const offer = await acceptedOffer(cf, child.id);
    const refer = () =>
      cf.attempt('assistance.update', { referralId: offer.id, status: 'in_progress', at: at(START, -30) });

    await cf.call('consents.record', referralConsent(child.id, at(START, -100)));
    expect((await refer()).ok).toBe(false);
    await cf.call(
      'consents.record',
      consent(child.id, at(START, -100), { purpose: 'referral_to_services', guardianPersonId: g.id }),
    );
    expect((await refer()).ok).toBe(true);
  });
});

describe('R8 reads the offers recorded', () => {
  it('warns for a victim contacted without an offer, and clears once an offer is recorded in the window', async () => {
    const cf = await caseFile({ startAt: START });
    const { caseId, v } = await adultVictim(cf);
    await cf.call('people.update', { personId: v.id, profile: victim('adult', { firstContactAt: at(START, -180) }) });
    const r8 = async () =>
      (await cf.call('principles.check', { caseId })).findings.filter((f) => f.rule === 'R8').map((f) => f.code);
    expect(await r8()).toEqual(['R8_ASSISTANCE_NOT_OFFERED']);
    const offer = await cf.call('assistance.offer', { personId: v.id, service: 'medical', offeredAt: at(START, -170) });
    expect(await r8()).toEqual([]);
    // A refused offer was still made.
    await cf.call('assistance.update', { referralId: offer.id, status: 'refused', at: at(START, -160) });
    expect(await r8()).toEqual([]);
  });
});

describe('assistance on the chronology', () => {
  it('shows the offer and each step with the service and the code, never the provider', async () => {
    const cf = await caseFile({ startAt: START });
    const { caseId, v } = await adultVictim(cf);
    const offer = await acceptedOffer(cf, v.id, 'Centre Espoir');
    const { dated } = await cf.call('timeline.list', { caseId });
    const ours = dated.filter((event) => event.derivedFrom?.kind === 'assistance');
    expect(ours.map((event) => [event.kind, event.title, event.derivedFrom?.id])).toEqual([
      ['referral', 'Assistance offered to V-01: Medical care', offer.id],
      ['referral', 'Medical care for V-01: Accepted', offer.id],
    ]);
    expect(JSON.stringify(ours)).not.toContain('Centre Espoir');
    const fr = await cf.call('timeline.list', { caseId, locale: 'fr' });
    expect(fr.dated.map((event) => event.title)).toContain('Assistance proposée à V-01 : Soins médicaux');
  });
});
