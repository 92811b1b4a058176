import type { Handlers } from '../../../shared/contract/index.js';
import type { CaseFileContext } from '../kernel/context.js';
import { listOfCase } from '../kernel/ports/case-lists.js';
import { listConsentDecisions, recordConsent } from './consent-store.js';

export function consentHandlers(ctx: CaseFileContext): Pick<Handlers, 'consents.list' | 'consents.record'> {
  return {
    'consents.list': (input) => ({ items: listOfCase(ctx, input, listConsentDecisions) }),
    'consents.record': (input) => recordConsent(ctx, input),
  };
}
