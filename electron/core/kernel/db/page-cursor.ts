import { z } from 'zod';
import { CasefileError } from '../../../../shared/contract/index.js';
import type { PageCursor } from '../../../../shared/contract/paging.js';

/**
 * The cursor of a keyset page (shared/contract/paging.ts): the sort key of a page's last row,
 * with the order it was taken in, as base64url JSON. A cursor comes back from the renderer, so it
 * is read like any input: one that does not decode, names another order, or holds a key of the
 * wrong shape is refused with a plain message, never used.
 */

const Envelope = z.object({ order: z.string(), key: z.array(z.unknown()) }).strict();

const pageLost = (): CasefileError => new CasefileError('VALIDATION', 'request.pageLost');

/** The order a cursor belongs to: the sort column and its direction. */
export const orderName = (sort: { by: string; direction: 'asc' | 'desc' }): string => `${sort.by}:${sort.direction}`;

export function encodeCursor(order: string, key: readonly unknown[]): PageCursor {
  return Buffer.from(JSON.stringify({ order, key }), 'utf8').toString('base64url');
}

/** The sort key a cursor holds, checked against the order asked for and the key's schema. */
export function decodeCursor<Key extends z.ZodType<readonly unknown[]>>(
  cursor: PageCursor,
  order: string,
  key: Key,
): z.infer<Key> {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw pageLost();
  }
  const envelope = Envelope.safeParse(decoded);
  if (!envelope.success || envelope.data.order !== order) throw pageLost();
  const parsed = key.safeParse(envelope.data.key);
  if (!parsed.success) throw pageLost();
  return parsed.data;
}
