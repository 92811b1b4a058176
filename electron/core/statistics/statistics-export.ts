import type { SavedFile } from '../../../shared/contract/evidence.js';
import type { StatisticsExportRequest, StatisticsView } from '../../../shared/contract/statistics.js';
import { documentLabelText } from '../../../shared/i18n/labels.js';
import { computeStatistics } from '../../../shared/statistics/counting.js';
import type { StatisticsQuery } from '../../../shared/statistics/projection.js';
import { requireFilePorts, type CaseFileContext } from '../kernel/context.js';
import { saveAuditedExport } from '../kernel/files/audited-export.js';
import { statisticsDocument } from './statistics-document.js';
import { statisticsCsv, statisticsJson, statisticsXlsx } from './statistics-files.js';
import { readCaseProjections } from './statistics-projection.js';
import { statisticsReportModel } from './statistics-report-model.js';

/** The view: one pass over the cases of the period, counted against the team's clocks in force. */
export function computeStatisticsView(ctx: CaseFileContext, query: StatisticsQuery): StatisticsView {
  const db = ctx.db();
  const { projections, configuration } = db.transaction(() => ({
    projections: readCaseProjections(db, query),
    configuration: ctx.ports.clockConfiguration.read(db),
  }))();
  const { calendar, clocks } = configuration;
  const result = computeStatistics(projections, query, {
    clocks,
    options: { timeZone: calendar.timeZone, holidays: calendar.holidays, weekendDays: calendar.weekendDays },
  });
  return { query, tables: result.tables, benchmarks: result.benchmarks };
}

async function exportBytes(ctx: CaseFileContext, request: StatisticsExportRequest, view: StatisticsView) {
  const doc = statisticsDocument(view, request, new Date(ctx.now()).toISOString());
  switch (request.format) {
    case 'csv':
      return statisticsCsv(doc);
    case 'json':
      return statisticsJson(doc);
    case 'xlsx':
      return statisticsXlsx(doc);
    case 'pdf': {
      // Anonymised figures, but still internal until published: marked as the letters mark theirs.
      const marking = documentLabelText(request.language, 'confidentialityMarking', 'confidential');
      const model = statisticsReportModel(doc, marking);
      return ctx.ports.documents.renderPdf(model, { createdAt: new Date(ctx.now()) });
    }
  }
}

/** The export saved where the user chooses, audited: what, which period and filters, which format. */
export async function exportStatistics(ctx: CaseFileContext, request: StatisticsExportRequest): Promise<SavedFile> {
  requireFilePorts(ctx); // refused before anything is counted
  const view = computeStatisticsView(ctx, request.query);
  const bytes = await exportBytes(ctx, request, view);
  const { query } = request;
  const fileName = `statistics-${query.from}-${query.to}${query.entity ? `-${query.entity}` : ''}.${request.format}`;
  const file = { bytes, fileName: fileName.replace(/[^\w.-]+/g, '_'), tempLabel: 'statistics' };
  return saveAuditedExport(ctx, file, ({ destination, sha256 }) => ({
    action: 'statistics.export',
    caseId: null,
    target: null,
    details: {
      from: query.from,
      to: query.to,
      ...(query.entity ? { entity: query.entity } : {}),
      ...(query.category ? { category: query.category } : {}),
      ...(query.status ? { status: query.status } : {}),
      format: request.format,
      language: request.language,
      suppressBelow: request.suppressBelow ?? 'none',
      sha256,
      destination,
    },
  }));
}
