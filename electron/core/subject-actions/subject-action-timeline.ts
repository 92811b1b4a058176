import { messageText } from '../../../shared/i18n/messages.js';
import { exactDateAt } from '../../../shared/timeline/event.js';
import type { TimelineContribution } from '../kernel/ports/timeline-contributions.js';
import { listSubjectActions } from './subject-action-store.js';

/**
 * Each action about a subject on the chronology, on the day it was taken, titled by the subject's
 * code and the kind of action (never the description). Ids are `sa:<action id>`.
 */
export const subjectActionTimeline: TimelineContribution = (db, caseId, view) =>
  listSubjectActions(db, caseId).map((action) => ({
    id: `sa:${action.id}`,
    caseId,
    date: exactDateAt(action.takenAt, view.timeZone),
    kind: 'subject_action',
    title: messageText(view.locale, 'timeline.subjectAction', { person: action.personCode, kind: action.kind }),
    // What a State reports it did is its word; the rest the team saw decided.
    basis: action.kind === 'state_reported_action' ? 'reported_by_source' : 'established',
    sources: [],
    origin: 'derived',
    confidentiality: 'confidential',
    derivedFrom: { kind: 'subject_action', id: action.id },
    updatedAt: null,
  }));
