import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCase, sha256Of, useEvidenceFiles } from '../evidence/evidence-fixture.js';

describe('closure letters', () => {
  const open = useEvidenceFiles();

  it(
    'tracks per victim whether a closure letter was made and delivered; R13 sees the ' +
      'register; batch export writes them all',
    async () => {
      const ef = await open();
      const created = await openCase(ef);
      const v1 = await ef.call('people.add', {
        caseId: created.id,
        profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
        identity: { fullName: 'Amina Closure-One' },
      });
      const v2 = await ef.call('people.add', {
        caseId: created.id,
        profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'sg' },
      });
      await ef.call('cases.changeStatus', { caseId: created.id, to: 'under_investigation', reason: 'Credible' });
      await ef.call('cases.changeStatus', {
        caseId: created.id,
        to: 'not_substantiated',
        reason: 'No corroboration',
        closureGround: 'insufficient_evidence',
      });

      expect(await ef.call('letters.closureStatus', { caseId: created.id })).toMatchObject({
        complete: false,
        victims: [
          { code: v1.code, letterIds: [], delivered: false },
          { code: v2.code, delivered: false },
        ],
      });

      const letter = await ef.call('letters.generate', {
        caseId: created.id,
        templateId: 'closure_not_substantiated',
        language: 'fr',
        victimId: v1.id,
        formats: ['pdf'],
        details: { advocate: { name: 'VRA Bambari', phone: '+236 70 00 00 01' } },
      });
      expect(letter.concerns).toEqual({ personId: v1.id, code: v1.code });
      const refusedOverride = await ef.refusal('letters.generate', {
        caseId: created.id,
        templateId: 'closure_not_substantiated',
        language: 'fr',
        victimId: v1.id,
        formats: ['pdf'],
        details: { advocate: { name: 'VRA Bambari', phone: '+236 70 00 00 01' } },
        overrides: [{ personId: v2.id, reason: 'x' }],
      });
      expect(refusedOverride.code).toBe('VALIDATION');

      const r13 = async () => JSON.stringify(await ef.call('principles.check', { caseId: created.id }));
      expect(await r13()).toContain(`The outcome letter for ${v1.code} is not recorded as delivered`);

      ef.clock.advance(60_000);
      const delivered = await ef.call('letters.recordDelivery', {
        letterId: letter.id,
        how: 'hand',
        at: new Date(ef.clock.now - 30_000).toISOString(),
        by: 'VRA Bambari',
        language: 'sg',
        oralTranslation: { language: 'sg', interpreter: 'Interpreter 3' },
      });
      expect(delivered.deliveries).toEqual([
        expect.objectContaining({
          how: 'hand',
          language: 'sg',
          oralTranslation: { language: 'sg', interpreter: 'Interpreter 3' },
          recordedBy: 'test',
        }),
      ]);
      expect(await r13()).not.toContain(`The outcome letter for ${v1.code}`);
      expect(await r13()).toContain(`${v2.code} has no outcome letter`);
      const status = await ef.call('letters.closureStatus', { caseId: created.id });
      expect(status.complete).toBe(false);
      expect(status.victims.find((v) => v.personId === v1.id)).toMatchObject({
        letterIds: [letter.id],
        delivered: true,
      });
      expect(status.victims.find((v) => v.personId === v2.id)).toMatchObject({ delivered: false });
      const auditRows = await ef.rawDatabase(
        (db) =>
          db.prepare(`SELECT details FROM audit_log WHERE action = 'letter.delivery'`).all() as { details: string }[],
      );
      expect(auditRows).toHaveLength(1);
      expect(auditRows[0]!.details).not.toContain('Interpreter 3');

      const future = await ef.refusal('letters.recordDelivery', {
        letterId: letter.id,
        how: 'post',
        at: new Date(ef.clock.now + 86_400_000).toISOString(),
        by: 'VRA',
        language: 'fr',
      });
      expect(future.code).toBe('VALIDATION');

      ef.ports.exportTo = path.join(ef.work, 'closure-letters');
      const started = await ef.call('letters.exportBatch', { caseId: created.id, formats: ['pdf'] });
      expect(started).toMatchObject({ kind: 'letterBatch', state: 'running', total: 1, done: 0 });
      const job = await ef.settle(started.jobId);
      if (job.kind !== 'letterBatch') throw new Error('not a letter batch');
      expect(job).toMatchObject({ state: 'done', total: 1, done: 1 });
      expect(sha256Of(fs.readFileSync(job.files[0]!.path))).toBe(letter.outputs[0]!.sha256);
      expect((await ef.refusal('letters.exportBatch', { caseId: created.id, formats: ['pdf'] })).code).toBe('CONFLICT');
    },
  );
});
