import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it } from 'vitest';
import { caseRows } from '../../../electron/core/kernel/db/case-rows.js';

// Two cases; case-1 has records about two people, written out of order.
const db = new Database(':memory:');
db.exec(`CREATE TABLE notes (seq INTEGER PRIMARY KEY, id TEXT, case_id TEXT, person_id TEXT, at TEXT);
  CREATE TABLE people (id TEXT, code TEXT);
  INSERT INTO people VALUES ('p1', 'V-01'), ('p2', 'V-02');
  INSERT INTO notes (id, case_id, person_id, at) VALUES
    ('n3', 'case-1', 'p2', '2026-03-01'), ('n1', 'case-1', 'p1', '2026-01-01'),
    ('n2', 'case-1', 'p1', '2026-02-01'), ('n9', 'case-2', 'p1', '2026-01-15');`);
afterAll(() => db.close());

const ids = (rows: { id: string }[]): string[] => rows.map((row) => row.id);

describe('caseRows', () => {
  const plain = { select: 'SELECT * FROM notes', table: 'notes', order: 'ORDER BY at, seq' };

  it("reads every row of the case in order, or only one person's, never another case's", () => {
    expect(ids(caseRows(db, plain, 'case-1'))).toEqual(['n1', 'n2', 'n3']);
    expect(ids(caseRows(db, plain, 'case-1', 'p1'))).toEqual(['n1', 'n2']);
    expect(ids(caseRows(db, plain, 'case-1', 'p-none'))).toEqual([]);
    expect(ids(caseRows(db, plain, 'case-3'))).toEqual([]);
  });

  it('filters on the named table of a join', () => {
    const joined = {
      select: 'SELECT n.*, p.code FROM notes n JOIN people p ON p.id = n.person_id',
      table: 'n',
      order: 'ORDER BY p.code DESC, n.at',
    };
    const rows = caseRows<{ id: string; code: string }>(db, joined, 'case-1');
    expect(rows.map((row) => [row.id, row.code])).toEqual([
      ['n3', 'V-02'],
      ['n1', 'V-01'],
      ['n2', 'V-01'],
    ]);
    expect(ids(caseRows(db, joined, 'case-1', 'p2'))).toEqual(['n3']);
  });
});
