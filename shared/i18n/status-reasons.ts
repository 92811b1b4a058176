import type { MessageParams } from './catalogue.js';
import { messages as english } from './en/messages.js';

/** A sentence of the message catalogue in the reader's language. */
type Say = (key: string, params?: MessageParams) => string;

/** The core's own reasons for a status change, by the English words it stores them in. */
const CORE_REASONS: ReadonlyMap<string, string> = new Map(
  Object.entries(english.statusReasons).map(([key, words]) => [words, key]),
);

/** The English the core stores a status change's reason in, when it moves the status itself. */
type CoreStatusReason = keyof typeof english.statusReasons;
export const coreStatusReasonText = (reason: CoreStatusReason): string => english.statusReasons[reason];

/**
 * A status change's reason in the reader's language: one the core gave (stored, like every reason, as
 * text: in the English of the catalogue, so earlier vaults read the same) in the reader's words; a
 * reason a person wrote, as written.
 */
export function statusReasonText(say: Say, reason: string): string {
  const key = CORE_REASONS.get(reason);
  return key === undefined ? reason : say(`statusReasons.${key}`);
}
