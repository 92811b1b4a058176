import type { CaseMilestone } from '../contract/deadlines.js';
import type { CaseStatus } from '../domain/case.js';
import type { CustodyEvent, CustodyEventKind, EvidenceType } from '../domain/evidence.js';
import { custodyEventWords } from '../i18n/custody-words.js';
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
  /** Who to whom, purpose, seal: what people recorded as written, a bundle hand-over's codes in words. */
  custodySummary: (locale: TimelineLocale, event: CustodySummaryFields): string => {
    const said = custodyEventWords((key, params) => messageText(locale, key, params), event);
    const parts = [
      said.from !== undefined && said.to !== undefined
        ? messageText(locale, 'timeline.custodyFromTo', { from: said.from, to: said.to })
        : null,
      said.purpose,
      event.sealNumber === undefined ? null : messageText(locale, 'timeline.custodySeal', { seal: event.sealNumber }),
    ];
    return parts.filter((part) => part !== null).join(' — ');
  },
};

/** What a chronology's custody line says of an event. */
export type CustodySummaryFields = Pick<
  CustodyEvent,
  'purpose' | 'purposeCode' | 'from' | 'to' | 'fromRole' | 'toRole' | 'sealNumber'
>;
