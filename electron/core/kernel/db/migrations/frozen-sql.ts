import type { Migration } from '../migrate.js';

/*
 * The pieces shipped migrations are written with. FROZEN, like the migrations themselves: a vault
 * created today must get exactly the schema an older vault got from the same steps, so nothing
 * here ever changes meaning. A schema that needs another column shape is a NEW migration with its
 * own SQL (or a new piece beside these), never an edit of a piece below.
 * tests/unit/core/frozen-schema.test.ts compares the schema they make with a committed copy.
 */

/**
 * A migration that is only SQL, written as a tagged template: sqlMigration(6, '0006-people')`CREATE …`.
 * The pieces put in with ${…} are frozen SQL text (this file, deadlinesTable in 0011), joined as
 * written: they are never bound values, and never hold input.
 * The whole text runs once, in the migration's transaction.
 */
export function sqlMigration(version: number, name: string) {
  return (parts: TemplateStringsArray, ...pieces: string[]): Migration => {
    const sql = parts.reduce((text, part, i) => text + pieces[i - 1]! + part);
    return {
      version,
      name,
      up(db) {
        db.exec(sql);
      },
    };
  };
}

// The column texts keep the eight-space indent of a column inside `CREATE TABLE … (`, so that the
// SQL a table's definition is stored with (sqlite_master) stays what it was before these pieces.

/** The key of a record that stands on its own: a UUID. */
export const RECORD_ID = 'id TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 36)';

/** The key of a record that belongs to a case: its UUID, then its case. */
export const CASE_RECORD_KEY = `${RECORD_ID},
        case_id TEXT NOT NULL REFERENCES cases (id)`;

/** The case a record belongs to and the person of that case it is about. */
export const PERSON_IN_CASE = `case_id TEXT NOT NULL REFERENCES cases (id),
        person_id TEXT NOT NULL REFERENCES people (id)`;

/**
 * The key of a row in an append-only history: `seq` keeps the order of recording (AUTOINCREMENT:
 * never reused), the UUID names the row outside the database.
 */
export const LOGGED_ROW_KEY = `seq INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE CHECK (length(id) = 36)`;

/** A record's confidentiality level, one of the three the schema knew when these tables were made. */
export const CONFIDENTIALITY = `confidentiality TEXT NOT NULL
          CHECK (confidentiality IN ('standard', 'confidential', 'strictly_confidential'))`;

/** When a record was created and last changed (ISO instants). */
export const CREATED_UPDATED = `created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL`;

const sqlText = (text: string) => `'${text.replaceAll("'", "''")}'`;

function refuse(event: 'UPDATE' | 'DELETE', table: string, reason: string): string {
  return `CREATE TRIGGER ${table}_no_${event.toLowerCase()} BEFORE ${event} ON ${table}
      BEGIN SELECT RAISE(ABORT, ${sqlText(reason)}); END;`;
}

/** A trigger that refuses to delete any row of `table`, giving `reason`. */
export function neverDeleted(table: string, reason: string): string {
  return refuse('DELETE', table, reason);
}

/**
 * Triggers that refuse any change or deletion of `table`'s rows (they are only ever appended),
 * giving `reason`, or one reason for each.
 */
export function appendOnly(table: string, reason: string | { update: string; delete: string }): string {
  const { update, delete: deletion } = typeof reason === 'string' ? { update: reason, delete: reason } : reason;
  return `${refuse('UPDATE', table, update)}
      ${refuse('DELETE', table, deletion)}`;
}
