import { describe, expect, it } from 'vitest';
import { openCase, subject, useCaseFiles } from '../people/people-fixture.js';
import { substantiate } from './referral-case.js';

const open = useCaseFiles();

/**
 * The follow-up to a contributing country (A/72/751 ¶66) is made once the finding on its contingent
 * member is recorded; it asks for a reply, so it opens an item of the follow-up register of its own,
 * and the register's reply clock gives the date the letter prints.
 */
describe('the follow-up letter to a contributing country', () => {
  it('is refused before the finding, then opens a follow-up item that awaits the reply it asks for', async () => {
    const cf = await open();
    const created = await openCase(cf);
    const s01 = await cf.call('people.add', { caseId: created.id, profile: subject() });
    const request = {
      caseId: created.id,
      templateId: 'tcc_follow_up',
      language: 'en' as const,
      subjectId: s01.id,
      details: { author: { name: 'Amina Diallo', title: 'Director' }, noteNumber: 'OLA/2026/0412' },
    };
    await expect(cf.call('letters.preview', request)).rejects.toThrow(/VALIDATION: .*once the investigation has ended/);

    await substantiate(cf, created.id, s01.id);
    const preview = await cf.call('letters.preview', request);
    // Signed, numbered, and the finding carries its report reference: nothing to flag.
    expect(preview.warnings).toEqual([]);
    const letter = await cf.call('letters.generate', { ...request, formats: ['pdf'] });
    const { items } = await cf.call('followUps.list', { caseId: created.id });
    expect(items).toEqual([
      expect.objectContaining({
        counterpart: 'contributing_country',
        letterId: letter.id,
        subjectId: s01.id,
        state: 'awaiting_reply',
      }),
    ]);
    expect(items[0]?.due).toBeDefined();
  });
});
