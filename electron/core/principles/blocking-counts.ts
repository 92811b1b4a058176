import { createHash } from 'node:crypto';
import { PRINCIPLES, PRINCIPLES_EDITION } from '../../../shared/principles/index.js';
import type { CaseSnapshot, PrincipleRule } from '../../../shared/principles/snapshot.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { loadCaseSnapshot, type SnapshotReads } from './case-snapshot.js';
import { watchingTime } from './watching-time.js';

interface CountRow {
  id: string;
  version: number;
  counted_version: number | null;
  counted_zone: string | null;
  counted_rules: string | null;
  blocking: number | null;
}

/**
 * The rules a count was made by: their edition and their code, so an update that changes a rule
 * counts every case again, closed and archived ones included.
 */
const RULES = createHash('sha256')
  .update(`${PRINCIPLES_EDITION}\n${PRINCIPLES.map((rule) => `${rule.id}:${rule.evaluate.toString()}`).join('\n')}`)
  .digest('hex')
  .slice(0, 32);

/**
 * A case's blocking findings, rule by rule, and whether the time changes their number: whether a
 * rule read the time that may block by it (a rule whose time changes only its advice, such as a
 * planned interview judged as of now, does not make the count depend on the clock).
 */
export function countBlocking(
  snapshot: CaseSnapshot,
  rules: readonly PrincipleRule[] = PRINCIPLES,
): { blocking: number; timeRead: boolean } {
  let blocking = 0;
  let timeRead = false;
  for (const rule of rules) {
    const watched = watchingTime(snapshot);
    blocking += rule.evaluate(watched.snapshot).filter((finding) => finding.severity === 'block').length;
    if (watched.timeRead() && rule.timeChangesOnlyAdvice !== true) timeRead = true;
  }
  return { blocking, timeRead };
}

/**
 * The number of blocking findings of each case named, as of `asOfMs`. A count is kept in the vault
 * (case_blocking_counts) against the case's version — SQLite's triggers move it for any write to one
 * of the case's records, from any connection (migration 0026) — and the mission's time zone
 * (incident dates are read in it); the rules run again only for a case that changed since, or whose
 * blocking findings depend on the time (never kept: the clock alone may change them). Inside a transaction
 * nothing is kept, as it may still roll back.
 */
export function blockingCounts(
  reads: SnapshotReads,
  db: VaultDatabase,
  caseIds: readonly string[],
  asOfMs: number,
): Map<string, number> {
  const { timeZone } = reads.clockConfiguration.read(db).calendar;
  const rows = db
    .prepare(
      `SELECT c.id, coalesce(v.version, 0) AS version, k.version AS counted_version, k.time_zone AS counted_zone,
         k.rules AS counted_rules, k.blocking
       FROM cases c LEFT JOIN case_versions v ON v.case_id = c.id LEFT JOIN case_blocking_counts k ON k.case_id = c.id`,
    )
    .all() as CountRow[];
  const known = new Map(rows.map((row) => [row.id, row]));
  const counts = new Map<string, number>();
  const fresh: { caseId: string; version: number; blocking: number; timeRead: boolean }[] = [];
  for (const caseId of caseIds) {
    const row = known.get(caseId);
    if (
      row !== undefined &&
      row.blocking !== null &&
      row.counted_version === row.version &&
      row.counted_zone === timeZone &&
      row.counted_rules === RULES
    ) {
      counts.set(caseId, row.blocking);
      continue;
    }
    const { blocking, timeRead } = countBlocking(loadCaseSnapshot(reads, db, caseId, asOfMs));
    counts.set(caseId, blocking);
    fresh.push({ caseId, version: row?.version ?? 0, blocking, timeRead });
  }
  if (fresh.length > 0 && !db.inTransaction) {
    try {
      keep(db, fresh, timeZone);
    } catch {
      // Kept only to save work next time: a vault busy with another writer (the CLI) still gets its list.
    }
  }
  return counts;
}

function keep(
  db: VaultDatabase,
  fresh: readonly { caseId: string; version: number; blocking: number; timeRead: boolean }[],
  timeZone: string,
): void {
  const upsert = db.prepare(
    `INSERT INTO case_blocking_counts (case_id, version, time_zone, rules, blocking) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (case_id) DO UPDATE SET version = excluded.version, time_zone = excluded.time_zone,
       rules = excluded.rules, blocking = excluded.blocking`,
  );
  const drop = db.prepare('DELETE FROM case_blocking_counts WHERE case_id = ?');
  db.transaction(() => {
    for (const { caseId, version, blocking, timeRead } of fresh) {
      if (timeRead) drop.run(caseId);
      else upsert.run(caseId, version, timeZone, RULES, blocking);
    }
  })();
}
