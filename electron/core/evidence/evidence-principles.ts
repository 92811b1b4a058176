import { integrityOf } from '../../../shared/domain/evidence.js';
import type { EvidenceItem as RuleEvidenceItem } from '../../../shared/principles/snapshot.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { listCustodyEvents } from './custody-store.js';
import { contentRows, toEvidenceItem, type EvidenceItemRow } from './evidence-store.js';

/**
 * A case's evidence as the principles snapshot reads it (R12): the hash at collection is the first
 * file's, the integrity is its files' last verification, and the custody log is read in its own kinds.
 */
export function loadEvidenceForPrinciples(db: VaultDatabase, caseId: string): RuleEvidenceItem[] {
  const rows = db
    .prepare('SELECT * FROM evidence_items WHERE case_id = ? ORDER BY sequence')
    .all(caseId) as EvidenceItemRow[];
  return rows.map((row) => {
    const item = toEvidenceItem(db, row);
    const files = contentRows(db, row.id);
    const [firstFile] = files;
    return {
      id: item.id,
      number: item.number,
      type: item.type,
      copyRole: item.copyRole,
      ...(item.originalId ? { originalId: item.originalId } : {}),
      ...(firstFile ? { sha256AtCollection: firstFile.sha256, integrity: integrityOf(files) } : {}),
      collectedAt: item.collectedAt,
      storageLocation: item.storageLocation,
      custodyEvents: listCustodyEvents(db, row.id).map(({ at, kind }) => ({ at, kind })),
    };
  });
}
