import type { Migration } from '../migrate.js';
import { loosenTableDefinition } from './loosen-table.js';

/**
 * Issue 15. Closure letters are also written in Spanish, to victims in Spanish-speaking missions: the
 * register's `language` check (0014) gains 'es'.
 *
 * SQLite cannot change a check in place, and the usual way (a new table, the rows copied, the old one
 * dropped) needs foreign keys off, which they cannot be inside the migration's transaction: dropping
 * the register would take its outputs, deliveries, follow-ups and victim contacts with it. A check
 * that allows one more value changes nothing stored, so the register's own definition is edited
 * where SQLite keeps it, the way sqlite.org/lang_altertable.html gives for loosening a constraint:
 * the text of the check replaced, the schema version moved on, the table checked afterwards.
 */
const BEFORE = `CHECK (language IN ('en', 'fr', 'ar'))`;
const AFTER = `CHECK (language IN ('en', 'fr', 'ar', 'es'))`;

export const m0034SpanishLetters: Migration = {
  version: 34,
  name: '0034-spanish-letters',
  up(db) {
    loosenTableDefinition(db, '0034', 'letters', { before: BEFORE, after: AFTER });
  },
};
