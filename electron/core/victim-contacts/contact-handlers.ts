import type { Handlers } from '../../../shared/contract/index.js';
import type { CaseFileContext } from '../kernel/context.js';
import { listOfCase } from '../kernel/ports/case-lists.js';
import { listContacts, logContact } from './contact-store.js';

export function victimContactHandlers(
  ctx: CaseFileContext,
): Pick<Handlers, 'victimContacts.list' | 'victimContacts.log'> {
  return {
    'victimContacts.list': (input) => ({ items: listOfCase(ctx, input, listContacts) }),
    'victimContacts.log': (input) => logContact(ctx, input),
  };
}
