import type { Handlers } from '../../../shared/contract/index.js';
import type { CaseFileContext } from '../kernel/context.js';
import { addContact, listContacts, verifyContact } from './contact-store.js';
import { exportAgeIdentity, showIdentity } from './identity-export.js';

type IdentityMethod = Extract<keyof Handlers, `identity.${string}` | `contacts.${string}`>;

export function contactHandlers(ctx: CaseFileContext): Pick<Handlers, IdentityMethod> {
  return {
    'identity.show': () => showIdentity(ctx),
    'identity.exportSecret': ({ locale }) => exportAgeIdentity(ctx, locale),
    'contacts.list': () => ({ items: listContacts(ctx) }),
    'contacts.add': (input) => addContact(ctx, input),
    'contacts.verify': ({ id }) => verifyContact(ctx, id),
  };
}
