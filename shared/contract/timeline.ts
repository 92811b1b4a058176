import { z } from 'zod';
import { Confidentiality } from '../domain/confidentiality.js';
import { Instant, RecordId, WrittenReason } from '../domain/primitives.js';
import { UncertainDate } from '../domain/uncertain-date.js';
import { EventBasis, TimelineEvent, TimelineEventKind, TimelineSource } from '../timeline/event.js';
import { ExplanationLocale } from './deadlines.js';
import { method } from './define.js';

/**
 * One chronology per case: events written by the investigator merged with those derived from
 * the case file (incident dates, milestones, interviews, evidence, custody, status changes).
 */

/** What a derived event was built from, so the UI can open it; null for a manual event. */
const DERIVED_FROM_KINDS = [
  'case',
  'milestone',
  'interview',
  'evidence',
  'custody',
  'status_change',
  'paternity_child',
  'investigative_action',
  'assistance',
  'victim_contact',
  'subject_action',
  'follow_up',
  'finding',
] as const;
export const DerivedFrom = z.object({ kind: z.enum(DERIVED_FROM_KINDS), id: z.string() });
export type DerivedFrom = z.infer<typeof DerivedFrom>;

export const TimelineEntry = TimelineEvent.safeExtend({
  /** The supporting interview or evidence, each with its label (interview of V-01, E-0003). */
  sourceLabels: z.array(z.object({ kind: TimelineSource.shape.kind, id: RecordId, label: z.string() })),
  derivedFrom: DerivedFrom.nullable(),
  /** When a manual event was written or last changed; null for derived events. */
  updatedAt: Instant.nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/** The fields of a manual event; id, case and origin come from the core. */
export const ManualTimelineEvent = z
  .object({
    date: UncertainDate,
    kind: TimelineEventKind,
    title: TimelineEvent.shape.title,
    description: z.string().max(10_000).optional(),
    basis: EventBasis,
    sources: TimelineEvent.shape.sources.default([]),
    confidentiality: Confidentiality.default('confidential'),
  })
  .strict();
export type ManualTimelineEvent = z.infer<typeof ManualTimelineEvent>;

export const timelineMethods = {
  'timeline.list': method({
    summary: "A case's chronology: dated events in order, undated ones apart, and how the order is defined.",
    input: z.object({ caseId: z.string().min(1).max(64), locale: ExplanationLocale.default('en') }).strict(),
    output: z.object({
      dated: z.array(TimelineEntry),
      undated: z.array(TimelineEntry),
      /** explainOrdering() in the requested language, for the help beside the timeline. */
      ordering: z.string(),
    }),
    whileLocked: false,
  }),
  'timeline.add': method({
    summary: 'Add a manual event (date as uncertain as it is, kind, basis, supporting interviews or evidence).',
    input: z.object({ caseId: RecordId, event: ManualTimelineEvent }).strict(),
    output: TimelineEntry,
    whileLocked: false,
  }),
  'timeline.update': method({
    summary: 'Replace the fields of a manual event; derived events change only through their records.',
    input: z.object({ eventId: RecordId, event: ManualTimelineEvent }).strict(),
    output: TimelineEntry,
    whileLocked: false,
  }),
  'timeline.remove': method({
    summary: 'Remove a manual event, with a reason; it stays in the vault and the audit trail.',
    input: z.object({ eventId: RecordId, reason: WrittenReason }).strict(),
    output: z.object({ eventId: RecordId, removedAt: Instant }),
    whileLocked: false,
  }),
};
