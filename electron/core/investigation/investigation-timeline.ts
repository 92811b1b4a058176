import { exactDateAt } from '../../../shared/timeline/event.js';
import { messageText, type MessageLanguage } from '../../../shared/i18n/messages.js';
import type { ContributedEvent, TimelineContribution } from '../kernel/ports/timeline-contributions.js';
import { actionRows, linkedEvidenceIds, personCodeOf, type ActionRow } from './investigation-store.js';

function titleOf(row: ActionRow, stage: 'requested' | 'concluded', person: string | null, locale: MessageLanguage) {
  const params = { kind: row.kind, status: stage === 'requested' ? 'requested' : row.status };
  return person === null
    ? messageText(locale, 'timeline.investigativeAction', params)
    : messageText(locale, 'timeline.investigativeActionOf', { ...params, person });
}

/**
 * Each investigative action on the chronology: its request, and its conclusion when there is one
 * (done, refused, not possible), with the linked evidence items as sources. Established: the team
 * did it. Ids are `inv:<action id>:requested|concluded`.
 */
export const investigationTimeline: TimelineContribution = (db, caseId, view) =>
  actionRows(db, caseId).flatMap((row): ContributedEvent[] => {
    const person = personCodeOf(db, row.person_id);
    const sources = linkedEvidenceIds(db, row.id).map((id) => ({ kind: 'evidence' as const, id }));
    const event = (stage: 'requested' | 'concluded', at: string): ContributedEvent => ({
      id: `inv:${row.id}:${stage}`,
      caseId,
      date: exactDateAt(at, view.timeZone),
      kind: 'investigative_action',
      title: titleOf(row, stage, person, view.locale),
      basis: 'established',
      sources,
      origin: 'derived',
      confidentiality: row.confidentiality,
      derivedFrom: { kind: 'investigative_action', id: row.id },
      updatedAt: null,
    });
    return row.outcome_at === null
      ? [event('requested', row.requested_at)]
      : [event('requested', row.requested_at), event('concluded', row.outcome_at)];
  });
