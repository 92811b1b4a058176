import type { VaultDatabase } from '../../../electron/core/kernel/vault/database.js';

/** The documents a raw FTS5 query finds, by record id, each with its snippet (matches in [brackets]). */
export const hits = (db: VaultDatabase, query: string): { id: string; snippet: string }[] =>
  db
    .prepare(
      `SELECT d.record_id AS id, snippet(search_index, -1, '[', ']', '…', 16) AS snippet
         FROM search_index JOIN search_documents d ON d.id = search_index.rowid
        WHERE search_index MATCH ? ORDER BY d.record_id`,
    )
    .all(query) as { id: string; snippet: string }[];

/** How many words the index holds, in every column: 0 once it has forgotten all it was given. */
export const indexedWords = (db: VaultDatabase): number => {
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_words USING fts5vocab(main, search_index, 'instance')`);
  return db.prepare(`SELECT count(*) FROM temp.search_words`).pluck().get() as number;
};

/** Puts one case document in search_documents, as the records' triggers do: its record id, label and text. */
export const insertDocument = (db: VaultDatabase) =>
  db.prepare(`INSERT INTO search_documents (kind, record_id, case_id, label, text) VALUES ('case', ?, 'c1', ?, ?)`);
