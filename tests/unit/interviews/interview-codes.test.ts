import { describe, expect, it } from 'vitest';
import { arrangements, openCase, START, useCaseFiles, victim, witness } from '../people/people-fixture.js';

const caseFile = useCaseFiles();

describe('interviews.codes', () => {
  it("names the interviews asked for by their interviewee's code, leaving out any not of the case", async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId, reference } = await openCase(cf);
    const other = await openCase(cf);
    const v = await cf.call('people.add', { caseId, profile: victim() });
    const w = await cf.call('people.add', { caseId, profile: witness() });
    const outsider = await cf.call('people.add', { caseId: other.id, profile: witness() });
    const plan = (id: string, personId: string) =>
      cf.call('interviews.plan', { caseId: id, personId, arrangements: arrangements() });
    const ofVictim = await plan(caseId, v.id);
    const ofWitness = await plan(caseId, w.id);
    const notAsked = await plan(caseId, w.id);
    const elsewhere = await plan(other.id, outsider.id);
    const { codes } = await cf.call('interviews.codes', {
      caseId: reference,
      interviewIds: [ofWitness.id, ofVictim.id, elsewhere.id, ofWitness.id],
    });
    expect(codes).toEqual({ [ofVictim.id]: 'V-01', [ofWitness.id]: 'W-01' });
    expect(codes).not.toHaveProperty(notAsked.id);
    expect((await cf.call('interviews.codes', { caseId, interviewIds: [] })).codes).toEqual({});
  });

  it('refuses more ids than a screen shows at once', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    const w = await cf.call('people.add', { caseId, profile: witness() });
    const planned = await cf.call('interviews.plan', { caseId, personId: w.id, arrangements: arrangements() });
    const refusal = await cf.refusal('interviews.codes', { caseId, interviewIds: Array(201).fill(planned.id) });
    expect(refusal.code).toBe('VALIDATION');
  });
});
