import type { Handlers } from '../../../shared/contract/index.js';
import type { CaseFileContext } from '../kernel/context.js';
import { recordSubjectAction, subjectActionsOf } from './subject-action-store.js';

export function subjectActionHandlers(
  ctx: CaseFileContext,
): Pick<Handlers, 'subjectActions.list' | 'subjectActions.record'> {
  return {
    'subjectActions.list': (input) => ({ items: subjectActionsOf(ctx.ports, ctx.db(), input) }),
    'subjectActions.record': (input) => recordSubjectAction(ctx, input),
  };
}
