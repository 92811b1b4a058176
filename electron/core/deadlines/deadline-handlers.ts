import { deadlinePage } from './deadline-page.js';
import type { Handlers } from '../../../shared/contract/index.js';
import type { CaseFileContext } from '../kernel/context.js';
import { readCaseClockFacts } from './case-clock-facts.js';
import { recordMilestone, setCaseCondition } from './case-milestones.js';
import { resetClockSettings, updateClockSettings } from './clock-changes.js';
import { readClockConfiguration } from './clock-settings.js';
import { closeDeadline } from './deadline-close.js';
import { listDeadlines } from './deadline-list.js';

type DeadlineMethod =
  | 'clocks.get'
  | 'clocks.update'
  | 'clocks.reset'
  | 'deadlines.list'
  | 'deadlines.page'
  | 'deadlines.close'
  | 'deadlines.caseFacts'
  | 'deadlines.recordMilestone'
  | 'deadlines.setCondition';

export function deadlineHandlers(ctx: CaseFileContext): Pick<Handlers, DeadlineMethod> {
  return {
    'clocks.get': () => readClockConfiguration(ctx.db()),
    'clocks.update': (change) => updateClockSettings(ctx, change),
    'clocks.reset': () => resetClockSettings(ctx),
    'deadlines.list': (query) => {
      const nowMs = ctx.now();
      return { items: listDeadlines(ctx.ports, ctx.db(), query, nowMs), at: new Date(nowMs).toISOString() };
    },
    'deadlines.page': (request) => deadlinePage(ctx.ports, ctx.db(), request, ctx.now()),
    'deadlines.close': (input) => closeDeadline(ctx, input),
    'deadlines.caseFacts': ({ caseId }) => {
      const db = ctx.db();
      return db.transaction(() => readCaseClockFacts(db, ctx.ports.cases.get(db, caseId).id))();
    },
    'deadlines.recordMilestone': (input) => recordMilestone(ctx, input),
    'deadlines.setCondition': (input) => setCaseCondition(ctx, input),
  };
}
