import type { Migration } from '../migrate.js';

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
    const definition = () =>
      db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'letters'`).pluck().get() as string;
    const before = definition();
    if (before.split(BEFORE).length !== 2) throw new Error('0034: the letter register is not as 0014 made it');
    const schemaVersion = db.pragma('schema_version', { simple: true }) as number;
    db.unsafeMode(true);
    try {
      db.pragma('writable_schema = ON');
      db.prepare(`UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'letters'`).run(
        before.replace(BEFORE, AFTER),
      );
      db.pragma(`schema_version = ${schemaVersion + 1}`);
    } finally {
      db.pragma('writable_schema = OFF');
      db.unsafeMode(false);
    }
    const problems = db.pragma('integrity_check(letters)', { simple: true });
    if (problems !== 'ok' || !definition().includes(AFTER)) throw new Error('0034: the letter register is damaged');
  },
};
