import type { EvidenceContent } from '../../../shared/domain/evidence.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import type { CaseFileContext } from '../kernel/context.js';
import { ed25519PublicPem, signingKeyFingerprint } from '../kernel/identity/ed25519.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { getItemRow, numberOf, type ContentRow, type EvidenceItemRow } from './evidence-store.js';

type Provenance = NonNullable<EvidenceContent['provenance']>;

interface SignatureRow {
  statement: string;
  signature: Buffer;
  signer_key: Buffer;
  signed_at: string;
  at_ingest: number;
}

/**
 * The statement signed for one evidence file, as ProofMode signs its proof: what was collected
 * (SHA-256 and size of the original bytes), when and by whom, in which case and item. The text is
 * JSON with its keys in this fixed order; the signature covers its exact UTF-8 bytes, so anyone
 * checks it with the vault's exported public key:
 *   openssl pkeyutl -verify -pubin -inkey signer.pem -rawin -in statement.json -sigfile statement.sig
 */
function provenanceStatement(
  item: Pick<EvidenceItemRow, 'id' | 'sequence' | 'collected_at' | 'collected_by'>,
  content: Pick<ContentRow, 'id' | 'sha256' | 'size' | 'ingested_at'>,
  caseReference: string,
): string {
  return JSON.stringify({
    format: 'casefile-evidence-provenance/1',
    case: caseReference,
    evidence: numberOf(item),
    evidenceId: item.id,
    contentId: content.id,
    sha256: content.sha256,
    size: content.size,
    collectedAt: item.collected_at,
    collector: item.collected_by,
    ingestedAt: content.ingested_at,
  });
}

/** The content's signature, or undefined when it has none yet. */
export function provenanceOf(db: VaultDatabase, objectId: string): Provenance | undefined {
  const row = db
    .prepare(
      'SELECT statement, signature, signer_key, signed_at, at_ingest FROM evidence_signatures WHERE object_id = ?',
    )
    .get(objectId) as SignatureRow | undefined;
  if (!row) return undefined;
  return {
    statement: row.statement,
    signature: row.signature.toString('base64'),
    signerFingerprint: signingKeyFingerprint(row.signer_key),
    signerPublicKeyPem: ed25519PublicPem(row.signer_key),
    signedAt: row.signed_at,
    atIngest: row.at_ingest === 1,
  };
}

/**
 * Signs the content's provenance with the vault's key, inside the caller's transaction. At ingest
 * the content's own audit row records it; a file logged before provenance was signed is signed at
 * its first verification (`atIngest` false), which says so in its own audit row.
 * A workspace always gives the vault's identity; a bare test context without keys signs nothing.
 */
export function signProvenance(
  ctx: CaseFileContext,
  itemId: string,
  content: ContentRow,
  atIso: string,
  atIngest: boolean,
): void {
  if (!ctx.identity) return;
  const db = ctx.db();
  if (!db.inTransaction) throw new Error('signProvenance must run inside a transaction');
  if (provenanceOf(db, content.object_id)) return;
  const item = getItemRow(db, itemId);
  const identity = ctx.identity();
  const statement = provenanceStatement(item, content, ctx.ports.cases.find(db, item.case_id).reference);
  const signature = identity.sign(Buffer.from(statement, 'utf8'));
  db.prepare(
    `INSERT INTO evidence_signatures (object_id, item_id, statement, signature, signer_key, signed_at, at_ingest)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(content.object_id, item.id, statement, signature, identity.signingPublicKey, atIso, atIngest ? 1 : 0);
  if (atIngest) return;
  appendAudit(ctx, {
    action: 'evidence.content.signed',
    caseId: item.case_id,
    target: { kind: 'evidence', id: item.id, label: numberOf(item) },
    details: { number: numberOf(item), contentId: content.id, sha256: content.sha256, atIngest: false },
  });
}
