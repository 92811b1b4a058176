import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import {
  appendOnly,
  CREATED_UPDATED,
  neverDeleted,
  RECORD_ID,
  sqlMigration,
} from '../../../electron/core/kernel/db/migrations/frozen-sql.js';

const dbs: Database.Database[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

/** An in-memory database holding one table `t` (id, note), with one row 'a'. */
function tableWithOneRow(triggers: string): Database.Database {
  const db = new Database(':memory:');
  dbs.push(db);
  db.exec(`CREATE TABLE t (id TEXT PRIMARY KEY, note TEXT); ${triggers}; INSERT INTO t VALUES ('a', 'first')`);
  return db;
}

describe('the frozen SQL pieces of the migrations', () => {
  it('sqlMigration keeps its version and name and runs its SQL with the pieces in place, in order', () => {
    const migration = sqlMigration(7, '0007-example')`
      CREATE TABLE example (
        ${RECORD_ID},
        label TEXT NOT NULL,
        ${CREATED_UPDATED}
      ) STRICT;`;
    expect({ version: migration.version, name: migration.name }).toEqual({ version: 7, name: '0007-example' });
    const db = new Database(':memory:');
    dbs.push(db);
    migration.up(db, { vaultId: 'unused' });
    expect(db.prepare(`SELECT name FROM pragma_table_info('example') ORDER BY cid`).pluck().all()).toEqual([
      'id',
      'label',
      'created_at',
      'updated_at',
    ]);
  });

  it('appendOnly refuses every update and delete, each with its reason, and lets rows be added', () => {
    const db = tableWithOneRow(appendOnly('t', { update: 'rows are never changed', delete: 'rows are kept' }));
    db.exec(`INSERT INTO t VALUES ('b', 'second')`);
    expect(() => db.exec(`UPDATE t SET note = 'edited'`)).toThrow('rows are never changed');
    expect(() => db.exec(`DELETE FROM t WHERE id = 'a'`)).toThrow('rows are kept');
    expect(db.prepare(`SELECT note FROM t ORDER BY id`).pluck().all()).toEqual(['first', 'second']);
  });

  it('appendOnly with one reason gives it for both, quotes and all', () => {
    const db = tableWithOneRow(appendOnly('t', "the log's rows stay"));
    expect(() => db.exec(`UPDATE t SET note = 'edited'`)).toThrow("the log's rows stay");
    expect(() => db.exec(`DELETE FROM t`)).toThrow("the log's rows stay");
  });

  it('neverDeleted refuses a delete but lets a row change', () => {
    const db = tableWithOneRow(neverDeleted('t', 'items are never removed'));
    expect(() => db.exec(`DELETE FROM t`)).toThrow('items are never removed');
    db.exec(`UPDATE t SET note = 'edited'`);
    expect(db.prepare(`SELECT note FROM t`).pluck().get()).toBe('edited');
  });
});
