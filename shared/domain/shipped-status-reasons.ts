import type { CoreStatusReason } from './case.js';

/**
 * FROZEN (issue 15): the English words in which the core recorded its own status-change reasons before
 * migration 0037 made them codes (0004's opening text, the message catalogue's statusReasons as shipped).
 * Never edit a text here when the catalogue's English changes: these are what older vaults, older bundles
 * and the audit rows written before 0037 (hash-chained, never rewritten) hold. Migration 0037 converts the
 * stored rows with it, a bundle from an older Casefile is converted on import with it, and the audit trail
 * reads such an old row's reason with it in the reader's language.
 */
export const SHIPPED_STATUS_REASON_WORDING: Readonly<Record<string, CoreStatusReason>> = Object.freeze({
  'Opened at intake': 'opened_at_intake',
  'Opened before the status history was kept': 'opened_before_history',
  'Findings recorded for every subject.': 'closed_by_findings',
  'A finding on a subject was corrected.': 'reopened_by_correction',
});

/** The code of a reason the core recorded in the shipped English, or null for a reason a person wrote. */
export function statusReasonCodeOfShippedWording(reason: string): CoreStatusReason | null {
  return Object.hasOwn(SHIPPED_STATUS_REASON_WORDING, reason) ? SHIPPED_STATUS_REASON_WORDING[reason]! : null;
}
