import { sqlMigration } from './frozen-sql.js';

/**
 * Issue 15. Search sees through the ways Arabic is written (kernel/search/search-fold.ts): the index
 * holds each document's words folded by search_fold(), the function every vault connection registers,
 * while search_documents keeps the original text, which snippets are still cut from.
 * The tokenizer also counts combining marks (M*) as part of a word: before, a vowel mark split an
 * Arabic word in two (شاهِد was indexed as شاه and د), and the original and folded texts must cut
 * into the same words for a snippet's highlight to fall on the right word.
 * The index is made again from search_documents, inside the encrypted database (never a temp file).
 */
export const m0035ArabicSearch = sqlMigration(35, '0035-arabic-search')`
      DROP TRIGGER search_documents_inserted;
      DROP TRIGGER search_documents_deleted;
      DROP TRIGGER search_documents_updated;
      DROP TABLE search_index;

      CREATE VIRTUAL TABLE search_index USING fts5 (
        label, text,
        content = 'search_documents', content_rowid = 'id',
        tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
      );

      CREATE TRIGGER search_documents_inserted AFTER INSERT ON search_documents BEGIN
        INSERT INTO search_index (rowid, label, text) VALUES (new.id, search_fold(new.label), search_fold(new.text));
      END;
      CREATE TRIGGER search_documents_deleted AFTER DELETE ON search_documents BEGIN
        INSERT INTO search_index (search_index, rowid, label, text)
          VALUES ('delete', old.id, search_fold(old.label), search_fold(old.text));
      END;
      CREATE TRIGGER search_documents_updated AFTER UPDATE ON search_documents BEGIN
        INSERT INTO search_index (search_index, rowid, label, text)
          VALUES ('delete', old.id, search_fold(old.label), search_fold(old.text));
        INSERT INTO search_index (rowid, label, text) VALUES (new.id, search_fold(new.label), search_fold(new.text));
      END;

      INSERT INTO search_index (rowid, label, text)
        SELECT id, search_fold(label), search_fold(text) FROM search_documents;
    `;
