import { randomUUID } from 'node:crypto';
import type { CustodyPartyRole, CustodyTransferPurpose } from '../../../shared/domain/evidence.js';
import { custodyCodesOfShippedWording } from '../kernel/db/migrations/0030-custody-transfer-codes.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { inColumnOrderOf, type StoredRow, type StoredValue } from './case-tables.js';

/**
 * A holder in a hand-over: a contact's name (as the user wrote it), or what the holder is, kept as a code
 * and worded in the reader's language (shared/i18n/custody-words.ts): a Casefile vault by its signing
 * key's fingerprint, whoever holds the bundle's passphrase, a sender known only by the key that signed.
 */
export type CustodyParty =
  | string
  | { role: Extract<CustodyPartyRole, 'vault' | 'unknown_sender'>; fingerprint: string | null }
  | { role: 'passphrase_holder' };

export interface TransferCustody {
  caseId: string;
  /** Who gave the items and who received them. */
  from: CustodyParty;
  to: CustodyParty;
  purpose: CustodyTransferPurpose;
  at: string;
  recordedBy: string;
}

/** The holder column and the role column of a party (a name has no role). */
function columnsOf(party: CustodyParty): { holder: string | null; role: CustodyPartyRole | null } {
  if (typeof party === 'string') return { holder: party, role: null };
  return { holder: 'fingerprint' in party ? party.fingerprint : null, role: party.role };
}

/**
 * A custody event 'handed_over' on every evidence item of the case, its purpose and holders kept as codes
 * where they are not names (migration 0030). Each side of a hand-over records one: the sender at export,
 * the receiver at import. Only the receiver records each content file's SHA-256 as checked: it hashed every
 * byte against the signed manifest before this transaction. The sender does not hash again (it sends the
 * SHA-256 recorded at collection with bytes its vault authenticates, bundle-export.ts), so its event claims
 * no check that did not run. Runs inside the caller's transaction. The custody table's own trigger keeps the
 * sequence in order.
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
       seal_number, location, note, hash_checks, recorded_at, recorded_by, purpose_code, from_role, to_role)
     VALUES (@id, @itemId, @sequence, 'handed_over', @at, NULL, @from, @to, '[]', '', NULL, NULL, NULL,
       @hashChecks, @at, @recordedBy, @purpose, @fromRole, @toRole)`,
  );
  const checked = transfer.purpose === 'bundle_received';
  const from = columnsOf(transfer.from);
  const to = columnsOf(transfer.to);
  for (const itemId of items) {
    const contents = checked ? (contentsOf.all(itemId) as { id: string; fileName: string; sha256: string }[]) : [];
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
      from: from.holder,
      to: to.holder,
      fromRole: from.role,
      toRole: to.role,
      purpose: transfer.purpose,
      hashChecks: JSON.stringify(hashChecks),
      recordedBy: transfer.recordedBy,
    });
  }
  return items.length;
}

/** The custody columns a Casefile before migration 0030 did not have: a bundle it made carries none of them. */
const CODE_COLUMNS = ['purpose_code', 'from_role', 'to_role'] as const;

const textOrNull = (value: StoredValue | undefined): string | null | undefined =>
  value === null || value === undefined ? null : typeof value === 'string' ? value : undefined;

/**
 * A bundle's custody events as this vault keeps them: a hand-over in the English wording an older Casefile
 * recorded becomes the codes migration 0030 gives such an event here (its own mapping), and the code columns
 * such a bundle lacks are empty; so the same event compares equal on both sides instead of as a conflict.
 * Columns come in this vault's order, as its own rows have them.
 */
export function custodyRowsInCodes(db: VaultDatabase, rows: StoredRow[]): StoredRow[] {
  const inColumnOrder = inColumnOrderOf(db, 'custody_events');
  return rows.map((row) => {
    const from = textOrNull(row.from_holder);
    const to = textOrNull(row.to_holder);
    const codes =
      typeof row.kind === 'string' && typeof row.purpose === 'string' && from !== undefined && to !== undefined
        ? custodyCodesOfShippedWording({ kind: row.kind, purpose: row.purpose, from_holder: from, to_holder: to })
        : null;
    if (codes === null && CODE_COLUMNS.every((column) => column in row)) return row;
    const filled: StoredRow = {
      ...row,
      purpose_code: row.purpose_code ?? null,
      from_role: row.from_role ?? null,
      to_role: row.to_role ?? null,
      ...codes,
    };
    return inColumnOrder(filled);
  });
}
