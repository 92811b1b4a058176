import type { Principles } from '../kernel/ports/principles.js';
import { blockingCounts } from './blocking-counts.js';
import { caseFindings } from './case-findings.js';
import { loadCaseSnapshot, type SnapshotReads } from './case-snapshot.js';
import { refuseBlocking } from './enforce.js';

/** The principles as the features that must respect them reach them (kernel/ports/principles.ts). */
export function principlesReading(reads: SnapshotReads): Principles {
  return {
    snapshot: (db, caseIdOrReference, asOfMs) => loadCaseSnapshot(reads, db, caseIdOrReference, asOfMs),
    findings: (db, caseId, asOfMs) => caseFindings(reads, db, caseId, asOfMs),
    blockingCounts: (db, caseIds, asOfMs) => blockingCounts(reads, db, caseIds, asOfMs),
    refuseBlocking,
  };
}
