import { messageText } from '../../../shared/i18n/messages.js';
import { exactDateAt } from '../../../shared/timeline/event.js';
import type { ContributedEvent, TimelineContribution } from '../kernel/ports/timeline-contributions.js';
import { followUpRows, replyRows } from './follow-up-store.js';

/**
 * Each follow-up item on the chronology: the referral or notification sent, and each reply
 * received. Titles name the kind of counterpart, never the addressee's or the reply's words.
 * Ids are `fu:<item id>:sent` and `fu-reply:<reply id>` (an event id holds 64 characters at most).
 */
export const followUpTimeline: TimelineContribution = (db, caseId, view) =>
  followUpRows(db, caseId).flatMap((row): ContributedEvent[] => {
    const event = (id: string, at: string, title: string): ContributedEvent => ({
      id,
      caseId,
      date: exactDateAt(at, view.timeZone),
      kind: 'referral',
      title,
      basis: 'established',
      sources: [],
      origin: 'derived',
      confidentiality: 'confidential',
      derivedFrom: { kind: 'follow_up', id: row.id },
      updatedAt: null,
    });
    const params = { kind: row.kind, counterpart: row.counterpart };
    return [
      event(`fu:${row.id}:sent`, row.sent_at, messageText(view.locale, 'timeline.followUpSent', params)),
      ...replyRows(db, row.id).map((reply) =>
        event(
          `fu-reply:${reply.id}`,
          reply.receivedAt,
          messageText(view.locale, 'timeline.followUpReply', { counterpart: row.counterpart }),
        ),
      ),
    ];
  });
