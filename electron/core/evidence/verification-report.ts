import type { VerificationReportRequest, VerificationReportSummary } from '../../../shared/contract/custody.js';
import type { SavedFile } from '../../../shared/contract/evidence.js';
import { stricterConfidentiality } from '../../../shared/domain/confidentiality.js';
import { requireFilePorts, type CaseFileContext } from '../kernel/context.js';
import { saveAuditedExport } from '../kernel/files/audited-export.js';
import { ed25519PublicPem, signingKeyFingerprint } from '../kernel/identity/ed25519.js';
import { getItemWithChain } from './evidence-store.js';
import { verificationReportModel, type VerificationSigner } from './verification-report-model.js';

interface VerificationReport {
  bytes: Buffer;
  /** `verification-CF-2026-0001-en.pdf` */
  fileName: string;
  summary: VerificationReportSummary;
}

/**
 * Every key that signed a file of the case, as recorded with its signature (an imported item keeps its
 * original signer's key), this vault's own first: the report prints each as PEM beside its fingerprint.
 */
function signersOf(ctx: CaseFileContext, caseId: string): VerificationSigner[] {
  const keys = ctx
    .db()
    .prepare(
      `SELECT DISTINCT s.signer_key FROM evidence_signatures s
       JOIN evidence_items i ON i.id = s.item_id WHERE i.case_id = ?`,
    )
    .pluck()
    .all(caseId) as Buffer[];
  const own = ctx.identity?.().signingPublicKey;
  const signers = keys.map((key) => ({
    fingerprint: signingKeyFingerprint(key),
    pem: ed25519PublicPem(key),
    thisVault: own !== undefined && own.equals(key),
  }));
  if (own !== undefined && !signers.some((signer) => signer.thisVault)) {
    signers.push({ fingerprint: signingKeyFingerprint(own), pem: ed25519PublicPem(own), thisVault: true });
  }
  return signers.sort(
    (a, b) => Number(b.thisVault) - Number(a.thisVault) || a.fingerprint.localeCompare(b.fingerprint),
  );
}

async function buildVerificationReport(
  ctx: CaseFileContext,
  request: VerificationReportRequest,
): Promise<VerificationReport> {
  const db = ctx.db();
  const { caseRecord, items, signers } = db.transaction(() => {
    const found = ctx.ports.cases.get(db, request.caseId);
    const ids = db
      .prepare('SELECT id FROM evidence_items WHERE case_id = ? ORDER BY sequence')
      .pluck()
      .all(found.id) as string[];
    return { caseRecord: found, items: ids.map((id) => getItemWithChain(db, id)), signers: signersOf(ctx, found.id) };
  })();
  const generatedAt = new Date(ctx.now());
  const marking = items.reduce(
    (level, item) => stricterConfidentiality(level, item.confidentiality),
    caseRecord.confidentiality,
  );
  const model = verificationReportModel({
    caseReference: caseRecord.reference,
    items,
    signers,
    marking,
    generatedAt: generatedAt.toISOString(),
    generatedBy: ctx.actor,
    language: request.language,
  });
  const { documents } = ctx.ports;
  const options = { createdAt: generatedAt };
  const bytes =
    request.format === 'pdf' ? await documents.renderPdf(model, options) : await documents.renderDocx(model, options);
  const contents = items.flatMap((item) => item.contents);
  return {
    bytes,
    fileName: `verification-${caseRecord.reference}-${request.language}.${request.format}`,
    summary: {
      items: items.length,
      files: contents.length,
      signedFiles: contents.filter((content) => content.provenance !== undefined).length,
      signers: signers.map(({ fingerprint, thisVault }) => ({ fingerprint, thisVault })),
    },
  };
}

/** The report saved where the user chooses, audited like any export of case content. */
export async function saveVerificationReport(
  ctx: CaseFileContext,
  request: VerificationReportRequest,
): Promise<{ saved: SavedFile; summary: VerificationReportSummary }> {
  requireFilePorts(ctx); // refused before the report is drawn
  const report = await buildVerificationReport(ctx, request);
  const saved = await saveAuditedExport(
    ctx,
    { ...report, tempLabel: 'verification-report' },
    ({ destination, sha256, size }) => ({
      action: 'custody.verification_report',
      caseId: request.caseId,
      target: null,
      details: {
        format: request.format,
        language: request.language,
        items: report.summary.items,
        files: report.summary.files,
        sha256,
        size,
        destination,
      },
    }),
  );
  return { saved, summary: report.summary };
}
