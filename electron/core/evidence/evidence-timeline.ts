import type { CustodyForTimeline, EvidenceForTimeline } from '../kernel/ports/evidence-records.js';
import type { CustodyEventKind } from '../../../shared/domain/evidence.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
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
 * A case's custody events for the chronology. The summary is the user's own words (who to whom,
 * purpose, seal), so it reads the same in any interface language; the kind is worded by the caller.
 */
export function listCustodyForTimeline(db: VaultDatabase, caseId: string): CustodyForTimeline[] {
  const rows = db
    .prepare(
      `SELECT e.id, e.item_id, i.sequence, e.kind, e.at, e.from_holder, e.to_holder, e.purpose, e.seal_number
         FROM custody_events e JOIN evidence_items i ON i.id = e.item_id
        WHERE i.case_id = ? ORDER BY e.at, i.sequence, e.sequence`,
    )
    .all(caseId) as {
    id: string;
    item_id: string;
    sequence: number;
    kind: string;
    at: string;
    from_holder: string | null;
    to_holder: string | null;
    purpose: string;
    seal_number: string | null;
  }[];
  return rows.map((row) => {
    const parts = [
      row.from_holder !== null && row.to_holder !== null ? `${row.from_holder} → ${row.to_holder}` : null,
      row.purpose,
      row.seal_number === null ? null : `seal ${row.seal_number}`,
    ];
    return {
      id: row.id,
      itemId: row.item_id,
      itemNumber: numberOf(row),
      kind: row.kind as CustodyEventKind,
      at: row.at,
      summary: parts.filter((part) => part !== null).join(' — '),
    };
  });
}
