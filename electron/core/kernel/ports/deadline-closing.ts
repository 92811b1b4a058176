import type { CaseFileContext } from '../context.js';
import type { VaultDatabase } from '../vault/database.js';

/** An act recorded by another feature that does what a clock was waiting for. */
export interface ClosingAct {
  caseId: string;
  /** The clocks (by id in the settings) the act answers, e.g. `forensic_exam`. */
  clockIds: readonly string[];
  /**
   * Narrows the deadlines to those about these records (a subject, an evidence item, a follow-up item); a deadline
   * about the incident or the case is closed whatever is given here.
   */
  concerns?: readonly string[];
  /** When the act happened: the deadline is closed then (late when after it fell due). */
  at: string;
  /** What was done, as the deadline's recorded action. */
  action: string;
  /** The record that did it, for the audit trail (no free text). */
  source: { kind: string; id: string };
}

/**
 * The deadlines feature (deadlines/deadline-close.ts) as features that record the acts clocks
 * wait for reach it: closes every matching open deadline, each with its own audit row, inside the
 * caller's transaction. Returns the closed deadlines' clock names.
 */
export interface DeadlineClosing {
  closeAnswered(ctx: CaseFileContext, db: VaultDatabase, act: ClosingAct): string[];
}
