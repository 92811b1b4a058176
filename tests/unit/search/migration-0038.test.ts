import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/kernel/db/migrate.js';
import { MIGRATIONS } from '../../../electron/core/kernel/db/migrations/index.js';
import { registerSearchStem } from '../../../electron/core/kernel/search/search-stem.js';
import type { VaultDatabase } from '../../../electron/core/kernel/vault/database.js';
import { useMigrationDatabases } from '../cases/migration-db.js';
import { hits, indexedWords, insertDocument } from './index-readers.js';

const freshDatabase = useMigrationDatabases();
const context = { vaultId: randomUUID() };
const ENDINGS = 38;

/** A vault indexed by an earlier Casefile, whose stemmer kept every ending (here it cuts nothing at all). */
function vaultStemmedByAnEarlierCasefile(): VaultDatabase {
  const db = freshDatabase();
  db.function('search_stem', { deterministic: true }, (text: unknown) => text);
  migrate(db, context, MIGRATIONS.slice(0, ENDINGS - 1));
  insertDocument(db).run('r1', 'V-01', 'قابلنا الشاهداتِ أمس');
  insertDocument(db).run('r2', 'École', 'Le témoin a parlé.');
  // The vault is opened by today's Casefile: every connection registers today's stemmer.
  registerSearchStem(db);
  return db;
}

describe('migration 0038 (Arabic search endings)', () => {
  it('stems again what an earlier stemmer indexed, so older documents are found by their stem and stay in step', () => {
    const db = vaultStemmedByAnEarlierCasefile();
    expect(hits(db, '{label_stem text_stem} : "شاهد"')).toEqual([]);

    migrate(db, context, MIGRATIONS.slice(0, ENDINGS));
    expect(hits(db, '{label_stem text_stem} : "شاهد"')).toEqual([{ id: 'r1', snippet: 'قابلنا [الشاهداتِ] أمس' }]);
    expect(hits(db, '{label text} : "الشاهدات"*').map((hit) => hit.id)).toEqual(['r1']);
    expect(hits(db, '"temoin"*')).toEqual([{ id: 'r2', snippet: 'Le [témoin] a parlé.' }]);

    // The triggers change and delete exactly what is now indexed: nothing is left behind.
    db.prepare(`UPDATE search_documents SET text = 'والمقابلاتُ ثانية' WHERE record_id = 'r1'`).run();
    expect(hits(db, '"شاهد"*')).toEqual([]);
    expect(hits(db, '{label_stem text_stem} : "مقابل"').map((hit) => hit.id)).toEqual(['r1']);
    db.prepare(`DELETE FROM search_documents`).run();
    expect(indexedWords(db)).toBe(0);
  });
});
