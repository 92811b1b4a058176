import type { Handlers } from '../../../../shared/contract/index.js';
import type { CaseFileContext } from '../context.js';
import { searchRecords } from './search-query.js';

export function searchHandlers(ctx: CaseFileContext): Pick<Handlers, 'search.query'> {
  return {
    'search.query': (input) => ({ items: searchRecords(ctx.db(), input) }),
  };
}
