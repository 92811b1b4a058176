import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCaseBundle } from '../../../electron/core/bundles/bundle-service.js';
import { CASE_TABLES, type CaseTable, type StoredRow } from '../../../electron/core/bundles/case-tables.js';
import { mergeRecord } from '../../../electron/core/bundles/field-merge.js';
import { baseOf } from '../../../electron/core/bundles/row-versions.js';
import { conflictInWords, recordInWords } from '../../../shared/bundles/record-words.js';
import { useEvidenceFiles, type EvidenceFile } from '../evidence/evidence-fixture.js';
import { caseToHandOver, importInto, recipientOf, servicesOf, testKeys } from './bundle-fixture.js';

// A record both sides edited is merged field by field from the version last exchanged: different
// fields both arrive, only the same field changed differently on both sides is for the user to decide,
// and when a record was last saved is never a difference of its own (the merged record keeps the later).
const evidenceFile = useEvidenceFiles();
const table = (name: string): CaseTable => CASE_TABLES.find((t) => t.table === name)!;

describe('merging one record field by field', () => {
  const items = table('evidence_items');
  const base: StoredRow = {
    id: 'i1',
    description: 'CCTV export',
    status: 'collected',
    storage_location: 'Safe 1',
    updated_at: '2026-03-01T10:00:00.000Z',
  };
  const exchanged = { ...baseOf(items, base), fields: baseOf(items, base).fields };

  it('takes a field the sender changed and keeps one changed here: no conflict', () => {
    const ours = { ...base, status: 'in_storage', updated_at: '2026-03-03T09:00:00.000Z' };
    const theirs = { ...base, description: 'CCTV export, camera 2', updated_at: '2026-03-02T08:00:00.000Z' };
    const merge = mergeRecord(items, ours, theirs, exchanged, false);
    expect(merge.fields).toEqual([
      { column: 'description', outcome: 'taken' },
      { column: 'status', outcome: 'kept' },
    ]);
    expect(merge.merged).toMatchObject({
      description: 'CCTV export, camera 2',
      status: 'in_storage',
      // The merged record holds changes made up to the later of the two saves.
      updated_at: '2026-03-03T09:00:00.000Z',
    });
  });

  it('makes a conflict of the same field changed differently on both sides, and still takes the others', () => {
    const ours = { ...base, status: 'at_lab' };
    const theirs = { ...base, status: 'returned', storage_location: 'Safe 2' };
    const merge = mergeRecord(items, ours, theirs, exchanged, false);
    expect(merge.fields).toEqual([
      { column: 'status', outcome: 'conflict' },
      { column: 'storage_location', outcome: 'taken' },
    ]);
    expect(merge.merged).toMatchObject({ status: 'at_lab', storage_location: 'Safe 2' });
    // The user takes theirs: the conflicting field too.
    expect(mergeRecord(items, ours, theirs, exchanged, true).merged).toMatchObject({ status: 'returned' });
  });

  it('never counts bookkeeping alone as a difference', () => {
    const merge = mergeRecord(items, base, { ...base, updated_at: '2026-03-09T00:00:00.000Z' }, exchanged, false);
    expect(merge).toEqual({ fields: [], merged: null });
    const interviews = table('interviews');
    const saved = { id: 'v1', notes_revision: 3, notes_saved_at: 'a', notes_audited_at: 'a', status: 'planned' };
    const resaved = { ...saved, notes_revision: 4, notes_saved_at: 'b', notes_audited_at: 'b' };
    expect(mergeRecord(interviews, saved, resaved, undefined, false).fields).toEqual([]);
  });

  it('without a common version, or with one kept whole (before 0028), decides field by field what it can', () => {
    const ours = { ...base, status: 'at_lab' };
    const theirs = { ...base, description: 'Other' };
    // No common version: every differing field is the user's to decide.
    expect(mergeRecord(items, ours, theirs, undefined, false).fields.map((f) => f.outcome)).toEqual([
      'conflict',
      'conflict',
    ]);
    // A whole-record version equal to ours: we changed nothing since, the bundle's fields are taken.
    const whole = { sha256: baseOf(items, ours).sha256, fields: null };
    expect(mergeRecord(items, ours, theirs, whole, false).fields.map((f) => f.outcome)).toEqual(['taken', 'taken']);
  });

  it('never rewrites a record of an added-only table on the sender’s word', () => {
    const steps = table('case_status_changes');
    const step: StoredRow = { case_id: 'c', position: 1, reason: 'Opened', to_status: 'open' };
    const merge = mergeRecord(steps, step, { ...step, reason: 'Reopened' }, baseOf(steps, step), false);
    expect(merge).toEqual({ fields: [{ column: 'reason', outcome: 'conflict' }], merged: null });
  });
});

async function hand(from: EvidenceFile, fromName: string, to: EvidenceFile, toName: string, caseId: string) {
  const file = path.join(from.work, `${fromName}-${Math.random().toString(36).slice(2)}.casefile`);
  const sender = await servicesOf(from);
  try {
    await exportCaseBundle(sender.ctx, testKeys(fromName), {
      caseId,
      destination: file,
      audience: { kind: 'recipients', recipients: [recipientOf(toName)] },
      omit: [],
      to: toName,
    });
  } finally {
    sender.vault.close();
  }
  return (dryRun: boolean) => importInto(to, testKeys(toName), { file, dryRun, takeTheirs: new Map() });
}

describe('a bundle whose records were edited on both sides', () => {
  it('merges edits to different fields without a conflict, and shows the same field changed twice', async () => {
    const [a, b] = [await evidenceFile(), await evidenceFile()];
    const { theCase, item } = await caseToHandOver(a);
    await (
      await hand(a, 'A', b, 'B', theCase.id)
    )(false);
    await a.call('evidence.update', { itemId: item.id, changes: { description: 'CCTV export, camera 2' } });
    b.clock.advance(120_000);
    await b.call('evidence.update', { itemId: item.id, changes: { status: 'in_storage', storageLocation: 'Safe 4' } });
    const second = await hand(a, 'A', b, 'B', theCase.id);
    const preview = await second(true);
    expect(preview.tables.find((t) => t.table === 'evidence_items')).toMatchObject({
      changed: 1,
      conflicting: 0,
    });
    expect(preview.conflicts.filter((c) => c.table === 'evidence_items')).toEqual([]);
    await second(false);
    const merged = await b.call('evidence.get', { itemId: item.id });
    expect(merged).toMatchObject({
      description: 'CCTV export, camera 2',
      status: 'in_storage',
      storageLocation: 'Safe 4',
    });
    const updatedAt = (ef: EvidenceFile) =>
      ef.rawDatabase(
        (db) => db.prepare(`SELECT updated_at FROM evidence_items WHERE id = ?`).pluck().get(item.id) as string,
      );
    // B’s save is the later one (its clock two minutes on): the merged record keeps its time.
    const [inA, inB] = [await updatedAt(a), await updatedAt(b)];
    expect(inB > inA).toBe(true);

    // Now both change the status: that field, and only it, is for the user to decide.
    await a.call('evidence.update', { itemId: item.id, changes: { status: 'at_lab' } });
    await b.call('evidence.update', { itemId: item.id, changes: { status: 'returned' } });
    const third = await (await hand(a, 'A', b, 'B', theCase.id))(true);
    const conflict = third.conflicts.find((c) => c.table === 'evidence_items')!;
    // The storage place B set and never sent to A stays B's own: shown, but no decision.
    expect(conflict.fields).toEqual([
      { column: 'storage_location', outcome: 'kept' },
      { column: 'status', outcome: 'conflict' },
    ]);
    expect(recordInWords(conflict, 'en')).toBe('Evidence item E-0001');
    expect(conflictInWords(conflict, 'en').fields).toEqual([
      { label: 'Status', ours: 'Returned', theirs: 'At the lab', outcome: 'conflict' },
      { label: 'Where it is kept', ours: 'Safe 4', theirs: 'Evidence locker 3', outcome: 'kept' },
    ]);
  });
});
