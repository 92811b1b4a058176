import { describe, expect, it } from 'vitest';
import { openCase, subject, useCaseFiles } from '../people/people-fixture.js';

const open = useCaseFiles();

/**
 * A notification concerns the subject chosen for it even when no identity of theirs is recorded:
 * nothing is disclosed, yet R11 clears and the follow-up item names the subject (before, the
 * subject was read only from the identity disclosed, so a pseudonymous subject stayed "not notified").
 */
describe('a notification about a subject whose identity is not recorded', () => {
  it('concerns that subject: R11 clears and the follow-up item names it', async () => {
    const cf = await open();
    const created = await openCase(cf);
    const s01 = await cf.call('people.add', { caseId: created.id, profile: subject() });
    const before = await cf.call('principles.check', { caseId: created.id });
    expect(before.findings.map((finding) => finding.code)).toContain('R11_CONTRIBUTING_COUNTRY_NOT_NOTIFIED');

    await cf.call('letters.generate', {
      caseId: created.id,
      templateId: 'tcc_notification',
      language: 'en',
      subjectId: s01.id,
      formats: ['pdf'],
    });
    const after = await cf.call('principles.check', { caseId: created.id });
    expect(after.findings.map((finding) => finding.code)).not.toContain('R11_CONTRIBUTING_COUNTRY_NOT_NOTIFIED');
    const { items } = await cf.call('followUps.list', { caseId: created.id });
    expect(items).toEqual([expect.objectContaining({ subjectId: s01.id, subjectCode: 'S-01' })]);
  });
});
