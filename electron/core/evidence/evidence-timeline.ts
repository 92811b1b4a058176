import type { CustodyForTimeline, EvidenceForTimeline } from '../kernel/ports/evidence-records.js';
import type { CustodyEventKind } from '../../../shared/domain/evidence.js';
import { presentOnly } from '../kernel/db/present-only.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import type { CustodyRow } from './custody-store.js';
import { collectionOf, numberOf } from './evidence-store.js';

/** A case's evidence items as the chronology shows their collection, by number. */
export function listEvidenceForTimeline(db: VaultDatabase, caseId: string): EvidenceForTimeline[] {
  const rows = db
    .prepare(
      'SELECT id, sequence, type, collected_at, time_zone, description FROM ' +
        'evidence_items WHERE case_id = ? ORDER BY sequence',
    )
    .all(caseId) as {
    id: string;
    sequence: number;
    type: string;
    collected_at: string;
    time_zone: string | null;
    description: string;
  }[];
  return rows.map(collectionOf);
}

/**
 * A case's custody events for the chronology. The summary is what people recorded (who to whom,
 * purpose, seal) as written, and a bundle hand-over's codes; the caller words it, and the kind.
 */
export function listCustodyForTimeline(db: VaultDatabase, caseId: string): CustodyForTimeline[] {
  const rows = db
    .prepare(
      `SELECT e.id, e.item_id, i.sequence, e.kind, e.at, e.from_holder, e.to_holder, e.purpose, e.seal_number,
              e.purpose_code, e.from_role, e.to_role
         FROM custody_events e JOIN evidence_items i ON i.id = e.item_id
        WHERE i.case_id = ? ORDER BY e.at, i.sequence, e.sequence`,
    )
    .all(caseId) as (Pick<
    CustodyRow,
    | 'id'
    | 'item_id'
    | 'kind'
    | 'at'
    | 'from_holder'
    | 'to_holder'
    | 'purpose'
    | 'seal_number'
    | 'purpose_code'
    | 'from_role'
    | 'to_role'
  > & { sequence: number })[];
  return rows.map((row) => {
    return {
      id: row.id,
      itemId: row.item_id,
      itemNumber: numberOf(row),
      kind: row.kind as CustodyEventKind,
      at: row.at,
      summary: {
        purpose: row.purpose,
        ...presentOnly({
          from: row.from_holder,
          to: row.to_holder,
          sealNumber: row.seal_number,
          purposeCode: row.purpose_code,
          fromRole: row.from_role,
          toRole: row.to_role,
        }),
      },
    };
  });
}
