import type { CustodyReportRequest } from '../../../shared/contract/custody.js';
import type { SavedFile } from '../../../shared/contract/evidence.js';
import { stricterConfidentiality } from '../../../shared/domain/confidentiality.js';
import { requireFilePorts, type CaseFileContext } from '../kernel/context.js';
import { saveAuditedExport } from '../kernel/files/audited-export.js';
import { custodyReportModel } from './custody-report-model.js';
import { getItemWithChain } from './evidence-store.js';

export interface CustodyReport {
  bytes: Buffer;
  /** `custody-CF-2026-0001-E-0001-en.pdf` */
  fileName: string;
  itemNumber: string;
  caseId: string;
}

/**
 * The report of one item, as it stands now, drawn in the format asked for by the document engine
 * (reached through its port, as the case is: evidence/ imports no other feature).
 */
async function buildCustodyReport(ctx: CaseFileContext, request: CustodyReportRequest): Promise<CustodyReport> {
  const db = ctx.db();
  const { item, caseRecord } = db.transaction(() => {
    const record = getItemWithChain(db, request.itemId);
    return { item: record, caseRecord: ctx.ports.cases.get(db, record.caseId) };
  })();
  const generatedAt = new Date(ctx.now());
  const model = custodyReportModel({
    item,
    caseReference: caseRecord.reference,
    marking: stricterConfidentiality(item.confidentiality, caseRecord.confidentiality),
    generatedAt: generatedAt.toISOString(),
    generatedBy: ctx.actor,
    language: request.language,
  });
  const { documents } = ctx.ports;
  const options = { createdAt: generatedAt };
  const bytes =
    request.format === 'pdf' ? await documents.renderPdf(model, options) : await documents.renderDocx(model, options);
  const fileName = `custody-${caseRecord.reference}-${item.number}-${request.language}.${request.format}`;
  return { bytes, fileName, itemNumber: item.number, caseId: item.caseId };
}

/** The report saved where the user chooses, audited like any export of case content. */
export async function saveCustodyReport(ctx: CaseFileContext, request: CustodyReportRequest): Promise<SavedFile> {
  requireFilePorts(ctx); // refused before the report is drawn
  const report = await buildCustodyReport(ctx, request);
  return saveAuditedExport(ctx, { ...report, tempLabel: 'custody-report' }, ({ destination, sha256, size }) => ({
    action: 'custody.report',
    caseId: report.caseId,
    target: { kind: 'evidence', id: request.itemId, label: report.itemNumber },
    details: {
      number: report.itemNumber,
      format: request.format,
      language: request.language,
      sha256,
      size,
      destination,
    },
  }));
}
