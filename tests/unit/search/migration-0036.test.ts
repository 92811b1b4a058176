import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/kernel/db/migrate.js';
import { MIGRATIONS } from '../../../electron/core/kernel/db/migrations/index.js';
import { useMigrationDatabases } from '../cases/migration-db.js';
import { hits, indexedWords, insertDocument } from './index-readers.js';

const freshDatabase = useMigrationDatabases();
const context = { vaultId: randomUUID() };
const STEMS = 36;

describe('migration 0036 (Arabic search stems)', () => {
  it('indexes again, stemmed, what was indexed before it, and snippets show the words as written', () => {
    const db = freshDatabase();
    migrate(db, context, MIGRATIONS.slice(0, STEMS - 1));
    insertDocument(db).run('r1', 'V-01', 'قال وبالشاهِدِ إنّه رأى');
    insertDocument(db).run('r2', 'École', 'Le témoin a parlé.');
    // Before: the word joined to its article and prefixes was found by its whole form only.
    expect(hits(db, '"شاهد"*')).toEqual([]);

    migrate(db, context, MIGRATIONS.slice(0, STEMS));
    expect(hits(db, '{label_stem text_stem} : "شاهد"*')).toEqual([{ id: 'r1', snippet: 'قال [وبالشاهِدِ] إنّه رأى' }]);
    expect(hits(db, '{label text} : "وبالشاهد"*').map((hit) => hit.id)).toEqual(['r1']);
    expect(hits(db, '"temoin"*')).toEqual([{ id: 'r2', snippet: 'Le [témoin] a parlé.' }]);
  });

  it('keeps both kinds of column in step with the documents, and forgets every word it was given', () => {
    const db = freshDatabase();
    migrate(db, context, MIGRATIONS.slice(0, STEMS));
    insertDocument(db).run('r1', 'W-01', 'شهدت الضحيّةُ على ذلك');
    expect(hits(db, '{label_stem text_stem} : "ضحي"*').map((hit) => hit.snippet)).toEqual(['شهدت [الضحيّةُ] على ذلك']);

    db.prepare(`UPDATE search_documents SET text = 'والمقابلةُ ثانية' WHERE record_id = 'r1'`).run();
    expect(hits(db, '"ضحيه"*')).toEqual([]);
    expect(hits(db, '{label_stem text_stem} : "مقابل"*').map((hit) => hit.id)).toEqual(['r1']);
    // Four columns of two words each (W, 01; والمقابله or مقابله, ثانيه).
    expect(indexedWords(db)).toBe(8);
    db.prepare(`DELETE FROM search_documents`).run();
    expect(indexedWords(db)).toBe(0);
  });
});
