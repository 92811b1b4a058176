import { sqlMigration } from './frozen-sql.js';

/**
 * Issue 15. Arabic writes the article and some short words joined to the word they go with:
 * الشاهد, وبالشاهد, للشاهد are all شاهد. The index gets two more columns, label_stem and text_stem,
 * that hold each document's folded words stemmed by search_stem() (kernel/search/search-stem.ts:
 * the joined و/ف, بال/كال/لل and ال cut off), beside the folded words of 0035; a search looks in
 * both (match-expression.ts), so the word as typed still ranks before its other forms.
 * Stemming only shortens a word, never removes or splits one, so the stemmed columns cut into the
 * same words as the original text: search_snippet_texts hands the index the original label and text
 * for them too, and a snippet cut from a stemmed column shows the words as written.
 * The index is made again from search_documents, inside the encrypted database (never a temp file).
 */
export const m0036ArabicSearchStems = sqlMigration(36, '0036-arabic-search-stems')`
      DROP TRIGGER search_documents_inserted;
      DROP TRIGGER search_documents_deleted;
      DROP TRIGGER search_documents_updated;
      DROP TABLE search_index;

      CREATE VIEW search_snippet_texts AS
        SELECT id, label, text, label AS label_stem, text AS text_stem FROM search_documents;

      CREATE VIRTUAL TABLE search_index USING fts5 (
        label, text, label_stem, text_stem,
        content = 'search_snippet_texts', content_rowid = 'id',
        tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
      );

      CREATE TRIGGER search_documents_inserted AFTER INSERT ON search_documents BEGIN
        INSERT INTO search_index (rowid, label, text, label_stem, text_stem)
          VALUES (new.id, search_fold(new.label), search_fold(new.text),
                  search_stem(search_fold(new.label)), search_stem(search_fold(new.text)));
      END;
      CREATE TRIGGER search_documents_deleted AFTER DELETE ON search_documents BEGIN
        INSERT INTO search_index (search_index, rowid, label, text, label_stem, text_stem)
          VALUES ('delete', old.id, search_fold(old.label), search_fold(old.text),
                  search_stem(search_fold(old.label)), search_stem(search_fold(old.text)));
      END;
      CREATE TRIGGER search_documents_updated AFTER UPDATE ON search_documents BEGIN
        INSERT INTO search_index (search_index, rowid, label, text, label_stem, text_stem)
          VALUES ('delete', old.id, search_fold(old.label), search_fold(old.text),
                  search_stem(search_fold(old.label)), search_stem(search_fold(old.text)));
        INSERT INTO search_index (rowid, label, text, label_stem, text_stem)
          VALUES (new.id, search_fold(new.label), search_fold(new.text),
                  search_stem(search_fold(new.label)), search_stem(search_fold(new.text)));
      END;

      INSERT INTO search_index (rowid, label, text, label_stem, text_stem)
        SELECT id, search_fold(label), search_fold(text),
               search_stem(search_fold(label)), search_stem(search_fold(text))
          FROM search_documents;
    `;
