import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/kernel/db/migrate.js';
import { MIGRATIONS } from '../../../electron/core/kernel/db/migrations/index.js';
import { useMigrationDatabases } from '../cases/migration-db.js';
import { hits, indexedWords } from './index-readers.js';

const freshDatabase = useMigrationDatabases();
const context = { vaultId: randomUUID() };

describe('migration 0035 (Arabic search)', () => {
  it('indexes again, folded, what was indexed before it, and snippets keep the original marks', () => {
    const db = freshDatabase();
    migrate(db, context, MIGRATIONS.slice(0, 34));
    const insert = db.prepare(
      `INSERT INTO search_documents (kind, record_id, case_id, label, text) VALUES ('case', ?, 'c1', ?, ?)`,
    );
    insert.run('r1', 'V-01', 'قال الشاهِدُ إنّه رأى المدرسةَ');
    insert.run('r2', 'École', 'Le témoin a parlé.');
    // Before: a vowel mark cut the word in two, so the word typed without it was not found.
    expect(hits(db, '"الشاهد"*')).toEqual([]);

    migrate(db, context, MIGRATIONS.slice(0, 35));
    expect(hits(db, '"الشاهد"*')).toEqual([{ id: 'r1', snippet: 'قال [الشاهِدُ] إنّه رأى المدرسةَ' }]);
    expect(hits(db, '"انه"*').map((hit) => hit.snippet)).toEqual(['قال الشاهِدُ [إنّه] رأى المدرسةَ']);
    expect(hits(db, '"المدرسه"*').map((hit) => hit.id)).toEqual(['r1']);
    expect(hits(db, '"temoin"*')).toEqual([{ id: 'r2', snippet: 'Le [témoin] a parlé.' }]);
  });

  it('keeps the index in step with its documents through the triggers, folded on both sides', () => {
    const db = freshDatabase();
    migrate(db, context, MIGRATIONS.slice(0, 35));
    const insert = db.prepare(
      `INSERT INTO search_documents (kind, record_id, case_id, label, text) VALUES ('case', ?, 'c1', ?, ?)`,
    );
    insert.run('r1', 'W-01', 'شهدت الضحيّةُ على ذلك');
    insert.run('r2', 'W-02', 'Témoin entendu à Bria.');
    expect(hits(db, '"الضحيه"*').map((hit) => hit.snippet)).toEqual(['شهدت [الضحيّةُ] على ذلك']);

    db.prepare(`UPDATE search_documents SET text = 'مقابلةٌ ثانية' WHERE record_id = 'r1'`).run();
    expect(hits(db, '"الضحيه"*')).toEqual([]);
    expect(hits(db, '"مقابله"*').map((hit) => hit.id)).toEqual(['r1']);
    // The index forgets every word it was given: deletes hand it the folded words it holds.
    expect(indexedWords(db)).toBe(10);
    db.prepare(`DELETE FROM search_documents`).run();
    expect(indexedWords(db)).toBe(0);
  });
});
