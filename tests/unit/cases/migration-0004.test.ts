import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { columnNames, migrateTo, tableNames, useMigrationDatabases } from './migration-db.js';

const freshDatabase = useMigrationDatabases();

describe('migration 0004 (case intake)', () => {
  it('keeps cases opened before it, with neutral intake values and an opening entry in their history', () => {
    const db = freshDatabase();
    migrateTo(db, 3);
    const id = randomUUID();
    db.prepare(
      `INSERT INTO cases (id, reference, title, summary, confidentiality, created_at, updated_at)
       VALUES (?, 'CF-2025-0007', 'Témoin', 'résumé', 'strictly_confidential', '2025-11-02T03:04:05.000Z',
         '2025-11-03T00:00:00.000Z')`,
    ).run(id);

    migrateTo(db, 4);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['cases', 'case_status_changes', 'case_reference_counters']));
    expect(tableNames(db)).not.toContain('cases_with_intake');
    expect(db.prepare(`SELECT * FROM cases`).get()).toEqual({
      id,
      reference: 'CF-2025-0007',
      title: 'Témoin',
      summary: 'résumé',
      date_received: '2025-11-02',
      reporting_channel: 'other',
      entity: 'Not recorded',
      location: '{"text":"","confidentiality":"strictly_confidential"}',
      category: null,
      subtype: null,
      incident_dates: '[{"precision":"unknown"}]',
      investigating_entity: null,
      urgent: 0,
      reporting_obligation_acknowledged_at: null,
      alleged_exchange: '[]',
      paternity_claim: '{"claimed":false}',
      status: 'preliminary_assessment',
      confidentiality: 'strictly_confidential',
      archived_at: null,
      archive_reason: null,
      created_at: '2025-11-02T03:04:05.000Z',
      updated_at: '2025-11-03T00:00:00.000Z',
    });
    expect(db.prepare(`SELECT * FROM case_status_changes`).all()).toEqual([
      {
        case_id: id,
        position: 1,
        from_status: null,
        to_status: 'preliminary_assessment',
        at: '2025-11-02T03:04:05.000Z',
        reason: 'Opened before the status history was kept',
        closure_ground: null,
        recorded_at: '2025-11-02T03:04:05.000Z',
      },
    ]);
  });

  it(
    'constrains the new columns: JSON text, urgent 0/1, archive time and reason ' +
      'together, history linked to a case',
    () => {
      const db = freshDatabase();
      migrateTo(db, 4);
      expect(columnNames(db, 'case_status_changes')).toEqual([
        'case_id',
        'position',
        'from_status',
        'to_status',
        'at',
        'reason',
        'closure_ground',
        'recorded_at',
      ]);
      const insert = db.prepare(
        `INSERT INTO cases (id, reference, title, date_received, reporting_channel, entity, location, category,
          incident_dates,
         urgent, alleged_exchange, paternity_claim, status, confidentiality, archived_at, archive_reason, created_at,
           updated_at)
       VALUES (@id, @reference, 'T', @date, 'hotline', 'MINUSCA', @location, @category, '[]', @urgent, '[]', '{}',
         'preliminary_assessment', 'confidential', @archivedAt, @archiveReason, 'x', 'x')`,
      );
      const valid = {
        id: randomUUID(),
        reference: 'CF-2026-0001',
        date: '2026-03-01',
        location: '{}',
        category: 'SA',
        urgent: 1,
        archivedAt: null,
        archiveReason: null,
      };
      insert.run(valid);
      const next = (changes: Partial<typeof valid>) => ({
        ...valid,
        id: randomUUID(),
        reference: `CF-2026-${randomUUID()}`,
        ...changes,
      });
      expect(() => insert.run(next({ location: 'plain text' }))).toThrow(/CHECK/);
      expect(() => insert.run(next({ urgent: 2 }))).toThrow(/CHECK/);
      expect(() => insert.run(next({ category: 'XX' }))).toThrow(/CHECK/);
      expect(() => insert.run(next({ date: '1 March' }))).toThrow(/CHECK/);
      expect(() => insert.run(next({ archivedAt: '2026-03-02T00:00:00.000Z' as never }))).toThrow(/CHECK/);
      expect(() => insert.run(next({ reference: valid.reference }))).toThrow(/UNIQUE/);

      const change = db.prepare(
        `INSERT INTO case_status_changes (case_id, position, from_status, to_status, at, reason, recorded_at)
       VALUES (?, ?, ?, 'under_review', 'x', 'why', 'x')`,
      );
      expect(() => change.run(randomUUID(), 1, null)).toThrow(/FOREIGN KEY/);
      expect(() => change.run(valid.id, 2, null)).toThrow(/CHECK/);
      expect(() => change.run(valid.id, 1, 'preliminary_assessment')).toThrow(/CHECK/);
      change.run(valid.id, 1, null);
      expect(() => change.run(valid.id, 1, null)).toThrow(/UNIQUE|PRIMARY KEY/);
    },
  );
});
