import type { CaseMilestone } from '../contract/deadlines.js';
import type { CaseStatus } from '../domain/case.js';
import type { CustodyEventKind, EvidenceType } from '../domain/evidence.js';
import { labelText } from '../i18n/labels.js';
import { messageText, type MessageLanguage } from '../i18n/messages.js';

/**
 * Titles of derived chronology events in the languages the core writes, worded in the message
 * catalogue (`timeline.*`) with each value's label from the label catalogue: a status reads the
 * same on the timeline as on the case list, the case view and a letter. Titles carry pseudonym
 * codes and evidence numbers only.
 */

export type TimelineLocale = MessageLanguage;

export const timelineWords = {
  incident: (locale: TimelineLocale, position: number, count: number): string =>
    count > 1
      ? messageText(locale, 'timeline.incidentOfMany', { position, total: count })
      : messageText(locale, 'timeline.incident'),
  opened: (locale: TimelineLocale, status: CaseStatus): string => messageText(locale, 'timeline.opened', { status }),
  status: (locale: TimelineLocale, status: CaseStatus): string => messageText(locale, 'timeline.status', { status }),
  milestone: (locale: TimelineLocale, milestone: CaseMilestone): string =>
    labelText(locale, 'caseMilestone', milestone),
  interview: (locale: TimelineLocale, personCode: string, planned: boolean): string =>
    messageText(locale, planned ? 'timeline.interviewPlanned' : 'timeline.interview', { person: personCode }),
  interviewSource: (locale: TimelineLocale, personCode: string): string =>
    messageText(locale, 'timeline.interviewSource', { person: personCode }),
  evidence: (locale: TimelineLocale, number: string, type: EvidenceType): string =>
    messageText(locale, 'timeline.evidence', { number, type }),
  custody: (locale: TimelineLocale, number: string, kind: CustodyEventKind): string =>
    `${number} ${labelText(locale, 'custodyEventKindInText', kind)}`,
};
