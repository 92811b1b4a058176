import type { CustodyMoment, EvidenceCollection } from '../kernel/ports/evidence-records.js';
import type { Confidentiality } from '../../../shared/domain/confidentiality.js';
import type { CustodyEventKind, EvidenceType } from '../../../shared/domain/evidence.js';
import type { CustodySummaryFields } from '../../../shared/timeline/event-titles.js';
import { presentOnly } from '../kernel/db/present-only.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import type { CustodyRow } from './custody-store.js';
import { numberOf } from './evidence-store.js';

/** A case's item numbers (E-0003) by item id: how other features name the items they point to. */
export function evidenceNumbers(db: VaultDatabase, caseId: string): Map<string, string> {
  const rows = db.prepare('SELECT id, sequence FROM evidence_items WHERE case_id = ?').all(caseId) as {
    id: string;
    sequence: number;
  }[];
  return new Map(rows.map((row) => [row.id, numberOf(row)]));
}

/**
 * A case's evidence items as the chronology orders and titles their collection, by number: no description.
 * Read as arrays and made objects here: the driver builds a row object at twice the cost (20,000 items).
 */
export function listEvidenceCollections(db: VaultDatabase, caseId: string): EvidenceCollection[] {
  const rows = db
    .prepare(
      `SELECT id, sequence, type, collected_at, time_zone, confidentiality
         FROM evidence_items WHERE case_id = ? ORDER BY sequence`,
    )
    .raw()
    .all(caseId) as [string, number, EvidenceType, string, string | null, Confidentiality][];
  return rows.map(([id, sequence, type, collectedAt, timeZone, confidentiality]) => ({
    id,
    sequence,
    type,
    collectedAt,
    timeZone,
    confidentiality,
  }));
}

/** The descriptions of the items named, by id. */
export function evidenceDescriptions(db: VaultDatabase, itemIds: readonly string[]): Map<string, string> {
  const rows = db
    .prepare('SELECT id, description FROM evidence_items WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(itemIds)) as { id: string; description: string }[];
  return new Map(rows.map((row) => [row.id, row.description]));
}

/** A case's custody events as the chronology orders and titles them; what each recorded is read apart. */
export function listCustodyForTimeline(db: VaultDatabase, caseId: string): CustodyMoment[] {
  const rows = db
    .prepare(
      `SELECT e.id, e.item_id, i.sequence, e.kind, e.at, i.confidentiality
         FROM custody_events e JOIN evidence_items i ON i.id = e.item_id
        WHERE i.case_id = ? ORDER BY e.at, i.sequence, e.sequence`,
    )
    .all(caseId) as (Pick<CustodyRow, 'id' | 'item_id' | 'kind' | 'at'> & {
    sequence: number;
    confidentiality: Confidentiality;
  })[];
  return rows.map((row) => ({
    id: row.id,
    itemId: row.item_id,
    itemNumber: numberOf(row),
    kind: row.kind as CustodyEventKind,
    at: row.at,
    confidentiality: row.confidentiality,
  }));
}

/**
 * What the custody events named recorded, by id: who to whom, purpose, seal as people wrote them, and a
 * bundle hand-over's codes; the caller words it.
 */
export function custodySummaries(db: VaultDatabase, eventIds: readonly string[]): Map<string, CustodySummaryFields> {
  const rows = db
    .prepare(
      `SELECT id, from_holder, to_holder, purpose, seal_number, purpose_code, from_role, to_role
         FROM custody_events WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(eventIds)) as Pick<
    CustodyRow,
    'id' | 'from_holder' | 'to_holder' | 'purpose' | 'seal_number' | 'purpose_code' | 'from_role' | 'to_role'
  >[];
  return new Map(
    rows.map((row) => [
      row.id,
      {
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
    ]),
  );
}
