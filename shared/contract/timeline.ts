import { z } from 'zod';
import { Confidentiality } from '../domain/confidentiality.js';
import { Instant, RecordId, WrittenReason } from '../domain/primitives.js';
import { UncertainDate } from '../domain/uncertain-date.js';
import { EventBasis, TimelineEvent, TimelineEventKind, TimelineSource } from '../timeline/event.js';
import { ExplanationLocale } from './deadlines.js';
import { method } from './define.js';
import { countedPageOf, PageCounts, PageCursor } from './paging.js';

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

/** A period of the chart, in epoch milliseconds: [from, to). */
const ChartRange = z
  .object({ from: z.number().finite(), to: z.number().finite() })
  .strict()
  .refine((range) => range.to > range.from, 'a period ends after it starts');

/** One mark of the chart as the core laid it out: a single event, or a cluster of several. */
export const ChartMark = z.object({
  x0: z.number(),
  x1: z.number(),
  lane: z.number().int().min(0),
  point: z.boolean(),
  continuesBefore: z.boolean(),
  continuesAfter: z.boolean(),
  /** The period the mark's events cover, in epoch ms: [earliest, end). */
  earliest: z.number(),
  end: z.number(),
  count: z.number().int().min(1),
  /** Its first event's id: the mark's name for focus and keys. */
  firstId: z.string(),
  /** The event itself when the mark holds one. */
  entry: TimelineEntry.nullable(),
  /** A cluster that showing closer would pull apart: the period to show. */
  zoomTo: ChartRange.nullable(),
  /** A cluster that showing closer would not pull apart: its events (the first ones), to be listed. */
  listed: z.array(TimelineEntry),
});
export type ChartMark = z.infer<typeof ChartMark>;

/** The part of the chronology a page reads: dated events in order, or those nobody can date. */
const CHRONOLOGY_PARTS = ['dated', 'undated'] as const;

export const timelineMethods = {
  'timeline.list': method({
    input: z.object({ caseId: z.string().min(1).max(64), locale: ExplanationLocale.default('en') }).strict(),
    output: z.object({
      dated: z.array(TimelineEntry),
      undated: z.array(TimelineEntry),
      /** explainOrdering() in the requested language, for the help beside the timeline. */
      ordering: z.string(),
    }),
    whileLocked: false,
  }),
  'timeline.chart': method({
    input: z
      .object({
        caseId: z.string().min(1).max(64),
        locale: ExplanationLocale.default('en'),
        /** The period shown; null fits every dated event. */
        view: ChartRange.nullable(),
        widthPx: z.number().min(1).max(20_000),
        /** Space kept after a mark on its lane (its label's). */
        gapPx: z.number().min(0).max(2_000),
        minWidthPx: z.number().min(1).max(200),
        /** Marks closer than this merge into clusters once the view is crowded. */
        minSpacingPx: z.number().min(4).max(400),
      })
      .strict(),
    output: z.object({
      /** The period drawn (the one asked for, or the fitted one); null when no event is dated. */
      range: ChartRange.nullable(),
      marks: z.array(ChartMark),
      laneCount: z.number().int().min(0),
      before: z.number().int().min(0),
      after: z.number().int().min(0),
      dated: z.number().int().min(0),
      undated: z.number().int().min(0),
      ordering: z.string(),
    }),
    whileLocked: false,
  }),
  'timeline.page': method({
    input: z
      .object({
        caseId: z.string().min(1).max(64),
        locale: ExplanationLocale.default('en'),
        part: z.enum(CHRONOLOGY_PARTS),
        after: PageCursor.optional(),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: countedPageOf(TimelineEntry, PageCounts),
    whileLocked: false,
  }),
  'timeline.add': method({
    input: z.object({ caseId: RecordId, event: ManualTimelineEvent }).strict(),
    output: TimelineEntry,
    whileLocked: false,
  }),
  'timeline.update': method({
    input: z.object({ eventId: RecordId, event: ManualTimelineEvent }).strict(),
    output: TimelineEntry,
    whileLocked: false,
  }),
  'timeline.remove': method({
    input: z.object({ eventId: RecordId, reason: WrittenReason }).strict(),
    output: z.object({ eventId: RecordId, removedAt: Instant }),
    whileLocked: false,
  }),
};
