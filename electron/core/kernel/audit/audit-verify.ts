import type { AuditVerification } from '../../../../shared/contract/audit.js';
import type { VaultDatabase } from '../vault/database.js';
import { auditRowHash, GENESIS_HASH } from './audit-chain.js';
import { AUDIT_COLUMNS, hashedRowOf, readAuditHead, type AuditRow } from './audit-store.js';

type Broken = NonNullable<AuditVerification['firstBroken']>;

function checkRow(row: AuditRow, expectedSeq: number, expectedPrev: string): Broken | null {
  if (row.seq !== expectedSeq) {
    return { seq: row.seq, reason: `seq gap: expected row ${expectedSeq}, found ${row.seq} (rows are missing)` };
  }
  if (row.prev_hash !== expectedPrev) {
    return { seq: row.seq, reason: 'link mismatch: prev_hash is not the hash of the row before' };
  }
  let recomputed: string;
  try {
    recomputed = auditRowHash(row.prev_hash, hashedRowOf(row));
  } catch {
    return { seq: row.seq, reason: 'hash mismatch: the row cannot be read back (its details are not valid JSON)' };
  }
  if (recomputed !== row.hash)
    return { seq: row.seq, reason: 'hash mismatch: the row was changed after it was written' };
  return null;
}

/**
 * Recomputes the whole chain in one read transaction and reports the first break: a changed
 * row (hash mismatch), a row whose link does not match the one before (link mismatch), a
 * missing row (seq gap), or rows cut off the end (the recorded head in vault_meta is past the
 * last row). Someone holding the key who rewrites rows, hashes AND head together is not caught
 * by any chain kept inside the vault: that needs a copy of the head kept elsewhere.
 */
export function verifyAuditChain(db: VaultDatabase): AuditVerification {
  return db.transaction((): AuditVerification => {
    let checkedRows = 0;
    let previous: { seq: number; hash: string } | null = null;
    for (const row of db
      .prepare(`SELECT ${AUDIT_COLUMNS} FROM audit_log ORDER BY seq`)
      .iterate() as Iterable<AuditRow>) {
      checkedRows += 1;
      const broken = checkRow(row, (previous?.seq ?? 0) + 1, previous?.hash ?? GENESIS_HASH);
      if (broken) return { ok: false, checkedRows, firstBroken: broken };
      previous = { seq: row.seq, hash: row.hash };
    }
    const head = readAuditHead(db);
    const broken = headProblem(previous, head);
    return broken ? { ok: false, checkedRows, firstBroken: broken } : { ok: true, checkedRows, firstBroken: null };
  })();
}

function headProblem(
  last: { seq: number; hash: string } | null,
  head: { seq: number; hash: string } | null,
): Broken | null {
  if (head === null) {
    return last === null ? null : { seq: last.seq, reason: 'head missing: the record of where the chain ends is gone' };
  }
  const lastSeq = last?.seq ?? 0;
  if (head.seq > lastSeq) {
    const missing =
      head.seq === lastSeq + 1 ? `row ${head.seq} is missing` : `rows ${lastSeq + 1}–${head.seq} are missing`;
    return {
      seq: lastSeq + 1,
      reason: `truncated: the chain ends at row ${lastSeq} but ${head.seq} were written (${missing})`,
    };
  }
  if (head.seq < lastSeq) {
    return {
      seq: head.seq + 1,
      reason: `rows after the recorded head: row ${head.seq + 1} onwards were not written by Casefile`,
    };
  }
  if (last !== null && head.hash !== last.hash) {
    return { seq: last.seq, reason: 'hash mismatch: the last row is not the one recorded as the head of the chain' };
  }
  return null;
}
