import { describe, expect, it } from 'vitest';
import type { AuditCheckJob } from '../../../shared/contract/audit.js';
import type { CoreEvent } from '../../../electron/core/kernel/events.js';
import { intake, useCaseFiles, type CaseFile } from '../cases/case-file-fixture.js';
import { PASSPHRASE } from '../core/helpers.js';
import { writeAuditRows } from './audit-rows-fixture.js';

const caseFile = useCaseFiles();

/** A vault of 1,001 audit rows: several slices of the check. */
async function longTrail(): Promise<{ cf: CaseFile; caseId: string }> {
  const cf = await caseFile();
  const caseId = (await cf.call('cases.create', intake())).id;
  await writeAuditRows(cf, caseId, 1000);
  return { cf, caseId };
}

/** The finished snapshot of the (one) audit check the test starts, from its jobs.finished event. */
function finished(cf: CaseFile): Promise<AuditCheckJob> {
  return new Promise((resolve) => {
    cf.ws.onEvent((event: CoreEvent) => {
      if (event.name === 'jobs.finished' && event.payload.job.kind === 'auditCheck') resolve(event.payload.job);
    });
  });
}

describe('audit.check: the chain checked as a job', () => {
  it('reports its progress in rows between slices, then the whole chain intact', async () => {
    const { cf } = await longTrail();
    const progress: number[] = [];
    cf.ws.onEvent((event) => {
      if (event.name === 'jobs.progress' && event.payload.job.kind === 'auditCheck')
        progress.push(event.payload.job.rowsChecked);
    });
    const end = finished(cf);
    const started = await cf.call('audit.check', {});
    expect(started).toMatchObject({ kind: 'auditCheck', state: 'running', rowsTotal: 1001 });
    const job = await end;
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[0]).toBeLessThan(1001);
    expect(job).toMatchObject({
      state: 'done',
      rowsChecked: 1001,
      result: { ok: true, checkedRows: 1001, firstBroken: null },
    });
  });

  it('is cancelled between two slices, having read only part of the chain', async () => {
    const { cf } = await longTrail();
    const started = await cf.call('audit.check', {});
    const cancelled = await cf.call('jobs.cancel', { jobId: started.jobId });
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.kind === 'auditCheck' && cancelled.rowsChecked).toBeLessThan(1001);
    expect(cancelled.kind === 'auditCheck' && cancelled.result).toBeUndefined();
  });

  it('still finds a row changed far into the chain, past several slices', async () => {
    const { cf } = await longTrail();
    cf.ws.lock('user');
    await cf.rawDatabase((db) => {
      db.exec('DROP TRIGGER audit_log_no_update;');
      db.prepare(`UPDATE audit_log SET actor = 'someone' WHERE seq = 777`).run();
    });
    await cf.call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    const end = finished(cf);
    await cf.call('audit.check', {});
    expect((await end).result).toEqual({
      ok: false,
      checkedRows: 777,
      firstBroken: { seq: 777, reason: 'rowChanged', params: {} },
    });
    expect((await cf.call('audit.verify', {})).firstBroken?.seq).toBe(777);
  });

  it('takes a row written while it runs as part of the chain, not as one past its end', async () => {
    const { cf, caseId } = await longTrail();
    let wrote: Promise<unknown> | undefined;
    cf.ws.onEvent((event) => {
      if (event.name === 'jobs.progress' && event.payload.job.kind === 'auditCheck' && wrote === undefined)
        wrote = cf.call('cases.update', { caseId, changes: { urgent: true } });
    });
    const end = finished(cf);
    await cf.call('audit.check', {});
    const job = await end;
    expect(wrote).toBeDefined();
    expect(job.result).toEqual({ ok: true, checkedRows: 1002, firstBroken: null });
  });
});
