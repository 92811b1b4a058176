import { messageText } from '../../../shared/i18n/messages.js';
import { exactDateAt } from '../../../shared/timeline/event.js';
import type { ContributedEvent, TimelineContribution } from '../kernel/ports/timeline-contributions.js';
import { listContacts } from './contact-store.js';

/**
 * Each contact with a victim on the chronology, the closure letter's delivery named as such.
 * Titles carry the victim's code and the channel only. Ids are `contact:<contact id>`.
 */
export const victimContactTimeline: TimelineContribution = (db, caseId, view) => {
  const contacts = listContacts(db, caseId);
  // Most cases have none: the case's people (thousands in a large one) are read only for those that have.
  if (contacts.length === 0) return [];
  const codes = new Map(
    (db.prepare('SELECT id, code FROM people WHERE case_id = ?').all(caseId) as { id: string; code: string }[]).map(
      (row) => [row.id, row.code],
    ),
  );
  return contacts.map((contact): ContributedEvent => {
    const person = codes.get(contact.personId) ?? '';
    return {
      id: `contact:${contact.id}`,
      caseId,
      date: exactDateAt(contact.at, view.timeZone),
      kind: 'victim_contact',
      title:
        contact.letterId === undefined
          ? messageText(view.locale, 'timeline.victimContact', { person, channel: contact.channel })
          : messageText(view.locale, 'timeline.closureLetterDelivered', { person }),
      basis: 'established',
      sources: [],
      origin: 'derived',
      confidentiality: 'confidential',
      derivedFrom: { kind: 'victim_contact', id: contact.id },
      updatedAt: null,
    };
  });
};
