import type { Handlers } from '../../../shared/contract/index.js';
import type { CaseFileContext } from '../kernel/context.js';
import { concludeAction, listActions, recordAction } from './investigation-changes.js';

export function investigationHandlers(
  ctx: CaseFileContext,
): Pick<Handlers, 'investigation.list' | 'investigation.record' | 'investigation.conclude'> {
  return {
    'investigation.list': (input) => ({ items: listActions(ctx.ports, ctx.db(), input.caseId) }),
    'investigation.record': (input) => recordAction(ctx, input),
    'investigation.conclude': (input) => concludeAction(ctx, input),
  };
}
