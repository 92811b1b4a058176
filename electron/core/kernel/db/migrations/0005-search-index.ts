import { sqlMigration } from './frozen-sql.js';

/**
 * Full-text search over non-identifying text (case title and summary, interview notes, people's
 * codes and non-identifying fields). `search_documents` holds one row per indexed record, found
 * by (kind, record_id) through its unique index, so re-indexing a record never scans the index;
 * `search_index` is an FTS5 external-content table over it, kept in step by triggers.
 * `remove_diacritics 2` folds accents (also those in decomposed form): "temoin" finds "témoin".
 */
export const m0005SearchIndex = sqlMigration(5, '0005-search-index')`
      CREATE TABLE search_documents (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        record_id TEXT NOT NULL,
        case_id TEXT NOT NULL,
        label TEXT NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (kind, record_id)
      ) STRICT;
      CREATE INDEX search_documents_by_case ON search_documents (case_id);

      CREATE VIRTUAL TABLE search_index USING fts5 (
        label, text,
        content = 'search_documents', content_rowid = 'id',
        tokenize = "unicode61 remove_diacritics 2"
      );

      CREATE TRIGGER search_documents_inserted AFTER INSERT ON search_documents BEGIN
        INSERT INTO search_index (rowid, label, text) VALUES (new.id, new.label, new.text);
      END;
      CREATE TRIGGER search_documents_deleted AFTER DELETE ON search_documents BEGIN
        INSERT INTO search_index (search_index, rowid, label, text) VALUES ('delete', old.id, old.label, old.text);
      END;
      CREATE TRIGGER search_documents_updated AFTER UPDATE ON search_documents BEGIN
        INSERT INTO search_index (search_index, rowid, label, text) VALUES ('delete', old.id, old.label, old.text);
        INSERT INTO search_index (rowid, label, text) VALUES (new.id, new.label, new.text);
      END;
    `;
