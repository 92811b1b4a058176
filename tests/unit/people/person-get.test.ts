import { describe, expect, it } from 'vitest';
import { guardian, openCase, START, subject, useCaseFiles, victim, witness } from './people-fixture.js';

const caseFile = useCaseFiles();

describe('people.get', () => {
  it('answers one person with the codes of those their profile names, and nothing of their identity', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    const parent = await cf.call('people.add', { caseId, profile: guardian() });
    const accused = await cf.call('people.add', { caseId, profile: subject() });
    await cf.call('people.add', { caseId, profile: witness() });
    const child = await cf.call('people.add', {
      caseId,
      profile: victim('minor', { guardianPersonId: parent.id, allegedSubjectIds: [accused.id] }),
      identity: { fullName: 'Amina Ndakala-Secret', confidentiality: 'strictly_confidential' },
    });
    const got = await cf.call('people.get', { personId: child.id });
    expect(got.person).toEqual(child);
    expect(got.codes).toEqual({ [parent.id]: 'G-01', [accused.id]: 'S-01' });
    expect(JSON.stringify(got)).not.toContain('Amina');
    // Someone who names no one comes with no codes.
    expect((await cf.call('people.get', { personId: parent.id })).codes).toEqual({});
  });

  it('refuses a person who is not there', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    const person = await cf.call('people.add', { caseId, profile: witness() });
    await cf.rawDatabase((db) => db.prepare('DELETE FROM people WHERE id = ?').run(person.id));
    expect((await cf.refusal('people.get', { personId: person.id })).code).toBe('NOT_FOUND');
  });
});

describe('people.codes', () => {
  it('names the people asked for by code, leaving out anyone not of the case', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId, reference } = await openCase(cf);
    const other = await openCase(cf);
    const v = await cf.call('people.add', { caseId, profile: victim() });
    const w = await cf.call('people.add', { caseId, profile: witness() });
    const elsewhere = await cf.call('people.add', { caseId: other.id, profile: witness() });
    const { codes } = await cf.call('people.codes', { caseId: reference, personIds: [w.id, v.id, elsewhere.id, w.id] });
    expect(codes).toEqual({ [v.id]: 'V-01', [w.id]: 'W-01' });
    expect((await cf.call('people.codes', { caseId, personIds: [] })).codes).toEqual({});
  });

  it('refuses more ids than a screen shows at once', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    const person = await cf.call('people.add', { caseId, profile: witness() });
    const refusal = await cf.refusal('people.codes', { caseId, personIds: Array(201).fill(person.id) });
    expect(refusal.code).toBe('VALIDATION');
  });
});
