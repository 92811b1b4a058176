import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/kernel/db/migrate.js';
import { MIGRATIONS } from '../../../electron/core/kernel/db/migrations/index.js';
import { lightStem, registerSearchStem } from '../../../electron/core/kernel/search/search-stem.js';
import type { VaultDatabase } from '../../../electron/core/kernel/vault/database.js';
import { useMigrationDatabases } from '../cases/migration-db.js';
import { hits, indexedWords, insertDocument } from './index-readers.js';

const freshDatabase = useMigrationDatabases();
const context = { vaultId: randomUUID() };
const BROKEN_PLURALS = 39;

/** A vault indexed by the Casefile of 0038, whose stemmer cut prefixes and endings but knew no broken plural. */
function vaultStemmedWithoutPlurals(): VaultDatabase {
  const db = freshDatabase();
  db.function('search_stem', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? text.replace(/[\p{L}\p{N}\p{Co}\p{M}]+/gu, lightStem) : text,
  );
  migrate(db, context, MIGRATIONS.slice(0, BROKEN_PLURALS - 1));
  insertDocument(db).run('r1', 'V-01', 'استمعنا إلى الشهود وجمعنا الأدلة');
  insertDocument(db).run('r2', 'École', 'Le témoin a parlé.');
  // The vault is opened by today's Casefile: every connection registers today's stemmer.
  registerSearchStem(db);
  return db;
}

describe('migration 0039 (Arabic broken plurals)', () => {
  it('stores the plurals an older vault indexed under their singular, so شاهد and دليل find them', () => {
    const db = vaultStemmedWithoutPlurals();
    expect(hits(db, '{label_stem text_stem} : "شاهد"')).toEqual([]);

    migrate(db, context, MIGRATIONS.slice(0, BROKEN_PLURALS));
    expect(hits(db, '{label_stem text_stem} : "شاهد"')).toEqual([
      { id: 'r1', snippet: 'استمعنا إلى [الشهود] وجمعنا الأدلة' },
    ]);
    expect(hits(db, '{label_stem text_stem} : "دليل"').map((hit) => hit.id)).toEqual(['r1']);
    expect(hits(db, '"temoin"*')).toEqual([{ id: 'r2', snippet: 'Le [témoin] a parlé.' }]);

    // The triggers change and delete exactly what is now indexed: nothing is left behind.
    db.prepare(`UPDATE search_documents SET text = 'قابلنا الضحايا' WHERE record_id = 'r1'`).run();
    expect(hits(db, '"شاهد"*')).toEqual([]);
    expect(hits(db, '{label_stem text_stem} : "ضحي"').map((hit) => hit.id)).toEqual(['r1']);
    db.prepare(`DELETE FROM search_documents`).run();
    expect(indexedWords(db)).toBe(0);
  });
});
