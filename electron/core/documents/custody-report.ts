import { createHash } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import * as path from 'node:path';
import type { SavedFile } from '../../../shared/contract/evidence.js';
import { CONFIDENTIALITY_LEVELS, type Confidentiality } from '../../../shared/domain/confidentiality.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import type { CaseFileContext } from '../kernel/context.js';
import { getCaseRow } from '../cases/case-store.js';
import { requirePorts } from '../evidence/chosen-files.js';
import { getEvidenceRecord } from '../evidence/evidence-store.js';
import { writeFailure } from '../kernel/files/objects/errors.js';
import { createPrivateFile, syncDirectory, tempNameFor, writeAllAt } from '../kernel/files/objects/files.js';
import { loadReportFonts } from './custody-report-fonts.js';
import { renderCustodyReportPdf } from './custody-report-pdf.js';

const higher = (a: Confidentiality, b: Confidentiality): Confidentiality =>
  CONFIDENTIALITY_LEVELS.indexOf(a) >= CONFIDENTIALITY_LEVELS.indexOf(b) ? a : b;

export interface CustodyReport {
  bytes: Uint8Array;
  /** `custody-CF-2026-0001-E-0001.pdf` */
  fileName: string;
  itemNumber: string;
  caseId: string;
}

/** The report of one item, as it stands now. */
export async function buildCustodyReport(ctx: CaseFileContext, itemId: string): Promise<CustodyReport> {
  const db = ctx.db();
  const { item, caseRow } = db.transaction(() => {
    const record = getEvidenceRecord(db, itemId);
    return { item: record, caseRow: getCaseRow(db, record.caseId) };
  })();
  const bytes = await renderCustodyReportPdf(
    {
      item,
      caseReference: caseRow.reference,
      marking: higher(item.confidentiality, caseRow.confidentiality as Confidentiality),
      generatedAt: new Date(ctx.now()).toISOString(),
      generatedBy: ctx.actor,
    },
    loadReportFonts(),
  );
  return { bytes, fileName: `custody-${caseRow.reference}-${item.number}.pdf`, itemNumber: item.number, caseId: item.caseId };
}

/** Writes beside the destination, then renames: a reader never sees half a report. */
async function writeAtomically(destination: string, bytes: Uint8Array): Promise<string> {
  const target = path.resolve(destination);
  const temp = path.join(path.dirname(target), tempNameFor('casefile-report'));
  const handle = await createPrivateFile(temp);
  try {
    await writeAllAt(handle, [bytes], 0);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(path.dirname(target));
  return target;
}

/** The report saved where the user chooses, audited like any export of case content. */
export async function saveCustodyReport(ctx: CaseFileContext, itemId: string): Promise<SavedFile> {
  const ports = requirePorts(ctx.filePorts);
  const report = await buildCustodyReport(ctx, itemId);
  const destination = await ports.chooseExportPath(report.fileName);
  if (destination === null) return { cancelled: true };
  let written: string;
  try {
    written = await writeAtomically(destination, report.bytes);
  } catch (error) {
    throw writeFailure(error, 'destination_unwritable');
  }
  const sha256 = createHash('sha256').update(report.bytes).digest('hex');
  const db = ctx.db();
  db.transaction(() => {
    appendAudit(ctx, {
      action: 'custody.report',
      caseId: report.caseId,
      target: { kind: 'evidence', id: itemId, label: report.itemNumber },
      details: { number: report.itemNumber, sha256, size: report.bytes.length, destination: written },
    });
  }).immediate();
  return { cancelled: false, path: written, size: report.bytes.length, sha256 };
}
