import { messageText } from '../../../shared/i18n/messages.js';
import type { ContributedEvent, TimelineContribution } from '../kernel/ports/timeline-contributions.js';
import { listFindings } from './finding-store.js';

/**
 * Each finding on a subject, and each correction of it, on the day it was decided, titled by the
 * subject's code only. A finding is what the deciding entity established, not what a source said.
 */
export const findingTimeline: TimelineContribution = (db, caseId, view) =>
  listFindings(db, caseId).map((finding): ContributedEvent => ({
    id: `finding:${finding.id}`,
    caseId,
    date: { precision: 'day', from: finding.decidedOn, timeZone: view.timeZone },
    kind: 'finding',
    title: messageText(view.locale, finding.version === 1 ? 'timeline.finding' : 'timeline.findingCorrected', {
      person: finding.code,
      outcome: finding.outcome,
    }),
    basis: 'established',
    sources: [],
    origin: 'derived',
    confidentiality: 'confidential',
    derivedFrom: { kind: 'finding', id: finding.id },
    updatedAt: null,
  }));
