import { describe, expect, it } from 'vitest';
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
} from '../people/people-fixture.js';

const caseFile = useCaseFiles();

describe('consents.record', () => {
  it('appends decisions and lists the whole history, oldest decision first, per case or per person', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    const w = await cf.call('people.add', { caseId, profile: witness() });
    const v = await cf.call('people.add', { caseId, profile: victim() });
    const given = await cf.call('consents.record', consent(w.id, at(START, -120)));
    await cf.call('consents.record', consent(v.id, at(START, -90), { purpose: 'recording', decision: 'refused' }));
    // Entered later, decided earlier: the history is in the order decisions were taken.
    const earlier = await cf.call(
      'consents.record',
      consent(w.id, at(START, -180), { purpose: 'medical_exam', decision: 'refused' }),
    );
    const withdrawn = await cf.call('consents.record', consent(w.id, at(START, -30), { decision: 'withdrawn' }));

    expect(given).toMatchObject({
      caseId,
      personId: w.id,
      purpose: 'interview',
      decision: 'given',
      by: 'self',
      recordedAt: START,
    });
    const all = (await cf.call('consents.list', { caseId })).items;
    expect(all.map((d) => [d.purpose, d.decision])).toEqual([
      ['medical_exam', 'refused'],
      ['interview', 'given'],
      ['recording', 'refused'],
      ['interview', 'withdrawn'],
    ]);
    const ofWitness = (await cf.call('consents.list', { caseId, personId: w.id })).items;
    expect(ofWitness.map((d) => d.id)).toEqual([earlier.id, given.id, withdrawn.id]);
    expect((await cf.refusal('consents.list', { caseId: 'CF-2026-0042' })).code).toBe('NOT_FOUND');
  });

  it('refuses to withdraw a consent that is not in force, with the reason', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    const w = await cf.call('people.add', { caseId, profile: witness() });
    const refusal = await cf.refusal('consents.record', consent(w.id, at(START, -10), { decision: 'withdrawn' }));
    expect(refusal).toEqual({
      code: 'CONFLICT',
      reason: 'consents.withdrawNothing',
      params: { person: 'W-01' },
      message: 'W-01: only a consent in force can be withdrawn; record a refusal instead.',
    });
    // A refusal can always be recorded, and then a new consent.
    await cf.call('consents.record', consent(w.id, at(START, -10), { decision: 'refused' }));
    await cf.call('consents.record', consent(w.id, at(START, -5)));
    await cf.call('consents.record', consent(w.id, at(START, -1), { decision: 'withdrawn' }));
    expect((await cf.call('consents.list', { caseId })).items).toHaveLength(3);
  });

  it("takes a guardian's decision only from a guardian of the same case", async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    const g = await cf.call('people.add', { caseId, profile: guardian() });
    const child = await cf.call('people.add', { caseId, profile: victim('minor', { guardianPersonId: g.id }) });
    const w = await cf.call('people.add', { caseId, profile: witness() });
    const other = await openCase(cf);
    const elsewhere = await cf.call('people.add', { caseId: other.id, profile: guardian() });

    const noGuardian = await cf.refusal('consents.record', { ...consent(child.id, at(START, -5)), by: 'guardian' });
    expect(noGuardian.code).toBe('VALIDATION');
    expect(
      (await cf.refusal('consents.record', consent(child.id, at(START, -5), { guardianPersonId: w.id }))).message,
    ).toBe("A guardian's decision names a guardian recorded in the same case as V-01.");
    expect(
      (await cf.refusal('consents.record', consent(child.id, at(START, -5), { guardianPersonId: elsewhere.id }))).code,
    ).toBe('VALIDATION');
    expect((await cf.refusal('consents.record', consent(g.id, at(START, -5), { guardianPersonId: g.id }))).code).toBe(
      'VALIDATION',
    );
    // The person's own decision names no guardian (the child's assent is 'self').
    expect(
      (await cf.refusal('consents.record', { ...consent(child.id, at(START, -5)), guardianPersonId: g.id })).code,
    ).toBe('VALIDATION');

    const byGuardian = await cf.call('consents.record', consent(child.id, at(START, -5), { guardianPersonId: g.id }));
    const assent = await cf.call('consents.record', consent(child.id, at(START, -4)));
    expect(byGuardian).toMatchObject({ personId: child.id, by: 'guardian', guardianPersonId: g.id });
    expect(assent).toMatchObject({ personId: child.id, by: 'self' });
    expect(assent).not.toHaveProperty('guardianPersonId');
  });

  it('refuses a decision dated in the future, and an unknown person', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    const w = await cf.call('people.add', { caseId, profile: witness() });
    expect((await cf.refusal('consents.record', consent(w.id, at(START, 1)))).code).toBe('VALIDATION');
    expect((await cf.refusal('consents.record', consent('00000000-0000-4000-8000-000000000000', START))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('audits each decision by code, purpose and decision, never the note or the recipient', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    const g = await cf.call('people.add', { caseId, profile: guardian() });
    const child = await cf.call('people.add', { caseId, profile: victim('minor') });
    const decision = await cf.call('consents.record', {
      ...consent(child.id, at(START, -5), { guardianPersonId: g.id, purpose: 'referral_to_services' }),
      recipient: 'Clinique Sainte-Marthe',
      note: 'Mother agreed at the market stall',
    });
    const row = (await auditOf(cf, caseId)).find((r) => r.action === 'consent.record');
    expect(row).toMatchObject({
      target: { kind: 'consent', id: decision.id, label: 'V-01' },
      details: {
        code: 'V-01',
        purpose: 'referral_to_services',
        decision: 'given',
        by: 'guardian',
        guardianCode: 'G-01',
        decidedAt: at(START, -5),
        limitedToRecipient: true,
      },
    });
    expect(JSON.stringify(row)).not.toMatch(/Sainte-Marthe|market stall/);
  });
});
