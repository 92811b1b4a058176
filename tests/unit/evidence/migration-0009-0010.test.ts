import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { VaultDatabase } from '../../../electron/core/kernel/vault/database.js';
import { columnNames, insertCase, migrateTo, tableNames, useMigrationDatabases } from '../people/migration-db.js';

const freshDatabase = useMigrationDatabases();

function insertItem(db: VaultDatabase, caseId: string, sequence: number, original: string | null = null): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO evidence_items (id, case_id, sequence, type, description, collected_at, copy_role, original_id,
      storage_location,
       status, confidentiality, markers, created_at, updated_at)
     VALUES (?, ?, ?, 'digital', 'Phone', '2026-03-01T08:00:00.000Z', ?, ?, '', 'collected', 'confidential', '[]',
       'now', 'now')`,
  ).run(id, caseId, sequence, original === null ? 'evidentiary_original' : 'working_copy', original);
  return id;
}

function insertContent(db: VaultDatabase, itemId: string, objectId = 'a'.repeat(32)): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO evidence_contents (id, item_id, object_id, wrapped_key, file_name, size, sha256, ingested_at)
     VALUES (?, ?, ?, ?, 'f.bin', 3, ?, 'now')`,
  ).run(id, itemId, objectId, Buffer.alloc(61), 'b'.repeat(64));
  return id;
}

const insertEvent = (db: VaultDatabase, itemId: string, sequence: number, at: string) =>
  db
    .prepare(
      `INSERT INTO custody_events (id, item_id, sequence, kind, at, persons, purpose, hash_checks, recorded_at,
        recorded_by)
       VALUES (?, ?, ?, 'handed_over', ?, '[]', 'Transfer', '[]', 'now', 'test')`,
    )
    .run(randomUUID(), itemId, sequence, at);

describe('migration 0009 (evidence)', () => {
  it('adds items numbered per case, their links and their content rows, on a database with cases', () => {
    const db = freshDatabase();
    migrateTo(db, 8);
    const caseId = insertCase(db);
    migrateTo(db, 9);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['evidence_items', 'evidence_people', 'evidence_interviews', 'evidence_contents']),
    );
    expect(columnNames(db, 'evidence_contents')).toEqual([
      'seq',
      'id',
      'item_id',
      'object_id',
      'wrapped_key',
      'file_name',
      'size',
      'sha256',
      'ingested_at',
      'verification',
      'verified_at',
      'problem',
    ]);
    const first = insertItem(db, caseId, 1);
    expect(() => insertItem(db, caseId, 1)).toThrow(/UNIQUE/);
    insertItem(db, insertCase(db, 'CF-2026-0002'), 1);
    insertItem(db, caseId, 2, first);
    expect(() => insertItem(db, randomUUID(), 3)).toThrow(/FOREIGN KEY/);
  });

  it('never removes an item, never changes its number, and keeps a copy linked to an original', () => {
    const db = freshDatabase();
    migrateTo(db, 9);
    const caseId = insertCase(db);
    const item = insertItem(db, caseId, 1);
    expect(() => db.prepare('DELETE FROM evidence_items').run()).toThrow(/never removed/);
    expect(() => db.prepare('UPDATE evidence_items SET sequence = 5').run()).toThrow(/keeps its case and number/);
    expect(() => db.prepare(`UPDATE evidence_items SET copy_role = 'working_copy' WHERE id = ?`).run(item)).toThrow(
      /CHECK/,
    );
  });

  it('fixes the hash at collection: only the verification outcome of a content row may change', () => {
    const db = freshDatabase();
    migrateTo(db, 9);
    const content = insertContent(db, insertItem(db, insertCase(db), 1));
    expect(() => db.prepare(`UPDATE evidence_contents SET sha256 = ?`).run('c'.repeat(64))).toThrow(/never changes/);
    expect(() => db.prepare('DELETE FROM evidence_contents').run()).toThrow(/never removed/);
    expect(() => db.prepare(`UPDATE evidence_contents SET verification = 'failed', verified_at = 'now'`).run()).toThrow(
      /CHECK/,
    );
    db.prepare(
      `UPDATE evidence_contents SET verification = 'failed', verified_at = 'now', problem = 'tampered' WHERE id = ?`,
    ).run(content);
    expect(() => insertContent(db, insertItem(db, insertCase(db, 'CF-2026-0009'), 1))).toThrow(/UNIQUE/);
  });
});

describe('migration 0010 (custody)', () => {
  it('keeps each item’s chain append-only and in chronological order', () => {
    const db = freshDatabase();
    migrateTo(db, 9);
    const item = insertItem(db, insertCase(db), 1);
    migrateTo(db, 10);
    expect(tableNames(db)).toContain('custody_events');
    insertEvent(db, item, 1, '2026-03-01T10:00:00.000Z');
    insertEvent(db, item, 2, '2026-03-01T10:00:00.000Z');
    expect(() => insertEvent(db, item, 3, '2026-03-01T09:59:59.999Z')).toThrow(/chronological/);
    expect(() => insertEvent(db, item, 2, '2026-03-01T11:00:00.000Z')).toThrow(/chronological|UNIQUE/);
    expect(() => db.prepare('UPDATE custody_events SET purpose = ?').run('x')).toThrow(/never changed/);
    expect(() => db.prepare('DELETE FROM custody_events').run()).toThrow(/never removed/);
  });
});
