import { integrityOf, type VerificationState } from '../../../shared/domain/evidence.js';
import type { EvidenceItem as RuleEvidenceItem } from '../../../shared/principles/snapshot.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { collectionOf, type EvidenceItemRow } from './evidence-store.js';

type ItemColumns = Pick<
  EvidenceItemRow,
  | 'id'
  | 'sequence'
  | 'type'
  | 'description'
  | 'collected_at'
  | 'time_zone'
  | 'copy_role'
  | 'original_id'
  | 'storage_location'
>;

/** Rows of one of the case's tables, grouped by the item they belong to, in the order read. */
function byItem<Row extends { item_id: string }>(rows: readonly Row[]): Map<string, Row[]> {
  const grouped = new Map<string, Row[]>();
  for (const row of rows) {
    const list = grouped.get(row.item_id);
    if (list) list.push(row);
    else grouped.set(row.item_id, [row]);
  }
  return grouped;
}

/**
 * A case's evidence as the principles snapshot reads it (R12): the hash at collection is the first
 * file's, the integrity is its files' last verification, and the custody log is read in its own kinds.
 * Three queries for the whole case, whatever its size: the checklist and the case list read it often.
 */
export function loadEvidenceForPrinciples(db: VaultDatabase, caseId: string): RuleEvidenceItem[] {
  const rows = db
    .prepare(
      `SELECT id, sequence, type, description, collected_at, time_zone, copy_role, original_id, storage_location
       FROM evidence_items WHERE case_id = ? ORDER BY sequence`,
    )
    .all(caseId) as ItemColumns[];
  const files = byItem(
    db
      .prepare(
        `SELECT c.item_id, c.sha256, c.verification FROM evidence_contents c
         JOIN evidence_items i ON i.id = c.item_id WHERE i.case_id = ? ORDER BY c.item_id, c.seq`,
      )
      .all(caseId) as { item_id: string; sha256: string; verification: VerificationState }[],
  );
  const custody = byItem(
    db
      .prepare(
        `SELECT e.item_id, e.at, e.kind FROM custody_events e
         JOIN evidence_items i ON i.id = e.item_id WHERE i.case_id = ? ORDER BY e.item_id, e.sequence`,
      )
      .all(caseId) as { item_id: string; at: string; kind: RuleEvidenceItem['custodyEvents'][number]['kind'] }[],
  );
  return rows.map((row) => {
    const { id, number, type, collectedAt } = collectionOf(row);
    const itemFiles = files.get(id) ?? [];
    const [firstFile] = itemFiles;
    return {
      id,
      number,
      type,
      copyRole: row.copy_role,
      ...(row.original_id ? { originalId: row.original_id } : {}),
      ...(firstFile ? { sha256AtCollection: firstFile.sha256, integrity: integrityOf(itemFiles) } : {}),
      collectedAt,
      storageLocation: row.storage_location,
      custodyEvents: (custody.get(id) ?? []).map(({ at, kind }) => ({ at, kind })),
    };
  });
}
