import type { CustodyEventKind } from '../../../shared/domain/evidence.js';
import type { CustodyEvent as RuleCustodyEvent, EvidenceItem as RuleEvidenceItem } from '../../../shared/principles/provisional.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { listCustodyEvents } from './custody-store.js';
import { contentRows, toEvidenceItem, type EvidenceItemRow } from './evidence-store.js';

/**
 * The custody kinds the principles rules (R12, still on their provisional model) know, for each
 * kind the log records. Sealing and opening move nothing and copy nothing: R12 has no word for them.
 */
const RULE_KINDS: Record<CustodyEventKind, RuleCustodyEvent['kind'] | null> = {
  collected: 'collected',
  sealed: null,
  handed_over: 'handover',
  opened: null,
  copied: 'copy',
  examined: 'examination',
  sent_to_lab: 'lab_submission',
  returned: 'returned',
  destroyed: 'destroyed',
};

/** A case's evidence as the principles snapshot reads it (R12): the hash at collection is the first file's. */
export function loadEvidenceForPrinciples(db: VaultDatabase, caseId: string): RuleEvidenceItem[] {
  const rows = db.prepare('SELECT * FROM evidence_items WHERE case_id = ? ORDER BY sequence').all(caseId) as EvidenceItemRow[];
  return rows.map((row) => {
    const item = toEvidenceItem(db, row);
    const [firstFile] = contentRows(db, row.id);
    const custodyEvents = listCustodyEvents(db, row.id).flatMap((event): RuleCustodyEvent[] => {
      const kind = RULE_KINDS[event.kind];
      if (kind === null) return [];
      return [{ at: event.at, kind, ...(event.from ? { fromHolder: event.from } : {}), ...(event.to ? { toHolder: event.to } : {}), reason: event.purpose }];
    });
    return {
      id: item.id,
      number: item.number,
      type: item.type,
      copyRole: item.copyRole,
      ...(item.originalId ? { originalId: item.originalId } : {}),
      ...(firstFile ? { sha256AtCollection: firstFile.sha256 } : {}),
      collectedAt: item.collectedAt,
      storageLocation: item.storageLocation,
      custodyEvents,
    };
  });
}
