import type { Handlers } from '../../../shared/contract/index.js';
import type { CaseFileContext } from '../kernel/context.js';
import { listOfCase } from '../kernel/ports/case-lists.js';
import { recordFinding } from './finding-record.js';
import { listFindings } from './finding-store.js';

export function findingHandlers(ctx: CaseFileContext): Pick<Handlers, 'findings.list' | 'findings.record'> {
  return {
    'findings.list': (input) => ({ items: listOfCase(ctx, input, listFindings) }),
    'findings.record': (input) => recordFinding(ctx, input),
  };
}
