import { sqlMigration } from './frozen-sql.js';

/**
 * Issue 15. Arabic search also finds a word by its broken plural (kernel/search/search-stem.ts): شهود
 * is stored as شاهد, أدلة as دليل, ضحايا as the stem of ضحية, from a small dictionary of the plurals
 * an investigation writes. An older vault stored a broken plural as its own stem: the index forgets
 * all it holds and is given every document again, stemmed by the search_stem() of today, so a search
 * finds the older documents as it finds new ones, and the triggers of 0036 delete exactly the words that
 * were indexed. The columns and triggers stay as 0036 made them; everything stays inside the encrypted
 * database.
 */
export const m0039ArabicBrokenPlurals = sqlMigration(39, '0039-arabic-broken-plurals')`
      INSERT INTO search_index (search_index) VALUES ('delete-all');
      INSERT INTO search_index (rowid, label, text, label_stem, text_stem)
        SELECT id, search_fold(label), search_fold(text),
               search_stem(search_fold(label)), search_stem(search_fold(text))
          FROM search_documents;
    `;
