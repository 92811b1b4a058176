import { sqlMigration } from './frozen-sql.js';

/**
 * Issue 15. Arabic search also cuts the endings of a word (kernel/search/search-stem.ts, after
 * light10): شاهدة, شاهدات, شاهدين, شاهدها are all stored as شاهد in label_stem and text_stem.
 * The stems an older vault stored were cut by the earlier search_stem(), which kept every ending:
 * the index forgets all it holds and is given every document again, folded and stemmed by the
 * search_stem() of today, so a search finds the older documents as it finds new ones, and the
 * triggers of 0036 delete exactly the words that were indexed.
 * The columns and triggers stay as 0036 made them; everything stays inside the encrypted database.
 */
export const m0038ArabicSearchEndings = sqlMigration(38, '0038-arabic-search-endings')`
      INSERT INTO search_index (search_index) VALUES ('delete-all');
      INSERT INTO search_index (rowid, label, text, label_stem, text_stem)
        SELECT id, search_fold(label), search_fold(text),
               search_stem(search_fold(label)), search_stem(search_fold(text))
          FROM search_documents;
    `;
