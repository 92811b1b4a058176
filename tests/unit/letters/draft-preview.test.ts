import { describe, expect, it } from 'vitest';
import { shippedTemplate } from '../../../shared/documents/templates/index.js';
import { openCase, useEvidenceFiles } from '../evidence/evidence-fixture.js';
import { substantiate } from './referral-case.js';

/** The document model as text: enough to find a sentence the draft adds. */
const modelText = (model: unknown): string => JSON.stringify(model);

describe('previewing an unsaved template edit', () => {
  const open = useEvidenceFiles();

  it(
    'renders the draft in place of the stored template, stores nothing, and refuses ' +
      'an invalid draft with its problems',
    async () => {
      const ef = await open();
      const created = await openCase(ef);
      const subject = await ef.call('people.add', {
        caseId: created.id,
        profile: { role: 'subject', personnelCategory: 'police_unpol', nationality: 'URY' },
      });
      await substantiate(ef, created.id, subject.id);
      const request = { caseId: created.id, templateId: 'member_state_referral', language: 'en' as const };
      const countRows = () =>
        ef.rawDatabase((db) => ({
          templates: (db.prepare('SELECT COUNT(*) AS n FROM letter_templates').get() as { n: number }).n,
          letters: (db.prepare('SELECT COUNT(*) AS n FROM letters').get() as { n: number }).n,
          audit: (db.prepare('SELECT COUNT(*) AS n FROM audit_log').get() as { n: number }).n,
        }));
      const before = await countRows();

      const draft = structuredClone(shippedTemplate('member_state_referral')!);
      draft.languages.en!.blocks.push({ kind: 'paragraph', runs: [{ text: 'Draft line about {{case.reference}}.' }] });
      const preview = await ef.call('letters.preview', { ...request, source: draft });
      expect(modelText(preview.model)).toContain(`Draft line about ${created.reference}.`);
      expect(preview.templateVersion).toBe(1);

      const stored = await ef.call('letters.preview', request);
      expect(modelText(stored.model)).not.toContain('Draft line about');
      expect(
        (await ef.call('letters.templates', {})).templates.find((t) => t.id === 'member_state_referral'),
      ).toMatchObject({ version: 1, edited: false });
      expect(await countRows()).toEqual(before);

      const broken = structuredClone(draft);
      broken.languages.en!.blocks.push({ kind: 'paragraph', runs: [{ text: 'Known as {{case.nope}}' }] });
      const refused = await ef.refusal('letters.preview', { ...request, source: broken });
      expect(refused.code).toBe('VALIDATION');
      expect(refused).toMatchObject({ reason: 'letters.templateProblems', params: { total: 1 } });
      expect((await ef.refusal('letters.preview', { ...request, source: { id: 'member_state_referral' } })).code).toBe(
        'VALIDATION',
      );

      // A draft is the template it edits: another template's source, or a draft with a version, is refused.
      expect((await ef.refusal('letters.preview', { ...request, source: shippedTemplate('hr_referral') })).code).toBe(
        'VALIDATION',
      );
      expect((await ef.refusal('letters.preview', { ...request, templateVersion: 1, source: draft })).code).toBe(
        'VALIDATION',
      );
      expect(await countRows()).toEqual(before);
    },
  );
});
