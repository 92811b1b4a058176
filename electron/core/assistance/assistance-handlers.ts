import type { Handlers } from '../../../shared/contract/index.js';
import type { CaseFileContext } from '../kernel/context.js';
import { listOfCase } from '../kernel/ports/case-lists.js';
import { offerAssistance, updateAssistance } from './assistance-changes.js';
import { listReferrals } from './assistance-store.js';

export function assistanceHandlers(
  ctx: CaseFileContext,
): Pick<Handlers, 'assistance.list' | 'assistance.offer' | 'assistance.update'> {
  return {
    'assistance.list': (input) => ({ items: listOfCase(ctx, input, listReferrals) }),
    'assistance.offer': (input) => offerAssistance(ctx, input),
    'assistance.update': (input) => updateAssistance(ctx, input),
  };
}
