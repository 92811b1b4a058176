import { z } from 'zod';
import { EVIDENCE_TYPES } from '../domain/evidence.js';

/**
 * A clock is data: a start event, a duration, how days are counted, how firm the limit is and
 * where the number comes from (domain.md §3). Settings store exactly this schema, so every
 * number is editable; DEFAULT_CLOCKS are only the values a new workspace starts with.
 */

export const CLOCK_START_EVENTS = [
  'incident',
  /** When CCTV footage was recorded: overwriting counts from then, not from when it was found. */
  'footage_recorded',
  'evidence_collected',
  'cctv_identified',
  'phone_data_identified',
  'case_received',
  'referral_for_investigation',
  'notification_to_tcc',
  /** Rotation, repatriation or end of contract: the action is due before it (a backward clock). */
  'subject_rotation_date',
  /** A referral or notification sent to a State or an office: its reply is awaited (the follow-up register). */
  'referral_or_notification_sent',
] as const;
export const ClockStartEvent = z.enum(CLOCK_START_EVENTS);
export type ClockStartEvent = z.infer<typeof ClockStartEvent>;

/** Events the action must come before: the deadline is the event itself, or the duration before it. */
const BACKWARD_START_EVENTS: readonly ClockStartEvent[] = ['subject_rotation_date'];
export const countsBackward = (event: ClockStartEvent): boolean => BACKWARD_START_EVENTS.includes(event);

/** Start events an evidence item (with its case's incident) can supply. */
const EVIDENCE_START_EVENTS: readonly ClockStartEvent[] = [
  'incident',
  'footage_recorded',
  'evidence_collected',
  'cctv_identified',
  'phone_data_identified',
];
/** Start events the case's own facts supply. */
const CASE_FACT_START_EVENTS: readonly ClockStartEvent[] = [
  'incident',
  'case_received',
  'referral_for_investigation',
  'notification_to_tcc',
  'subject_rotation_date',
  'referral_or_notification_sent',
];

export const DURATION_UNITS = ['hours', 'days', 'working_days', 'months'] as const;
export const DurationUnit = z.enum(DURATION_UNITS);
export type DurationUnit = z.infer<typeof DurationUnit>;

/** About ten years in each unit: far beyond any benchmark, small enough to compute instantly. */
export const MAX_DURATION: Readonly<Record<DurationUnit, number>> = {
  hours: 87_600,
  days: 3_660,
  working_days: 2_600,
  months: 120,
};

export const ClockDuration = z
  .object({ amount: z.number().int().min(0), unit: DurationUnit })
  .strict()
  .refine(({ amount, unit }) => amount <= MAX_DURATION[unit], { message: 'duration too long', path: ['amount'] });
export type ClockDuration = z.infer<typeof ClockDuration>;

export const FIRMNESS_LEVELS = [
  /** After it the action is useless or no longer allowed (PEP, emergency contraception). */
  'binding',
  /** A benchmark to meet; late is still worth doing. */
  'target',
  /** Typical values that vary by place or system (CCTV retention). */
  'advisory',
] as const;
export const Firmness = z.enum(FIRMNESS_LEVELS);
export type Firmness = z.infer<typeof Firmness>;

/** Marks on an evidence item that say which clocks its kind of source runs. */
const EVIDENCE_MARKERS = ['cctv', 'phone_data'] as const;
export const EvidenceMarker = z.enum(EVIDENCE_MARKERS);
export type EvidenceMarker = z.infer<typeof EvidenceMarker>;

const ClockEvidenceType = z.enum(EVIDENCE_TYPES);

/** Conditions on a case that a clock started by case facts may require. */
const CASE_CONDITIONS = ['drug_facilitation_suspected'] as const;
export const CaseCondition = z.enum(CASE_CONDITIONS);
export type CaseCondition = z.infer<typeof CaseCondition>;

const ClockAppliesTo = z
  .object({
    /** Logging an item of one of these types (carrying the marker, when one is given) starts the clock. */
    evidence: z.array(z.object({ type: ClockEvidenceType, marker: EvidenceMarker.optional() }).strict()).max(20),
    /**
     * null: case facts never start it; otherwise they do once the start event is recorded and every condition holds.
     */
    caseFacts: z
      .object({ requires: z.array(CaseCondition).max(CASE_CONDITIONS.length) })
      .strict()
      .nullable(),
  })
  .strict();
export type ClockAppliesTo = z.infer<typeof ClockAppliesTo>;

export const ClockId = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,47}$/, 'expected a lower-case identifier such as forensic_exam');

export const ClockDefinition = z
  .object({
    id: ClockId,
    name: z.string().trim().min(1).max(200),
    enabled: z.boolean(),
    startEvent: ClockStartEvent,
    duration: ClockDuration,
    /** Replaces `duration` for a case flagged urgent (case benchmarks); same unit. */
    urgentDuration: ClockDuration.optional(),
    /**
     * Count whole days of the mission's calendar: a forward clock falls due at the end of its
     * last day, a backward one at the start of the day the action must precede. Off, days and
     * months keep the start's time of day (physical windows such as CCTV overwriting).
     */
    wholeDays: z.boolean(),
    appliesTo: ClockAppliesTo,
    firmness: Firmness,
    /** Where the number comes from, shown beside the countdown. */
    source: z.string().trim().min(1).max(1_000),
    /** The act that closes the deadline, e.g. "forensic medical examination". */
    action: z.string().trim().min(1).max(300),
    note: z.string().trim().max(2_000).optional(),
  })
  .strict()
  .superRefine((clock, ctx) => {
    if (clock.urgentDuration && clock.urgentDuration.unit !== clock.duration.unit) {
      ctx.addIssue({
        code: 'custom',
        path: ['urgentDuration', 'unit'],
        message: 'the urgent duration uses the same unit as the duration',
      });
    }
    if (clock.wholeDays && clock.duration.unit === 'hours') {
      ctx.addIssue({
        code: 'custom',
        path: ['wholeDays'],
        message: 'a clock counted in hours does not count whole days',
      });
    }
    if (clock.appliesTo.evidence.length > 0 && !EVIDENCE_START_EVENTS.includes(clock.startEvent)) {
      ctx.addIssue({
        code: 'custom',
        path: ['appliesTo', 'evidence'],
        message: `an evidence item does not tell when ${clock.startEvent} happened`,
      });
    }
    if (clock.appliesTo.caseFacts && !CASE_FACT_START_EVENTS.includes(clock.startEvent)) {
      ctx.addIssue({
        code: 'custom',
        path: ['appliesTo', 'caseFacts'],
        message: `the case facts do not tell when ${clock.startEvent} happened`,
      });
    }
  });
export type ClockDefinition = z.infer<typeof ClockDefinition>;

/** The clocks of a workspace, as the settings store them. */
export const ClockSettings = z
  .array(ClockDefinition)
  .max(100)
  .superRefine((clocks, ctx) => {
    const seen = new Set<string>();
    clocks.forEach((clock, index) => {
      if (seen.has(clock.id))
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `clock ${clock.id} is defined twice` });
      seen.add(clock.id);
    });
  });
export type ClockSettings = z.infer<typeof ClockSettings>;

/** The duration that applies: the urgent one for an urgent case, when the clock has one. */
export function effectiveDuration(
  clock: ClockDefinition,
  urgent: boolean,
): { duration: ClockDuration; urgentApplied: boolean } {
  return urgent && clock.urgentDuration
    ? { duration: clock.urgentDuration, urgentApplied: true }
    : { duration: clock.duration, urgentApplied: false };
}

// ---- Defaults (domain.md §3) ---------------------------------------------------------------

const fromIncidentEvidence = {
  evidence: [{ type: 'biological' }],
  caseFacts: { requires: [] },
} satisfies ClockAppliesTo;
const WHO_UNHCR = 'WHO/UNHCR, Clinical Management of Rape Survivors';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

export const DEFAULT_CLOCKS: readonly ClockDefinition[] = deepFreeze<ClockDefinition[]>([
  {
    id: 'forensic_exam',
    name: 'Forensic medical examination',
    enabled: true,
    startEvent: 'incident',
    duration: { amount: 72, unit: 'hours' },
    wholeDays: false,
    appliesTo: fromIncidentEvidence,
    firmness: 'binding',
    source: `WHO; ${WHO_UNHCR} (domain.md §3, rule R15)`,
    action: 'forensic medical examination by a qualified provider (offered; it may be refused)',
    note:
      'Up to 120 hours where the local protocol allows: set 120 here if it does. ' +
      'Treatment never waits for the examination.',
  },
  {
    id: 'hiv_pep',
    name: 'HIV post-exposure prophylaxis',
    enabled: true,
    startEvent: 'incident',
    duration: { amount: 72, unit: 'hours' },
    wholeDays: false,
    appliesTo: fromIncidentEvidence,
    firmness: 'binding',
    source: WHO_UNHCR,
    action: 'HIV post-exposure prophylaxis started',
  },
  {
    id: 'emergency_contraception',
    name: 'Emergency contraception',
    enabled: true,
    startEvent: 'incident',
    duration: { amount: 120, unit: 'hours' },
    wholeDays: false,
    appliesTo: fromIncidentEvidence,
    firmness: 'binding',
    source: WHO_UNHCR,
    action: 'emergency contraception offered',
  },
  {
    id: 'toxicology_blood_urine',
    name: 'Toxicology: blood and urine',
    enabled: true,
    startEvent: 'incident',
    duration: { amount: 24, unit: 'hours' },
    wholeDays: false,
    appliesTo: { evidence: [], caseFacts: { requires: ['drug_facilitation_suspected'] } },
    firmness: 'target',
    source: 'Drug-facilitated sexual assault sampling guidance (domain.md §3: windows vary by substance)',
    action: 'blood and urine samples taken for toxicology',
  },
  {
    id: 'toxicology_urine',
    name: 'Toxicology: urine',
    enabled: true,
    startEvent: 'incident',
    duration: { amount: 120, unit: 'hours' },
    wholeDays: false,
    appliesTo: { evidence: [], caseFacts: { requires: ['drug_facilitation_suspected'] } },
    firmness: 'target',
    source: 'Drug-facilitated sexual assault sampling guidance (domain.md §3: about 120 hours, varies by substance)',
    action: 'urine sample taken for toxicology',
  },
  {
    id: 'cctv_request',
    name: 'CCTV preservation request',
    enabled: true,
    startEvent: 'cctv_identified',
    duration: { amount: 24, unit: 'hours' },
    wholeDays: false,
    appliesTo: { evidence: [{ type: 'photo_video', marker: 'cctv' }], caseFacts: null },
    firmness: 'advisory',
    source: 'UK Home Office CCTV strategy (domain.md §3)',
    action: 'preservation request sent to the owner of the CCTV system',
  },
  {
    id: 'cctv_overwrite',
    name: 'CCTV footage overwritten',
    enabled: true,
    startEvent: 'footage_recorded',
    duration: { amount: 28, unit: 'days' },
    wholeDays: false,
    appliesTo: { evidence: [{ type: 'photo_video', marker: 'cctv' }], caseFacts: null },
    firmness: 'advisory',
    source: 'UK Home Office CCTV strategy (domain.md §3: 28–31 days typical)',
    action: 'footage copied from the CCTV system',
    note: 'Vehicle systems often keep about 7 days and body-worn cameras 24 hours: shorten this for them.',
  },
  {
    id: 'phone_data_preservation',
    name: 'Phone and message data preservation',
    enabled: true,
    startEvent: 'phone_data_identified',
    duration: { amount: 0, unit: 'hours' },
    wholeDays: false,
    appliesTo: { evidence: [{ type: 'digital', marker: 'phone_data' }], caseFacts: null },
    firmness: 'target',
    source: 'Casefile design decision (domain.md §3): request preservation immediately',
    action: 'preservation request sent to the provider or device holder',
  },
  {
    id: 'subject_reference_sample',
    name: "Subject's reference sample before rotation",
    enabled: true,
    startEvent: 'subject_rotation_date',
    duration: { amount: 0, unit: 'days' },
    wholeDays: true,
    appliesTo: { evidence: [], caseFacts: { requires: [] } },
    firmness: 'binding',
    source: 'Casefile design decision (domain.md §3): before rotation, end of contract or repatriation',
    action: "subject's reference sample taken",
  },
  {
    id: 'subject_interview',
    name: 'Subject interview before rotation',
    enabled: true,
    startEvent: 'subject_rotation_date',
    duration: { amount: 0, unit: 'days' },
    wholeDays: true,
    appliesTo: { evidence: [], caseFacts: { requires: [] } },
    firmness: 'binding',
    source: 'Casefile design decision (domain.md §3): before rotation, end of contract or repatriation',
    action: 'subject interviewed',
  },
  {
    id: 'un_investigation',
    name: 'UN investigation',
    enabled: true,
    startEvent: 'referral_for_investigation',
    duration: { amount: 6, unit: 'months' },
    urgentDuration: { amount: 3, unit: 'months' },
    wholeDays: true,
    appliesTo: { evidence: [], caseFacts: { requires: [] } },
    firmness: 'target',
    // Never A/72/751: its ¶45 asks for "strict benchmarks" and gives no number (domain.md §3).
    source:
      'The Secretary-General’s statement to the Security Council, seen only in a news copy (secondary source; ' +
      'not in A/72/751, whose ¶45 asks for strict benchmarks without numbers) (domain.md §3)',
    action: 'investigation report completed',
  },
  {
    id: 'tcc_investigation',
    name: 'TCC/PCC national investigation',
    enabled: true,
    startEvent: 'notification_to_tcc',
    duration: { amount: 90, unit: 'days' },
    wholeDays: true,
    appliesTo: { evidence: [], caseFacts: { requires: [] } },
    firmness: 'target',
    source: 'Widely known practice, to verify against the contributing country’s agreement (domain.md §3)',
    action: 'national investigation report received',
  },
  {
    id: 'nio_appointment',
    name: 'National Investigation Officer appointed',
    enabled: true,
    startEvent: 'notification_to_tcc',
    duration: { amount: 10, unit: 'working_days' },
    urgentDuration: { amount: 5, unit: 'working_days' },
    wholeDays: true,
    appliesTo: { evidence: [], caseFacts: { requires: [] } },
    firmness: 'target',
    source: 'Widely known practice, to verify (domain.md §3, rule R11)',
    action: 'National Investigation Officer appointed by the contributing country',
  },
  {
    id: 'follow_up_reply',
    name: 'Reply to a referral or notification',
    enabled: true,
    startEvent: 'referral_or_notification_sent',
    duration: { amount: 90, unit: 'days' },
    wholeDays: true,
    appliesTo: { evidence: [], caseFacts: { requires: [] } },
    firmness: 'target',
    source:
      '[K] editable: the 90 days commonly given to a contributing country for its national investigation ' +
      'report (domain.md §3); A/72/751 ¶47, ¶65–66 ask States to report back but set no number',
    action: 'reply received from the State or office',
    note: 'Each item of the follow-up register runs this clock; recording a reply closes it.',
  },
]);

export function clockById(clocks: readonly ClockDefinition[], id: string): ClockDefinition | undefined {
  return clocks.find((clock) => clock.id === id);
}
