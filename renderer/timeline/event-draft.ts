import type { TFunction } from 'i18next';
import { ManualTimelineEvent, type TimelineEntry } from '../../shared/contract/timeline.js';
import type { Confidentiality } from '../../shared/domain/confidentiality.js';
import type { EventBasis, TimelineEventKind, TimelineSource } from '../../shared/timeline/event.js';
import {
  draftFromUncertainDate,
  emptyDateDraft,
  uncertainDateFromDraft,
  type UncertainDateDraft,
} from '../components/uncertain-date-draft.js';
import { errorsUnder, fieldErrors, type FieldErrors } from '../components/validation.js';

/** A manual chronology event while its dialog is open. */
export interface EventDraft {
  date: UncertainDateDraft;
  kind: TimelineEventKind;
  title: string;
  description: string;
  basis: EventBasis;
  /** `interview:<id>` and `evidence:<id>`, in the order ticked. */
  sources: string[];
  confidentiality: Confidentiality;
}

/** A new event: a day on the mission's calendar, reported by a source until the investigation establishes it. */
export function newEventDraft(timeZone: string): EventDraft {
  return {
    date: emptyDateDraft('day', timeZone),
    kind: 'incident',
    title: '',
    description: '',
    basis: 'reported_by_source',
    sources: [],
    confidentiality: 'confidential',
  };
}

export function draftOfEvent(entry: TimelineEntry, timeZone: string): EventDraft {
  return {
    date: draftFromUncertainDate(entry.date, timeZone),
    kind: entry.kind,
    title: entry.title,
    description: entry.description ?? '',
    basis: entry.basis,
    sources: entry.sources.map(sourceKey),
    confidentiality: entry.confidentiality,
  };
}

/** How the draft holds a source: its kind and id in one string. */
export const sourceKey = (source: TimelineSource): string => `${source.kind}:${source.id}`;

/** The source a draft's key holds. */
export function sourceOf(key: string): TimelineSource {
  const [kind, ...rest] = key.split(':');
  return { kind: kind === 'interview' ? 'interview' : 'evidence', id: rest.join(':') };
}

export interface EventDraftErrors {
  date: FieldErrors;
  title?: string;
  description?: string;
}

/** The event to send, or the errors to show (dates by field, in the user's language). */
export function eventFromDraft(
  t: TFunction,
  draft: EventDraft,
): { ok: true; event: ManualTimelineEvent } | { ok: false; errors: EventDraftErrors } {
  const description = draft.description.trim();
  const parsed = ManualTimelineEvent.safeParse({
    date: uncertainDateFromDraft(draft.date),
    kind: draft.kind,
    title: draft.title,
    ...(description === '' ? {} : { description }),
    basis: draft.basis,
    sources: draft.sources.map(sourceOf),
    confidentiality: draft.confidentiality,
  });
  if (parsed.success) return { ok: true, event: parsed.data };
  const errors = fieldErrors(t, parsed.error);
  return {
    ok: false,
    errors: { date: errorsUnder(errors, 'date'), title: errors.title, description: errors.description },
  };
}
