import { describe, expect, it } from 'vitest';
import { CASE_TABLES, NOT_CASE_TABLES } from '../../../electron/core/bundles/case-tables.js';
import { useEvidenceFiles } from '../evidence/evidence-fixture.js';

const evidenceFile = useEvidenceFiles();

describe('the tables a case bundle carries', () => {
  it('are every table of the schema but the vault-wide ones: a new table must say which it is', async () => {
    const ef = await evidenceFile();
    const tables = await ef.rawDatabase(
      (db) =>
        db
          .prepare(
            `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
               AND name NOT LIKE 'search_index%' ORDER BY name`,
          )
          .pluck()
          .all() as string[],
    );
    const classified = new Set<string>([...CASE_TABLES.map((t) => t.table), ...NOT_CASE_TABLES]);
    expect(tables.filter((name) => !classified.has(name))).toEqual([]);
    // And nothing listed that the schema does not have.
    expect([...classified].filter((name) => name !== 'sqlite_sequence' && !tables.includes(name))).toEqual([]);
  });

  it('come in an order where every referenced table is written before the rows that reference it', async () => {
    const ef = await evidenceFile();
    const order = CASE_TABLES.map((t) => t.table);
    const late = await ef.rawDatabase((db) => {
      const problems: string[] = [];
      for (const [position, table] of order.entries()) {
        const references = db.prepare(`SELECT DISTINCT "table" FROM pragma_foreign_key_list(?)`).pluck().all(table);
        for (const parent of references as string[]) {
          const at = order.indexOf(parent);
          if (at > position) problems.push(`${table} before ${parent}`);
        }
      }
      return problems;
    });
    expect(late).toEqual([]);
  });
});
