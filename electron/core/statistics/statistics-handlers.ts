import type { Handlers } from '../../../shared/contract/index.js';
import type { CaseFileContext } from '../kernel/context.js';
import { computeStatisticsView, exportStatistics } from './statistics-export.js';
import { readEntities } from './statistics-projection.js';

export function statisticsHandlers(
  ctx: CaseFileContext,
): Pick<Handlers, 'statistics.compute' | 'statistics.export' | 'statistics.entities'> {
  return {
    'statistics.compute': (query) => computeStatisticsView(ctx, query),
    'statistics.export': (request) => exportStatistics(ctx, request),
    'statistics.entities': () => ({ items: readEntities(ctx.db()) }),
  };
}
