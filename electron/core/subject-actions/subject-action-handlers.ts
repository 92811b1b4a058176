import type { Handlers } from '../../../shared/contract/index.js';
import type { CaseFileContext } from '../kernel/context.js';
import { listOfCase } from '../kernel/ports/case-lists.js';
import { listSubjectActions, recordSubjectAction } from './subject-action-store.js';

export function subjectActionHandlers(
  ctx: CaseFileContext,
): Pick<Handlers, 'subjectActions.list' | 'subjectActions.record'> {
  return {
    'subjectActions.list': (input) => ({ items: listOfCase(ctx, input, listSubjectActions) }),
    'subjectActions.record': (input) => recordSubjectAction(ctx, input),
  };
}
