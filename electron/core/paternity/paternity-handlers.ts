import type { Handlers } from '../../../shared/contract/index.js';
import type { CaseFileContext } from '../kernel/context.js';
import { listOfCase } from '../kernel/ports/case-lists.js';
import { addChild, updateChild } from './paternity-changes.js';
import { listChildren } from './paternity-store.js';

export function paternityHandlers(
  ctx: CaseFileContext,
): Pick<Handlers, 'paternity.list' | 'paternity.add' | 'paternity.update'> {
  return {
    'paternity.list': (input) => ({ items: listOfCase(ctx, input, listChildren) }),
    'paternity.add': (input) => addChild(ctx, input.caseId, input.child),
    'paternity.update': (input) => updateChild(ctx, input.childId, input.child),
  };
}
