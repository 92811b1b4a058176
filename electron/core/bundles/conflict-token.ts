import { createHmac, randomBytes } from 'node:crypto';
import type { StoredRow } from './case-tables.js';

/*
 * A conflict's token: what the user's "take theirs" decided about. It is a keyed hash of this vault's
 * version of the record as compared and of the fields in conflict; the import refuses a choice whose
 * token no longer matches (the record changed here after the preview), so a conflict that appeared since
 * is never overwritten unseen. The key is drawn once per run of the core and never leaves it: a token
 * tells nothing of the row (an identity among it) and a preview is only good in the run that made it.
 */
const TOKEN_KEY = randomBytes(32);

export function conflictToken(key: string, ours: StoredRow, conflicting: readonly string[]): string {
  return createHmac('sha256', TOKEN_KEY)
    .update(JSON.stringify([key, ours, [...conflicting].sort()]))
    .digest('hex');
}
