import type { CoreStatusReason, StatusReason } from '../domain/case.js';
import type { MessageParams } from './catalogue.js';
import type { messages as english } from './en/messages.js';

/** A sentence of the message catalogue in the reader's language. */
type Say = (key: string, params?: MessageParams) => string;

/** The catalogue's sentence (messages.statusReasons) for each reason the core gives. */
const REASON_KEYS: Readonly<Record<CoreStatusReason, keyof typeof english.statusReasons>> = {
  opened_at_intake: 'openedAtIntake',
  opened_before_history: 'openedBeforeHistory',
  closed_by_findings: 'closedByFindings',
  reopened_by_correction: 'reopenedByCorrection',
};

/**
 * A status change's reason in the reader's language: one the core gave (kept as a code, migration 0037)
 * in the reader's words; a reason a person wrote, as written.
 */
export function statusReasonText(say: Say, reason: StatusReason): string {
  return typeof reason === 'string' ? reason : say(`statusReasons.${REASON_KEYS[reason.code]}`);
}
