import { setImmediate as nextTurn } from 'node:timers/promises';
import type { AuditBreakReason, AuditVerification } from '../../../../shared/contract/audit.js';
import type { EnglishCatalogue, ParamsOf } from '../../../../shared/i18n/catalogue.js';
import type { VaultDatabase } from '../vault/database.js';
import { auditRowHash, GENESIS_HASH } from './audit-chain.js';
import { AUDIT_COLUMNS, hashedRowOf, readAuditHead, type AuditRow } from './audit-store.js';

type Broken = NonNullable<AuditVerification['firstBroken']>;

/** The row numbers each break's words name (`auditBreaks.<reason>` in the message catalogue). */
type BreakParams = {
  [R in AuditBreakReason]: Record<keyof ParamsOf<EnglishCatalogue['auditBreaks'][R]>, number>;
};
const breakAt = <R extends AuditBreakReason>(seq: number, reason: R, params: BreakParams[R]): Broken => ({
  seq,
  reason,
  params: params as Record<string, number>,
});

/**
 * Rows checked between two turns of the event loop: at about 60 µs a row (hashing its canonical
 * JSON), a slice keeps the process free for other calls within a frame (16 ms).
 */
const SLICE_ROWS = 200;

function checkRow(row: AuditRow, expectedSeq: number, expectedPrev: string): Broken | null {
  if (row.seq !== expectedSeq) {
    return breakAt(row.seq, 'seqGap', { expected: expectedSeq, found: row.seq });
  }
  if (row.prev_hash !== expectedPrev) return breakAt(row.seq, 'linkMismatch', {});
  let recomputed: string;
  try {
    recomputed = auditRowHash(row.prev_hash, hashedRowOf(row));
  } catch {
    return breakAt(row.seq, 'rowUnreadable', {});
  }
  if (recomputed !== row.hash) return breakAt(row.seq, 'rowChanged', {});
  return null;
}

/** Where a check has got to: the rows read, and the last one (its seq and hash, which the next must link to). */
interface Checked {
  checkedRows: number;
  previous: { seq: number; hash: string } | null;
}

/** Checks `rows` on from `checked`; the first break, or null with `checked` moved on. */
function checkRows(rows: readonly AuditRow[], checked: Checked): Broken | null {
  for (const row of rows) {
    checked.checkedRows += 1;
    const found = checkRow(row, (checked.previous?.seq ?? 0) + 1, checked.previous?.hash ?? GENESIS_HASH);
    if (found) return found;
    checked.previous = { seq: row.seq, hash: row.hash };
  }
  return null;
}

/**
 * Recomputes the whole chain, a slice of rows at a time, and reports the first break: a changed
 * row (hash mismatch), a row whose link does not match the one before (link mismatch), a missing
 * row (seq gap), or rows cut off the end (the recorded head in vault_meta is past the last row).
 * Rows are only ever appended, so slices read one after the other see the chain as it was; the
 * last rows and the recorded head are read together in one transaction, so a row written during
 * the check is checked too rather than taken for one past the head. Between slices the event loop
 * turns (`onProgress` hears the rows checked so far) and `signal` may stop the check.
 *
 * Someone holding the key who rewrites rows, hashes AND head together is not caught by any chain
 * kept inside the vault: that needs a copy of the head kept elsewhere.
 */
export async function checkAuditChain(
  db: () => VaultDatabase,
  options: { signal?: AbortSignal; onProgress?: (rowsChecked: number) => void } = {},
): Promise<AuditVerification> {
  const checked: Checked = { checkedRows: 0, previous: null };
  const outcome = (broken: Broken | null): AuditVerification =>
    broken
      ? { ok: false, checkedRows: checked.checkedRows, firstBroken: broken }
      : { ok: true, checkedRows: checked.checkedRows, firstBroken: null };
  const sliceAfter = (vault: VaultDatabase, limit: number): AuditRow[] =>
    vault
      .prepare(`SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?`)
      .all(checked.previous?.seq ?? 0, limit) as AuditRow[];
  for (;;) {
    options.signal?.throwIfAborted();
    const rows = sliceAfter(db(), SLICE_ROWS);
    if (rows.length < SLICE_ROWS) break;
    const broken = checkRows(rows, checked);
    if (broken) return outcome(broken);
    options.onProgress?.(checked.checkedRows);
    await nextTurn(undefined, options.signal ? { signal: options.signal } : {});
  }
  const vault = db();
  return vault.transaction((): AuditVerification => {
    const broken = checkRows(sliceAfter(vault, -1), checked);
    return outcome(broken ?? headProblem(checked.previous, readAuditHead(vault)));
  })();
}

/** How many rows a check will read, for its progress. */
export function auditRowCount(db: VaultDatabase): number {
  return db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
}

function headProblem(
  last: { seq: number; hash: string } | null,
  head: { seq: number; hash: string } | null,
): Broken | null {
  if (head === null) {
    return last === null ? null : breakAt(last.seq, 'headMissing', {});
  }
  const lastSeq = last?.seq ?? 0;
  if (head.seq > lastSeq) {
    return last === null
      ? breakAt(1, 'allRowsMissing', { written: head.seq })
      : breakAt(lastSeq + 1, 'truncated', { last: lastSeq, written: head.seq });
  }
  if (head.seq < lastSeq) return breakAt(head.seq + 1, 'rowsAfterHead', { first: head.seq + 1 });
  if (last !== null && head.hash !== last.hash) return breakAt(last.seq, 'headMismatch', {});
  return null;
}
