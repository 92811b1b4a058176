import { randomUUID } from 'node:crypto';
import { CasefileError } from '../../../shared/contract/index.js';
import { isFinalEvidenceStatus, type EvidenceContent, type EvidenceStatus } from '../../../shared/domain/evidence.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import { caseChange } from '../kernel/audit/case-change.js';
import type { CaseFileContext } from '../kernel/context.js';
import { presentOnly } from '../kernel/db/present-only.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { getItemRow, numberOf, toContent, type ContentRow, type EvidenceItemRow } from './evidence-store.js';
import { provenanceOf, signProvenance } from './content-provenance.js';
import type { EvidenceObjects } from '../kernel/files/object-access.js';
import type { IngestedObject, StoredObject, VerifyResult } from '../kernel/files/objects/index.js';

/** The object store of the open vault; VAULT_LOCKED when locked. */
export function objectsOf(ctx: CaseFileContext): EvidenceObjects {
  if (!ctx.evidenceObjects) throw new CasefileError('INTERNAL', 'evidence.contentUnavailable');
  return ctx.evidenceObjects();
}

export const storedObjectOf = (row: ContentRow): StoredObject => ({
  objectId: row.object_id,
  wrappedKey: row.wrapped_key,
  sha256: row.sha256,
  size: row.size,
});

/** An item whose files may change: it exists, its case is not archived, it was not destroyed. */
export function itemOpenForContent(ctx: CaseFileContext, db: VaultDatabase, itemId: string): EvidenceItemRow {
  const row = getItemRow(db, itemId);
  ctx.ports.cases.forChange(db, row.case_id);
  if (isFinalEvidenceStatus(row.status as EvidenceStatus)) {
    throw new CasefileError('CONFLICT', 'evidence.destroyedNoContent', { number: numberOf(row) });
  }
  return row;
}

/**
 * Records an ingested object as a file of the item, with its collection hash, and audits it.
 * The object is already in place (renamed, fsynced): the row is what makes it part of the vault.
 */
export function recordContent(
  ctx: CaseFileContext,
  itemId: string,
  object: IngestedObject,
  fileName: string,
): EvidenceContent {
  return caseChange(ctx, ({ db, at, record }): EvidenceContent => {
    const item = itemOpenForContent(ctx, db, itemId);
    const id = randomUUID();
    db.prepare(
      `INSERT INTO evidence_contents (id, item_id, object_id, wrapped_key, file_name, size, sha256, ingested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, item.id, object.objectId, object.wrappedKey, fileName, object.size, object.sha256, at);
    db.prepare('UPDATE evidence_items SET updated_at = ? WHERE id = ?').run(at, item.id);
    // The file name stays out of the trail: names of evidence files can identify a victim.
    record({
      action: 'evidence.content.add',
      caseId: item.case_id,
      target: { kind: 'evidence', id: item.id, label: numberOf(item) },
      details: { number: numberOf(item), contentId: id, sha256: object.sha256, size: object.size },
    });
    const row = db.prepare('SELECT * FROM evidence_contents WHERE id = ?').get(id) as ContentRow;
    // Signed in the same transaction as the row: a file is never part of the vault unsigned.
    signProvenance(ctx, item.id, row, at, true);
    return toContent(row, provenanceOf(db, row.object_id));
  });
}

/**
 * Stores the outcome of a decrypt-and-rehash on the content row (a failure flags the item) and
 * audits it. Runs inside the caller's transaction.
 */
export function recordVerification(
  ctx: CaseFileContext,
  content: ContentRow,
  item: Pick<EvidenceItemRow, 'id' | 'case_id' | 'sequence'>,
  result: VerifyResult,
  atIso: string,
  occasion: 'verify' | 'custody' | 'export',
): void {
  const db = ctx.db();
  if (!db.inTransaction) throw new Error('recordVerification must run inside a transaction');
  const problem = result.ok ? null : result.problem;
  db.prepare('UPDATE evidence_contents SET verification = ?, verified_at = ?, problem = ? WHERE id = ?').run(
    result.ok ? 'verified' : 'failed',
    atIso,
    problem,
    content.id,
  );
  // A file logged before provenance was signed is signed once its bytes re-hash to the recorded SHA-256.
  if (result.ok) signProvenance(ctx, item.id, content, atIso, false);
  // A pass at a custody event is recorded on the event itself; only failures need their own row there.
  if (occasion !== 'verify' && result.ok) return;
  appendAudit(ctx, {
    action: result.ok ? 'evidence.content.verified' : 'evidence.content.verify_failed',
    caseId: item.case_id,
    target: { kind: 'evidence', id: item.id, label: numberOf(item) },
    details: {
      number: numberOf(item),
      contentId: content.id,
      sha256: content.sha256,
      occasion,
      ...presentOnly({ problem }),
    },
  });
}
