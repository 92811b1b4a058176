import type { Handlers } from '../../../shared/contract/index.js';
import type { CaseFileContext } from '../kernel/context.js';
import { addTimelineEvent, removeTimelineEvent, updateTimelineEvent } from './timeline-changes.js';
import { listTimeline } from './timeline-list.js';
import { timelineChart, timelinePage } from './timeline-view.js';

type TimelineMethod =
  'timeline.list' | 'timeline.chart' | 'timeline.page' | 'timeline.add' | 'timeline.update' | 'timeline.remove';

export function timelineHandlers(ctx: CaseFileContext): Pick<Handlers, TimelineMethod> {
  return {
    'timeline.list': (input) => listTimeline(ctx.ports, ctx.db(), input),
    'timeline.chart': (input) => timelineChart(ctx.ports, ctx.db(), input),
    'timeline.page': (input) => timelinePage(ctx.ports, ctx.db(), input),
    'timeline.add': (input) => addTimelineEvent(ctx, input),
    'timeline.update': (input) => updateTimelineEvent(ctx, input),
    'timeline.remove': (input) => removeTimelineEvent(ctx, input),
  };
}
