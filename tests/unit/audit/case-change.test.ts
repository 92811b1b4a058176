import { describe, expect, it } from 'vitest';
import { caseFileContext } from '../../../electron/core/composition.js';
import { caseChange, caseChangeWithin, recordAudit } from '../../../electron/core/kernel/audit/case-change.js';
import { intake, MINUTE, useCaseFiles, type CaseFile } from '../cases/case-file-fixture.js';

const caseFile = useCaseFiles();

/** The case's last change and its audit rows, newest last, as the app lists them. */
async function trailOf(cf: CaseFile, caseId: string) {
  const { updatedAt } = await cf.call('cases.get', { caseId });
  const { items } = await cf.call('audit.list', { caseId, limit: 100 });
  return { updatedAt, actions: items.map((item) => item.action).reverse(), newest: items[0] };
}

describe('a change to a case (kernel/audit/case-change.ts)', () => {
  it('runs in one transaction at one moment, writes the audit row and marks the case changed then', async () => {
    const cf = await caseFile();
    const { id: caseId } = await cf.call('cases.create', intake());
    cf.clock.advance(5 * MINUTE);
    const changedAt = new Date(cf.clock.now).toISOString();
    const seen = await cf.rawDatabase((db) => {
      const ctx = caseFileContext({ db: () => db, now: () => cf.clock.now, actor: 'test' });
      return caseChange(ctx, (change) => {
        const inTransaction = change.db.inTransaction;
        change.record({
          action: 'case.update',
          caseId,
          target: { kind: 'case', id: caseId },
          details: { why: 'test' },
        });
        return { inTransaction, at: change.at };
      });
    });
    expect(seen).toEqual({ inTransaction: true, at: changedAt });
    const trail = await trailOf(cf, caseId);
    expect(trail.updatedAt).toBe(changedAt);
    expect(trail.actions).toEqual(['case.create', 'case.update']);
    expect(trail.newest).toMatchObject({
      at: changedAt,
      details: { why: 'test' },
      target: { kind: 'case', id: caseId },
    });
  });

  it('writes nothing, neither the audit row nor the case, when the work fails after recording', async () => {
    const cf = await caseFile();
    const { id: caseId } = await cf.call('cases.create', intake());
    const before = await trailOf(cf, caseId);
    cf.clock.advance(5 * MINUTE);
    const failed = cf.rawDatabase((db) => {
      const ctx = caseFileContext({ db: () => db, now: () => cf.clock.now, actor: 'test' });
      caseChange(ctx, (change) => {
        change.record({ action: 'case.update', caseId, target: null });
        throw new Error('refused after recording');
      });
    });
    await expect(failed).rejects.toThrow('refused after recording');
    expect(await trailOf(cf, caseId)).toEqual(before);
  });

  it('joins a transaction already open (a reaction), and refuses to record outside one', async () => {
    const cf = await caseFile();
    const { id: caseId } = await cf.call('cases.create', intake());
    cf.clock.advance(5 * MINUTE);
    const changedAt = new Date(cf.clock.now).toISOString();
    await cf.rawDatabase((db) => {
      const ctx = caseFileContext({ db: () => db, now: () => cf.clock.now, actor: 'test' });
      const entry = { action: 'case.update' as const, caseId, target: null };
      expect(() => caseChangeWithin(ctx, db).record(entry)).toThrow('must run inside the transaction');
      db.transaction(() => caseChangeWithin(ctx, db).record(entry)).immediate();
    });
    const trail = await trailOf(cf, caseId);
    expect(trail.updatedAt).toBe(changedAt);
    expect(trail.actions).toEqual(['case.create', 'case.update']);
  });

  it('names the record a change is about as the trail stores it: kind, id and label as the target', () => {
    const audited = { caseId: 'case-1', kind: 'evidence', id: 'item-1', label: 'E-001' };
    expect(recordAudit('evidence.update', audited, { changed: ['status'] })).toEqual({
      action: 'evidence.update',
      caseId: 'case-1',
      target: { kind: 'evidence', id: 'item-1', label: 'E-001' },
      details: { changed: ['status'] },
    });
  });
});
