import type { Handlers } from '../../../shared/contract/index.js';
import type { CaseFileContext } from '../kernel/context.js';
import { listContacts, logContact } from './contact-store.js';

export function victimContactHandlers(
  ctx: CaseFileContext,
): Pick<Handlers, 'victimContacts.list' | 'victimContacts.log'> {
  return {
    'victimContacts.list': (input) => {
      const db = ctx.db();
      const caseId = ctx.ports.cases.get(db, input.caseId).id;
      if (input.personId !== undefined) ctx.ports.people.inCase(db, caseId, input.personId);
      return { items: listContacts(db, caseId, input.personId) };
    },
    'victimContacts.log': (input) => logContact(ctx, input),
  };
}
