import type { VaultDatabase } from '../vault/database.js';

/**
 * The case's change counter (case_versions): 0 until a first write to one of its records. SQLite's
 * triggers move it for any write from any connection (migration 0026), so two reads of the case that
 * give the same number saw the same records.
 */
export function caseVersion(db: VaultDatabase, caseId: string): number {
  const row = db.prepare('SELECT version FROM case_versions WHERE case_id = ?').get(caseId) as
    { version: number } | undefined;
  return row?.version ?? 0;
}
