import type { Handlers } from '../../shared/contract/index.js';
import { auditHandlers } from './kernel/audit/audit-handlers.js';
import type { CaseFileContext } from './kernel/context.js';
import { caseHandlers } from './cases/case-handlers.js';
import { consentHandlers } from './consents/consent-handlers.js';
import { deadlineHandlers } from './deadlines/deadline-handlers.js';
import { custodyHandlers } from './evidence/custody-handlers.js';
import { evidenceHandlers } from './evidence/evidence-handlers.js';
import { interviewHandlers } from './interviews/interview-handlers.js';
import { letterHandlers } from './letters/letter-handlers.js';
import { peopleHandlers } from './people/people-handlers.js';
import { principlesHandlers } from './principles/principles-handlers.js';
import { searchHandlers } from './kernel/search/search-handlers.js';
import { timelineHandlers } from './timeline/timeline-handlers.js';

/** Every case-file method (everything but vault, session, settings and the job board), one module per aggregate. */
export type CaseFileHandlers = Omit<Handlers, `vault.${string}` | `session.${string}` | `settings.${string}` | `jobs.${string}`>;

export function caseFileHandlers(ctx: CaseFileContext): CaseFileHandlers {
  return {
    ...caseHandlers(ctx),
    ...peopleHandlers(ctx),
    ...consentHandlers(ctx),
    ...interviewHandlers(ctx),
    ...principlesHandlers(ctx),
    ...auditHandlers(ctx),
    ...searchHandlers(ctx),
    ...evidenceHandlers(ctx),
    ...custodyHandlers(ctx),
    ...deadlineHandlers(ctx),
    ...timelineHandlers(ctx),
    ...letterHandlers(ctx),
  };
}
