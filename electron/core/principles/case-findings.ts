import { PRINCIPLES } from '../../../shared/principles/index.js';
import type { Finding } from '../../../shared/principles/finding.js';
import type { CaseSnapshot, PrincipleRule } from '../../../shared/principles/snapshot.js';
import { caseVersion } from '../kernel/db/case-version.js';
import type { CaseFindings } from '../kernel/ports/principles.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { loadCaseSnapshot, type SnapshotReads } from './case-snapshot.js';
import { watchingTime } from './watching-time.js';

/**
 * The case as the rules last read it, kept while nothing it was read from changes: the case's change
 * counter, which SQLite's triggers move for any write to any of its records from any connection
 * (migration 0026), and the mission's zone (incident dates are read in it). The case list's blocking
 * counts are kept against the same two.
 */
interface Kept {
  caseId: string;
  version: number;
  timeZone: string;
  snapshot: CaseSnapshot;
  /** What each rule that did not read the time found: the records alone decide it, at any time. */
  timeless: Map<PrincipleRule, Finding[]>;
}

/** One case per open vault (the last one checked): a locked or another vault never sees it. */
const kept = new WeakMap<VaultDatabase, Kept>();

/**
 * Every finding of the rules in a case (by id) as of `asOfMs`, rule by rule in their order, with the
 * case's version read in the same transaction. The checklist asks again at each page and each time
 * its tab opens: while the case is unchanged its records are not read again, and only the rules that
 * read the time run again (a planned interview is judged as of now). Inside a caller's transaction a
 * read may see writes that roll back after (the counter back where it was): it is used, never kept.
 */
export function caseFindings(reads: SnapshotReads, db: VaultDatabase, caseId: string, asOfMs: number): CaseFindings {
  const keep = !db.inTransaction;
  return db.transaction((): CaseFindings => {
    const version = caseVersion(db, caseId);
    const { timeZone } = reads.clockConfiguration.read(db).calendar;
    const asOf = new Date(asOfMs).toISOString();
    let read = kept.get(db);
    if (read?.caseId !== caseId || read.version !== version || read.timeZone !== timeZone) {
      // An unknown case is refused here (NOT_FOUND), as it always was: nothing is kept for it.
      read = { caseId, version, timeZone, snapshot: loadCaseSnapshot(reads, db, caseId, asOfMs), timeless: new Map() };
      if (keep) kept.set(db, read);
    }
    const { snapshot, timeless } = read;
    const now = { ...snapshot, asOf };
    const findings = PRINCIPLES.flatMap((rule) => {
      const known = timeless.get(rule);
      if (known) return known;
      const watched = watchingTime(now);
      const found = rule.evaluate(watched.snapshot);
      if (!watched.timeRead()) timeless.set(rule, found);
      return found;
    });
    return { asOf, caseVersion: version, findings };
  })();
}
