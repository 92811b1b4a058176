import type { Handlers } from '../../../shared/contract/index.js';
import type { CaseFileContext } from '../kernel/context.js';
import { offerAssistance, updateAssistance } from './assistance-changes.js';
import { listReferrals } from './assistance-store.js';

export function assistanceHandlers(
  ctx: CaseFileContext,
): Pick<Handlers, 'assistance.list' | 'assistance.offer' | 'assistance.update'> {
  return {
    'assistance.list': (input) => {
      const db = ctx.db();
      const caseId = ctx.ports.cases.get(db, input.caseId).id;
      if (input.personId !== undefined) ctx.ports.people.inCase(db, caseId, input.personId);
      return { items: listReferrals(db, caseId, input.personId) };
    },
    'assistance.offer': (input) => offerAssistance(ctx, input),
    'assistance.update': (input) => updateAssistance(ctx, input),
  };
}
