import type { Handlers } from '../../../shared/contract/index.js';
import type { CaseFileContext } from '../kernel/context.js';
import { listOfCase } from '../kernel/ports/case-lists.js';
import { offerAssistance, updateAssistance } from './assistance-changes.js';
import { listReferrals } from './assistance-store.js';
import { listContacts, logContact } from './contact-store.js';

/** Assistance to victims (¶34): the services offered and referred, and each contact kept with a victim. */
export function assistanceHandlers(
  ctx: CaseFileContext,
): Pick<
  Handlers,
  'assistance.list' | 'assistance.offer' | 'assistance.update' | 'victimContacts.list' | 'victimContacts.log'
> {
  return {
    'assistance.list': (input) => ({ items: listOfCase(ctx, input, listReferrals) }),
    'assistance.offer': (input) => offerAssistance(ctx, input),
    'assistance.update': (input) => updateAssistance(ctx, input),
    'victimContacts.list': (input) => ({ items: listOfCase(ctx, input, listContacts) }),
    'victimContacts.log': (input) => logContact(ctx, input),
  };
}
