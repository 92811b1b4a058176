import type { VaultDatabase } from '../../vault/database.js';

/**
 * Loosens a constraint of `table` (a check that allows one more value, a NOT NULL dropped) by replacing
 * `before` with `after` in the table's definition where SQLite keeps it, the way
 * sqlite.org/lang_altertable.html gives for such a change: nothing stored changes meaning, so the table is
 * not rebuilt (which would need foreign keys off, impossible inside the migration's transaction). The
 * schema version moves on and the table is checked afterwards. `migration` names the step in its errors.
 * FROZEN, like the migrations that use it (0034, 0037).
 */
export function loosenTableDefinition(
  db: VaultDatabase,
  migration: string,
  table: string,
  change: { before: string; after: string },
): void {
  const definition = () =>
    db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`).pluck().get(table) as string;
  const current = definition();
  if (current.split(change.before).length !== 2) throw new Error(`${migration}: ${table} is not as expected`);
  const schemaVersion = db.pragma('schema_version', { simple: true }) as number;
  db.unsafeMode(true);
  try {
    db.pragma('writable_schema = ON');
    db.prepare(`UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?`).run(
      current.replace(change.before, change.after),
      table,
    );
    db.pragma(`schema_version = ${schemaVersion + 1}`);
  } finally {
    db.pragma('writable_schema = OFF');
    db.unsafeMode(false);
  }
  const problems = db.pragma(`integrity_check(${table})`, { simple: true });
  if (problems !== 'ok' || !definition().includes(change.after)) throw new Error(`${migration}: ${table} is damaged`);
}
