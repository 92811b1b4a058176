import { messageText } from '../../../shared/i18n/messages.js';
import { exactDateAt } from '../../../shared/timeline/event.js';
import type { ContributedEvent, TimelineContribution } from '../kernel/ports/timeline-contributions.js';
import { listReferrals, personCode } from './assistance-store.js';

/**
 * Each step of each assistance referral on the chronology: the offer, the victim's answer, the
 * referral made, the end of the service. Titles carry the victim's code and the service only (the
 * provider and the reasons stay in the record). Established: the team recorded it. Ids are
 * `assist:<referral id>:<step index>`.
 */
export const assistanceTimeline: TimelineContribution = (db, caseId, view) =>
  listReferrals(db, caseId).flatMap((referral): ContributedEvent[] => {
    const person = personCode(db, referral.personId);
    return referral.history.map((step, index) => ({
      id: `assist:${referral.id}:${index}`,
      caseId,
      date: exactDateAt(step.at, view.timeZone),
      kind: 'referral',
      title:
        step.status === 'offered'
          ? messageText(view.locale, 'timeline.assistanceOffered', { service: referral.service, person })
          : messageText(view.locale, 'timeline.assistanceStep', {
              service: referral.service,
              person,
              status: step.status,
            }),
      basis: 'established',
      sources: [],
      origin: 'derived',
      confidentiality: 'confidential',
      derivedFrom: { kind: 'assistance', id: referral.id },
      updatedAt: null,
    }));
  });
