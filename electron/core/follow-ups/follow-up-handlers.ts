import type { Handlers } from '../../../shared/contract/index.js';
import type { CaseFileContext } from '../kernel/context.js';
import { linkFollowUpLetter, openFollowUp, replyToFollowUp } from './follow-up-changes.js';
import { listFollowUps } from './follow-up-store.js';

export function followUpHandlers(
  ctx: CaseFileContext,
): Pick<Handlers, 'followUps.list' | 'followUps.open' | 'followUps.reply' | 'followUps.linkLetter'> {
  return {
    'followUps.list': (input) => ({ items: listFollowUps(ctx, input.caseId) }),
    'followUps.open': (input) => openFollowUp(ctx, input),
    'followUps.reply': (input) => replyToFollowUp(ctx, input),
    'followUps.linkLetter': (input) => linkFollowUpLetter(ctx, input),
  };
}
