import { randomUUID } from 'node:crypto';
import type { VaultDatabase } from '../kernel/vault/database.js';

export interface TransferCustody {
  caseId: string;
  /** Who gave the items (the sender's contact name or fingerprint) and who received them. */
  from: string;
  to: string;
  purpose: string;
  at: string;
  recordedBy: string;
}

/**
 * A custody event 'handed_over' on every evidence item of the case, with each content file's
 * SHA-256 recorded as checked (the bundle's transfer checked every byte against it). Each side of a
 * hand-over records one: the sender at export, the receiver at import. Runs inside the caller's
 * transaction. The custody table's own trigger keeps the sequence in order.
 */
export function recordTransferCustody(db: VaultDatabase, transfer: TransferCustody): number {
  const items = db
    .prepare(`SELECT id FROM evidence_items WHERE case_id = ? ORDER BY sequence`)
    .pluck()
    .all(transfer.caseId) as string[];
  const contentsOf = db.prepare(`SELECT id, file_name AS fileName, sha256 FROM evidence_contents WHERE item_id = ?
    ORDER BY seq`);
  const nextSequence = db
    .prepare(`SELECT coalesce(max(sequence), 0) + 1 FROM custody_events WHERE item_id = ?`)
    .pluck();
  const insert = db.prepare(
    `INSERT INTO custody_events (id, item_id, sequence, kind, at, time_zone, from_holder, to_holder, persons, purpose,
       seal_number, location, note, hash_checks, recorded_at, recorded_by)
     VALUES (@id, @itemId, @sequence, 'handed_over', @at, NULL, @from, @to, '[]', @purpose, NULL, NULL, NULL,
       @hashChecks, @at, @recordedBy)`,
  );
  for (const itemId of items) {
    const contents = contentsOf.all(itemId) as { id: string; fileName: string; sha256: string }[];
    const hashChecks = contents.map((content) => ({
      contentId: content.id,
      fileName: content.fileName,
      sha256: content.sha256,
      result: 'match',
      checkedAt: transfer.at,
    }));
    insert.run({
      id: randomUUID(),
      itemId,
      sequence: nextSequence.get(itemId) as number,
      at: transfer.at,
      from: transfer.from,
      to: transfer.to,
      purpose: transfer.purpose,
      hashChecks: JSON.stringify(hashChecks),
      recordedBy: transfer.recordedBy,
    });
  }
  return items.length;
}
