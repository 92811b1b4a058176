import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../../electron/core/kernel/events.js';
import { openCase, useEvidenceFiles, type EvidenceFile } from '../evidence/evidence-fixture.js';

/** A closed case with closure letters for three victims, each made as PDF and DOCX: six files to export. */
async function caseWithClosureLetters(ef: EvidenceFile): Promise<string> {
  const created = await openCase(ef);
  const victims = [];
  for (const language of ['fr', 'en', 'fr']) {
    victims.push(
      await ef.call('people.add', {
        caseId: created.id,
        profile: { role: 'victim', sex: 'female', ageBand: 'adult', language },
      }),
    );
  }
  await ef.call('cases.changeStatus', { caseId: created.id, to: 'under_investigation', reason: 'Credible' });
  await ef.call('cases.changeStatus', {
    caseId: created.id,
    to: 'not_substantiated',
    reason: 'No corroboration',
    closureGround: 'insufficient_evidence',
  });
  for (const victim of victims) {
    await ef.call('letters.generate', {
      caseId: created.id,
      templateId: 'closure_not_substantiated',
      language: 'fr',
      victimId: victim.id,
      formats: ['pdf', 'docx'],
      details: { advocate: { name: 'Victims’ rights advocate, Bambari', phone: '+236 70 00 00 01' } },
    });
  }
  return created.id;
}

const exportAudits = (ef: EvidenceFile) =>
  ef.rawDatabase(
    (db) => (db.prepare(`SELECT COUNT(*) AS n FROM audit_log WHERE action = 'letter.export'`).get() as { n: number }).n,
  );

describe('letter batch export on the job board', () => {
  const open = useEvidenceFiles();

  it('announces its progress and its end as events, and audits every file once the batch is written', async () => {
    const ef = await open();
    const caseId = await caseWithClosureLetters(ef);
    const seen: CoreEvent[] = [];
    ef.ws.onEvent((event) => seen.push(event));
    ef.ports.exportTo = path.join(ef.work, 'closure-letters');

    const started = await ef.call('letters.exportBatch', { caseId, formats: ['pdf', 'docx'] });
    const job = await ef.settle(started.jobId);

    expect(job).toMatchObject({ kind: 'letterBatch', state: 'done', total: 6, done: 6 });
    expect(fs.readdirSync(ef.ports.exportTo)).toHaveLength(6);
    expect(await exportAudits(ef)).toBe(6);
    const ofJob = seen.filter((event) => 'job' in event.payload && event.payload.job.jobId === started.jobId);
    expect(ofJob.some((event) => event.name === 'jobs.progress')).toBe(true);
    expect(ofJob.at(-1)).toMatchObject({ name: 'jobs.finished', payload: { job: { state: 'done', done: 6 } } });
  });

  it('jobs.cancel part-way sets the job cancelled and leaves no folder, no file and no audit entry', async () => {
    const ef = await open();
    const caseId = await caseWithClosureLetters(ef);
    const target = path.join(ef.work, 'closure-letters');
    ef.ports.exportTo = target;
    const cancelled = new Promise<unknown>((resolve) => {
      ef.ws.onEvent((event) => {
        // Cancelled once a file is on disk: the batch must take back what it wrote.
        if (event.name === 'jobs.progress' && event.payload.job.kind === 'letterBatch' && event.payload.job.done >= 1) {
          expect(fs.readdirSync(target).length).toBeGreaterThanOrEqual(1);
          resolve(ef.call('jobs.cancel', { jobId: event.payload.job.jobId }));
        }
      });
    });

    const started = await ef.call('letters.exportBatch', { caseId, formats: ['pdf', 'docx'] });
    expect(await cancelled).toMatchObject({ jobId: started.jobId, state: 'cancelled' });
    const job = await ef.call('jobs.get', { jobId: started.jobId });
    expect(job.state).toBe('cancelled');
    expect(job.kind === 'letterBatch' && job.done).toBeLessThan(6);
    expect(fs.existsSync(target)).toBe(false);
    expect(await exportAudits(ef)).toBe(0);
  });

  it('locking the vault stops a batch the same way, and says the lock stopped it', async () => {
    const ef = await open();
    const caseId = await caseWithClosureLetters(ef);
    const target = path.join(ef.work, 'closure-letters');
    ef.ports.exportTo = target;
    const finished = new Promise<CoreEvent>((resolve) => {
      ef.ws.onEvent((event) => {
        if (event.name === 'jobs.progress') ef.ws.lock('user');
        if (event.name === 'jobs.finished') resolve(event);
      });
    });

    await ef.call('letters.exportBatch', { caseId, formats: ['pdf', 'docx'] });
    expect(await finished).toMatchObject({ payload: { job: { state: 'cancelled', error: { code: 'VAULT_LOCKED' } } } });
    expect(fs.existsSync(target)).toBe(false);
  });
});
