import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appendAudit } from '../../../electron/core/kernel/audit/audit-log.js';
import { canonicalJson } from '../../../electron/core/kernel/audit/canonical-json.js';
import { intake, MINUTE, useCaseFiles, type CaseFile } from '../cases/case-file-fixture.js';
import { PASSPHRASE } from '../core/helpers.js';

const caseFile = useCaseFiles();
const ZEROS = '0'.repeat(64);

/** A vault with two cases and a few changes: eight audit rows in all. */
async function busyCaseFile(): Promise<{ cf: CaseFile; first: string; second: string }> {
  const cf = await caseFile();
  const first = (await cf.call('cases.create', intake({ title: 'First' }))).id;
  cf.clock.advance(MINUTE);
  const second = (await cf.call('cases.create', intake({ title: 'Second' }))).id;
  cf.clock.advance(MINUTE);
  await cf.call('cases.update', { caseId: first, changes: { urgent: true } });
  await cf.call('cases.changeStatus', { caseId: second, to: 'under_review', reason: 'Little information' });
  await cf.call('cases.update', { caseId: second, changes: { summary: 'More detail' } });
  await cf.call('cases.archive', { caseId: first, archived: true, reason: 'Merged' });
  await cf.call('cases.archive', { caseId: first, archived: false, reason: 'Unmerged' });
  await cf.call('cases.changeStatus', {
    caseId: first,
    to: 'closed_other',
    reason: 'Subject unknown',
    closureGround: 'subject_not_identified',
  });
  return { cf, first, second };
}

describe('audit trail', () => {
  it(
    'chains every mutation: seq 1, 2, 3…, the first linked to 64 zeros, each hash = ' +
      'SHA-256(prev_hash || canonical row)',
    async () => {
      const { cf } = await busyCaseFile();
      const { items } = await cf.call('audit.list', {});
      expect(items.map((e) => e.seq)).toEqual([8, 7, 6, 5, 4, 3, 2, 1]);
      const rows = await cf.rawDatabase(
        (db) =>
          db.prepare(`SELECT seq, prev_hash, hash FROM audit_log ORDER BY seq`).all() as Array<{
            seq: number;
            prev_hash: string;
            hash: string;
          }>,
      );
      const oldestFirst = [...items].reverse();
      let previous = ZEROS;
      rows.forEach((row, index) => {
        const entry = oldestFirst[index]!;
        expect(row.prev_hash).toBe(previous);
        const canonical = canonicalJson({
          seq: entry.seq,
          at: entry.at,
          actor: entry.actor,
          action: entry.action,
          caseId: entry.caseId,
          target: entry.target,
          details: entry.details,
        });
        expect(row.hash).toBe(
          createHash('sha256')
            .update(previous + canonical)
            .digest('hex'),
        );
        expect(entry.hash).toBe(row.hash);
        previous = row.hash;
      });
      expect(await cf.call('audit.verify', {})).toEqual({ ok: true, checkedRows: 8, firstBroken: null });
    },
  );

  it('lists one case newest first, with paging before a seq', async () => {
    const { cf, first, second } = await busyCaseFile();
    const ofFirst = (await cf.call('audit.list', { caseId: first })).items;
    expect(ofFirst.map((e) => e.action)).toEqual([
      'case.status.change',
      'case.unarchive',
      'case.archive',
      'case.update',
      'case.create',
    ]);
    expect(ofFirst.every((e) => e.caseId === first && e.actor === 'test')).toBe(true);
    const page1 = (await cf.call('audit.list', { caseId: second, limit: 2 })).items;
    const page2 = (await cf.call('audit.list', { caseId: second, limit: 2, beforeSeq: page1[1]!.seq })).items;
    expect([...page1, ...page2].map((e) => e.action)).toEqual(['case.update', 'case.status.change', 'case.create']);
    expect((await cf.call('audit.list', { limit: 3, beforeSeq: 4 })).items.map((e) => e.seq)).toEqual([3, 2, 1]);
  });

  it('writes no row for a refused change: the mutation and its row commit together or not at all', async () => {
    const cf = await caseFile();
    const { id } = await cf.call('cases.create', intake());
    await cf.refusal('cases.changeStatus', {
      caseId: id,
      to: 'substantiated',
      reason: 'x',
      closureGround: 'facts_established',
    });
    await cf.refusal('cases.archive', { caseId: id, archived: false, reason: 'x' });
    expect((await cf.call('audit.list', {})).items.map((e) => e.action)).toEqual(['case.create']);
    expect((await cf.call('audit.verify', {})).ok).toBe(true);
  });

  it('refuses to append outside a transaction', async () => {
    const cf = await caseFile();
    await cf.rawDatabase((db) => {
      const ctx = { db: () => db, now: () => 0, actor: 'test' };
      expect(() => appendAudit(ctx, { action: 'case.update', caseId: null, target: null })).toThrow(
        /inside the transaction/,
      );
      db.transaction(() => appendAudit(ctx, { action: 'case.update', caseId: null, target: null }))();
      expect(db.prepare(`SELECT count(*) FROM audit_log`).pluck().get()).toBe(1);
    });
  });

  it('refuses UPDATE and DELETE on audit rows at the database level', async () => {
    const { cf } = await busyCaseFile();
    await cf.rawDatabase((db) => {
      expect(() => db.prepare(`UPDATE audit_log SET actor = 'x' WHERE seq = 1`).run()).toThrow(/append-only/);
      expect(() => db.prepare(`DELETE FROM audit_log WHERE seq = 8`).run()).toThrow(/append-only/);
    });
  });
});

/** Tampering as someone holding the key could: drop the guards, then rewrite rows. */
const unguard = `DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;`;

describe('audit.verify finds the first broken row', () => {
  it('a row changed in place: hash mismatch', async () => {
    const { cf } = await busyCaseFile();
    cf.ws.lock('user');
    await cf.rawDatabase((db) => {
      db.exec(unguard);
      db.prepare(`UPDATE audit_log SET details = '{"reason":"Nothing to see"}' WHERE seq = 4`).run();
    });
    await cf.call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    expect(await cf.call('audit.verify', {})).toEqual({
      ok: false,
      checkedRows: 4,
      firstBroken: { seq: 4, reason: 'rowChanged', params: {} },
    });
  });

  it('a row rewritten with a hash of its own: link mismatch at the next row', async () => {
    const { cf } = await busyCaseFile();
    cf.ws.lock('user');
    await cf.rawDatabase((db) => {
      db.exec(unguard);
      const row = db.prepare(`SELECT * FROM audit_log WHERE seq = 3`).get() as Record<string, string | number | null>;
      const forged = {
        seq: 3,
        at: row['at'],
        actor: 'someone',
        action: row['action'],
        caseId: row['case_id'],
        target: { kind: row['target_kind'], id: row['target_id'], label: row['target_label'] },
        details: JSON.parse(row['details'] as string),
      };
      const hash = createHash('sha256')
        .update(String(row['prev_hash']) + canonicalJson(forged))
        .digest('hex');
      db.prepare(`UPDATE audit_log SET actor = 'someone', hash = ? WHERE seq = 3`).run(hash);
    });
    await cf.call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    expect((await cf.call('audit.verify', {})).firstBroken).toEqual({
      seq: 4,
      reason: 'linkMismatch',
      params: {},
    });
  });

  it('a row deleted from the middle: seq gap', async () => {
    const { cf } = await busyCaseFile();
    cf.ws.lock('user');
    await cf.rawDatabase((db) => {
      db.exec(unguard);
      db.prepare(`DELETE FROM audit_log WHERE seq = 5`).run();
    });
    await cf.call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    expect((await cf.call('audit.verify', {})).firstBroken).toEqual({
      seq: 6,
      reason: 'seqGap',
      params: { expected: 5, found: 6 },
    });
  });

  it('the newest rows cut off: truncated, from the head recorded beside the chain', async () => {
    const { cf } = await busyCaseFile();
    cf.ws.lock('user');
    await cf.rawDatabase((db) => {
      db.exec(unguard);
      db.prepare(`DELETE FROM audit_log WHERE seq >= 7`).run();
    });
    await cf.call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    expect(await cf.call('audit.verify', {})).toEqual({
      ok: false,
      checkedRows: 6,
      firstBroken: { seq: 7, reason: 'truncated', params: { last: 6, written: 8 } },
    });
  });

  it('every row deleted: all rows missing, from row 1', async () => {
    const { cf } = await busyCaseFile();
    cf.ws.lock('user');
    await cf.rawDatabase((db) => {
      db.exec(unguard);
      db.prepare(`DELETE FROM audit_log`).run();
    });
    await cf.call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    expect((await cf.call('audit.verify', {})).firstBroken).toEqual({
      seq: 1,
      reason: 'allRowsMissing',
      params: { written: 8 },
    });
  });

  it('an empty vault verifies: nothing written, nothing missing', async () => {
    const cf = await caseFile();
    expect(await cf.call('audit.verify', {})).toEqual({ ok: true, checkedRows: 0, firstBroken: null });
  });
});
