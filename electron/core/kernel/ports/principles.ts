import type { Finding } from '../../../../shared/principles/finding.js';
import type { CaseSnapshot } from '../../../../shared/principles/snapshot.js';
import type { VaultDatabase } from '../vault/database.js';

/** What the rules find in a case at one time, and the case's version they read. */
export interface CaseFindings {
  asOf: string;
  caseVersion: number;
  findings: Finding[];
}

/**
 * The investigation principles (principles/) as the features that must respect them reach them:
 * read the case as the rules see it, then refuse a change the rules block. The rules themselves
 * are pure (shared/principles); a feature runs the guard that fits its change.
 */
export interface Principles {
  /**
   * The case (by id or reference) as the rules read it, in one transaction; nested in a
   * caller's transaction it sees the caller's uncommitted changes.
   */
  snapshot(db: VaultDatabase, caseIdOrReference: string, asOfMs: number): CaseSnapshot;
  /**
   * Every finding of the rules in a case (by id) at `asOfMs`, with the case's version they read; the
   * case is read again only when it changed (principles/case-findings.ts).
   */
  findings(db: VaultDatabase, caseId: string, asOfMs: number): CaseFindings;
  /**
   * How many blocking findings each case has (by id), as the rules find them at `asOfMs`; the
   * rules run again only for the cases that changed since they last ran (principles/blocking-counts.ts).
   */
  blockingCounts(db: VaultDatabase, caseIds: readonly string[], asOfMs: number): Map<string, number>;
  /** Refuses the change when a guard returned blocking findings (CONSENT_REQUIRED or RULE_BLOCKED). */
  refuseBlocking(findings: readonly Finding[]): void;
}
