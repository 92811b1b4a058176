import type {
  CustodyEvent,
  CustodyEventKind,
  CustodyHashCheck,
  CustodyPartyRole,
  CustodyTransferPurpose,
} from '../../../shared/domain/evidence.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { presentOnly } from '../kernel/db/present-only.js';

/** A row of `custody_events` (migration 0010). */
export interface CustodyRow {
  seq: number;
  id: string;
  item_id: string;
  sequence: number;
  kind: string;
  at: string;
  time_zone: string | null;
  from_holder: string | null;
  to_holder: string | null;
  persons: string;
  purpose: string;
  seal_number: string | null;
  location: string | null;
  note: string | null;
  hash_checks: string;
  recorded_at: string;
  recorded_by: string;
  /** Migration 0030: a bundle hand-over's purpose and holders as codes (null for an event a person logged). */
  purpose_code: CustodyTransferPurpose | null;
  from_role: CustodyPartyRole | null;
  to_role: CustodyPartyRole | null;
}

export function toCustodyEvent(row: CustodyRow): CustodyEvent {
  return {
    id: row.id,
    itemId: row.item_id,
    sequence: row.sequence,
    kind: row.kind as CustodyEventKind,
    at: row.at,
    ...presentOnly({ timeZone: row.time_zone, from: row.from_holder, to: row.to_holder }),
    persons: JSON.parse(row.persons) as string[],
    purpose: row.purpose,
    ...presentOnly({ purposeCode: row.purpose_code, fromRole: row.from_role, toRole: row.to_role }),
    ...presentOnly({ sealNumber: row.seal_number, location: row.location, note: row.note }),
    hashChecks: JSON.parse(row.hash_checks) as CustodyHashCheck[],
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
  };
}

/** An item's chain of custody, oldest first (logged order is chronological order). */
export function listCustodyEvents(db: VaultDatabase, itemId: string): CustodyEvent[] {
  const rows = db
    .prepare('SELECT * FROM custody_events WHERE item_id = ? ORDER BY sequence')
    .all(itemId) as CustodyRow[];
  return rows.map(toCustodyEvent);
}

export function lastCustodyRow(db: VaultDatabase, itemId: string): CustodyRow | undefined {
  return db.prepare('SELECT * FROM custody_events WHERE item_id = ? ORDER BY sequence DESC LIMIT 1').get(itemId) as
    CustodyRow | undefined;
}
