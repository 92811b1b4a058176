import type { Handlers } from '../../../shared/contract/index.js';
import type { CaseFileContext } from '../kernel/context.js';
import { consentHistory, recordConsent } from './consent-store.js';

export function consentHandlers(ctx: CaseFileContext): Pick<Handlers, 'consents.list' | 'consents.record'> {
  return {
    'consents.list': (input) => ({ items: consentHistory(ctx.ports, ctx.db(), input) }),
    'consents.record': (input) => recordConsent(ctx, input),
  };
}
