import { evaluatePrinciples } from '../../../shared/principles/index.js';
import type { CaseSnapshot } from '../../../shared/principles/snapshot.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { loadCaseSnapshot, type SnapshotReads } from './case-snapshot.js';

/** What was counted for one case, and against which state of it. */
interface Counted {
  version: number;
  timeZone: string;
  blocking: number;
}

/**
 * Per open connection: a case's count of blocking findings, kept while the case does not change.
 * A case changes when its counter in case_versions moves on (SQLite's triggers move it for any
 * write to one of its records, from any connection) or the mission's time zone changes (incident
 * dates are read in it). A count whose rules read the snapshot's time is never kept: it may change
 * with the clock alone.
 */
const COUNTED = new WeakMap<VaultDatabase, Map<string, Counted>>();

/**
 * Whether evaluating the snapshot reads its time: the snapshot is given an `asOf` that notes
 * being read (spreading the snapshot reads it too, so a rule cannot go round it).
 */
function watchingTime(snapshot: CaseSnapshot): { snapshot: CaseSnapshot; timeRead(): boolean } {
  let read = false;
  const { asOf } = snapshot;
  const watched = { ...snapshot };
  Object.defineProperty(watched, 'asOf', {
    enumerable: true,
    get() {
      read = true;
      return asOf;
    },
  });
  return { snapshot: watched, timeRead: () => read };
}

/**
 * The number of blocking findings of each case named, as of `asOfMs`: the rules run again only
 * for a case that changed since they last ran, or whose findings depend on the time. Inside a
 * transaction nothing is kept (it may still roll back) and every case is evaluated.
 */
export function blockingCounts(
  reads: SnapshotReads,
  db: VaultDatabase,
  caseIds: readonly string[],
  asOfMs: number,
): Map<string, number> {
  const versions = new Map(
    (db.prepare('SELECT case_id, version FROM case_versions').raw().all() as [string, number][]).map(
      ([id, version]) => [id, version],
    ),
  );
  const { timeZone } = reads.clockConfiguration.read(db).calendar;
  const keep = !db.inTransaction;
  let counted = COUNTED.get(db);
  if (counted === undefined) {
    counted = new Map();
    COUNTED.set(db, counted);
  }
  const counts = new Map<string, number>();
  for (const caseId of caseIds) {
    const version = versions.get(caseId) ?? 0;
    const known = keep ? counted.get(caseId) : undefined;
    if (known !== undefined && known.version === version && known.timeZone === timeZone) {
      counts.set(caseId, known.blocking);
      continue;
    }
    const watched = watchingTime(loadCaseSnapshot(reads, db, caseId, asOfMs));
    const blocking = evaluatePrinciples(watched.snapshot).filter((finding) => finding.severity === 'block').length;
    counts.set(caseId, blocking);
    if (!keep) continue;
    if (watched.timeRead()) counted.delete(caseId);
    else counted.set(caseId, { version, timeZone, blocking });
  }
  return counts;
}
