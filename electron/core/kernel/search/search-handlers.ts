import type { Handlers } from '../../../../shared/contract/index.js';
import type { CaseFileServices } from '../context.js';
import { searchRecords } from './search-query.js';

export function searchHandlers(ctx: CaseFileServices): Pick<Handlers, 'search.query'> {
  return {
    'search.query': (input) => searchRecords(ctx.db(), input),
  };
}
