import { describe, expect, it } from 'vitest';
import { migrateTo, tableNames, useMigrationDatabases } from '../cases/migration-db.js';

const freshDatabase = useMigrationDatabases();

const matches = (db: ReturnType<typeof freshDatabase>, query: string): string[] =>
  db
    .prepare(
      `SELECT d.record_id FROM search_index JOIN search_documents d ON d.id = search_index.rowid
              WHERE search_index MATCH ? ORDER BY d.record_id`,
    )
    .pluck()
    .all(query) as string[];

describe('migration 0005 (search index)', () => {
  it('indexes documents through triggers, accent-insensitively, and forgets them on update and delete', () => {
    const db = freshDatabase();
    migrateTo(db, 5);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['search_documents', 'search_index']));
    const insert = db.prepare(
      `INSERT INTO search_documents (kind, record_id, case_id, label, text) VALUES (?, ?, 'c1', ?, ?)`,
    );
    insert.run('case', 'r1', 'École de Bangui', 'Le témoin a parlé.');
    insert.run('interview', 'r2', 'W-01', 'The witness spoke at the school.');
    expect(() => insert.run('case', 'r1', 'again', 'again')).toThrow(/UNIQUE/);

    expect(matches(db, 'temoin')).toEqual(['r1']);
    expect(matches(db, 'ecole')).toEqual(['r1']);
    expect(matches(db, 'TÉMOIN')).toEqual(['r1']);
    expect(matches(db, 'school')).toEqual(['r2']);

    db.prepare(`UPDATE search_documents SET text = 'Rien.' WHERE record_id = 'r1'`).run();
    expect(matches(db, 'temoin')).toEqual([]);
    expect(matches(db, 'rien')).toEqual(['r1']);
    db.prepare(`DELETE FROM search_documents WHERE record_id = 'r2'`).run();
    expect(matches(db, 'school')).toEqual([]);
    // The external-content index agrees with its table after all of the above.
    db.prepare(`INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)`).run();
  });
});
