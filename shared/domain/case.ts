import { z } from 'zod';
import { CalendarDate } from './calendar.js';
import { Confidentiality } from './confidentiality.js';
import { CountExclusion } from './count-exclusion.js';
import { Instant, RecordId, sensitiveText, WrittenReason } from './primitives.js';
import { UncertainDate } from './uncertain-date.js';
import type { ReasonRef } from '../i18n/catalogue.js';

/** A case is one allegation: one report received (domain.md §1). */

// ---- Classification ------------------------------------------------------------------------

export const CASE_CATEGORIES = ['SE', 'SA'] as const;
export const CaseCategory = z.enum(CASE_CATEGORIES);
export type CaseCategory = z.infer<typeof CaseCategory>;

export const CASE_SUBTYPES = [
  'exploitative_relationship',
  'transactional_sex',
  'solicitation_of_transactional_sex',
  'rape',
  'sexual_assault',
  'sexual_activity_with_minor',
  'other',
] as const;
export const CaseSubtype = z.enum(CASE_SUBTYPES);
export type CaseSubtype = z.infer<typeof CaseSubtype>;

/**
 * The category each subtype is usually published under, for the UI to suggest. Not enforced:
 * R5 and R6 say when a combination is wrong; 'other' fits either.
 */
export const USUAL_CATEGORY_OF_SUBTYPE: Record<CaseSubtype, CaseCategory | null> = {
  exploitative_relationship: 'SE',
  transactional_sex: 'SE',
  solicitation_of_transactional_sex: 'SE',
  rape: 'SA',
  sexual_assault: 'SA',
  sexual_activity_with_minor: 'SA',
  other: null,
};

/** What was allegedly exchanged for sex; any of them makes the conduct exploitation (R6). */
export const EXCHANGE_KINDS = ['money', 'employment', 'goods', 'services', 'assistance'] as const;
export const ExchangeKind = z.enum(EXCHANGE_KINDS);
export type ExchangeKind = z.infer<typeof ExchangeKind>;

// ---- Intake --------------------------------------------------------------------------------

export const REPORTING_CHANNELS = [
  'in_person',
  'hotline',
  'email_or_letter',
  'community_based_complaint_mechanism',
  'un_personnel',
  'partner_organisation',
  'national_authorities',
  'media',
  'other',
] as const;
export const ReportingChannel = z.enum(REPORTING_CHANNELS);
export type ReportingChannel = z.infer<typeof ReportingChannel>;

/**
 * Who investigates (a case, a subject) or decided a finding. Conduct and discipline teams do not
 * investigate, so they are not listed; agencies, funds and programmes have their own investigators.
 */
export const INVESTIGATING_ENTITIES = [
  'oios',
  'tcc_pcc',
  'joint_tcc_oios',
  'mission_siu',
  'un_police',
  'ad_hoc_panel',
  'agency_investigators',
] as const;
export const InvestigatingEntity = z.enum(INVESTIGATING_ENTITIES);
export type InvestigatingEntity = z.infer<typeof InvestigatingEntity>;

/** `CF-2026-0001`: year received, then a sequence that grows past four digits if it must. */
export const CaseReference = z.string().regex(/^CF-\d{4}-\d{4,}$/, 'expected a reference such as CF-2026-0001');
export type CaseReference = z.infer<typeof CaseReference>;

export function formatCaseReference(year: number, sequence: number): CaseReference {
  return `CF-${String(year).padStart(4, '0')}-${String(sequence).padStart(4, '0')}`;
}

/** The next reference of `year`, after the highest one already issued (references are never reused). */
export function nextCaseReference(year: number, issued: Iterable<string>): CaseReference {
  const prefix = `CF-${String(year).padStart(4, '0')}-`;
  let highest = 0;
  for (const reference of issued) {
    if (reference.startsWith(prefix) && /^\d+$/.test(reference.slice(prefix.length))) {
      highest = Math.max(highest, Number(reference.slice(prefix.length)));
    }
  }
  return formatCaseReference(year, highest + 1);
}

export const PATERNITY_CLAIM_STATUSES = ['pending', 'established', 'not_established', 'closed'] as const;
export type PaternityClaimStatus = (typeof PATERNITY_CLAIM_STATUSES)[number];
/** Whether national law permits DNA testing, as the intake officer knows it. */
export const DNA_LAW_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type DnaLawAnswer = (typeof DNA_LAW_ANSWERS)[number];

/** DNA only where national law accepts it, and always subject to the mother's or guardian's wishes. */
export const PaternityClaim = z.discriminatedUnion('claimed', [
  z.object({ claimed: z.literal(false) }).strict(),
  z
    .object({
      claimed: z.literal(true),
      status: z.enum(PATERNITY_CLAIM_STATUSES),
      dnaPermittedByNationalLaw: z.enum(DNA_LAW_ANSWERS),
      dnaSampleTaken: z.boolean(),
      memberStateNotifiedOn: CalendarDate.optional(),
      nationalFocalPoint: z.string().trim().max(300).optional(),
      wishesOfMotherOrGuardian: z.string().max(5_000).optional(),
    })
    .strict(),
]);
export type PaternityClaim = z.infer<typeof PaternityClaim>;

// ---- Status --------------------------------------------------------------------------------

export const CASE_STATUSES = [
  'preliminary_assessment',
  'under_review',
  'under_investigation',
  'pending_member_state',
  'substantiated',
  'not_substantiated',
  'closed_other',
] as const;
export const CaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatus>;

export const INITIAL_CASE_STATUS: CaseStatus = 'preliminary_assessment';
export const CLOSED_CASE_STATUSES: readonly CaseStatus[] = ['substantiated', 'not_substantiated', 'closed_other'];
export const isClosedStatus = (status: CaseStatus): boolean => CLOSED_CASE_STATUSES.includes(status);

/**
 * Where each status may go next. Findings are reached only through an investigation (the
 * UN's or the Member State's); a case may be closed for other circumstances at any open
 * stage; a closed case may be reopened into investigation when new information arrives,
 * as a recorded change with its reason, never by editing the history.
 */
export const CASE_STATUS_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  preliminary_assessment: ['under_review', 'under_investigation', 'pending_member_state', 'closed_other'],
  under_review: ['under_investigation', 'pending_member_state', 'closed_other'],
  under_investigation: ['pending_member_state', 'substantiated', 'not_substantiated', 'closed_other'],
  pending_member_state: ['under_investigation', 'substantiated', 'not_substantiated', 'closed_other'],
  substantiated: ['under_investigation'],
  not_substantiated: ['under_investigation'],
  closed_other: ['under_investigation'],
};

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return CASE_STATUS_TRANSITIONS[from].includes(to);
}

/** Why a case was closed. "Consensual" is refused when a victim is or may be a minor (R5). */
export const CLOSURE_GROUNDS = [
  'facts_established',
  'insufficient_evidence',
  'unfounded',
  'consensual_between_adults',
  'victim_declined_to_participate',
  'subject_not_identified',
  'subject_separated_from_service',
  'other',
] as const;
export const ClosureGround = z.enum(CLOSURE_GROUNDS);
export type ClosureGround = z.infer<typeof ClosureGround>;

export const CLOSURE_GROUNDS_BY_STATUS: Readonly<Partial<Record<CaseStatus, readonly ClosureGround[]>>> = {
  substantiated: ['facts_established'],
  not_substantiated: ['insufficient_evidence', 'unfounded', 'consensual_between_adults'],
  closed_other: ['victim_declined_to_participate', 'subject_not_identified', 'subject_separated_from_service', 'other'],
};

/** The reasons the core gives a status change it makes itself, kept as codes (migration 0037). */
export const CoreStatusReason = z.enum([
  'opened_at_intake',
  'opened_before_history',
  'closed_by_findings',
  'reopened_by_correction',
]);
export type CoreStatusReason = z.infer<typeof CoreStatusReason>;

/** Why a status changed: as a person wrote it, or the code of a reason the core gave (worded when shown). */
export const StatusReason = z.union([WrittenReason, z.object({ code: CoreStatusReason }).strict()]);
export type StatusReason = z.infer<typeof StatusReason>;

export const StatusChange = z
  .object({
    /** null only for the first entry, when the case is opened. */
    from: CaseStatus.nullable(),
    to: CaseStatus,
    at: Instant,
    reason: StatusReason,
    /** Required when `to` closes the case; one of CLOSURE_GROUNDS_BY_STATUS[to]. */
    closureGround: ClosureGround.optional(),
  })
  .strict();
export type StatusChange = z.infer<typeof StatusChange>;

/**
 * Why `change` may not follow `previous` (undefined: it opens the case), or null when it may.
 * The core calls this before appending; the Case schema applies it to the whole history.
 */
export function statusChangeProblem(previous: StatusChange | undefined, change: StatusChange): ReasonRef | null {
  if (!previous) {
    if (change.from !== null || change.to !== INITIAL_CASE_STATUS)
      return { reason: 'cases.openingStatus', params: { status: INITIAL_CASE_STATUS } };
  } else {
    if (change.from !== previous.to) return { reason: 'cases.statusOutOfStep', params: { status: previous.to } };
    if (!canTransition(previous.to, change.to))
      return { reason: 'cases.transitionNotAllowed', params: { from: previous.to, to: change.to } };
    if (change.at < previous.at) return { reason: 'cases.statusBeforePrevious' };
  }
  const grounds = CLOSURE_GROUNDS_BY_STATUS[change.to];
  if (grounds) {
    if (!change.closureGround) return { reason: 'cases.closureGroundMissing', params: { status: change.to } };
    if (!grounds.includes(change.closureGround))
      return { reason: 'cases.closureGroundWrong', params: { status: change.to } };
  } else if (change.closureGround) {
    return { reason: 'cases.closureGroundNotClosing' };
  }
  return null;
}

// ---- The case ------------------------------------------------------------------------------

/** At most this many incident dates per case: intake, changes and the stored record alike. */
export const MAX_INCIDENT_DATES = 50;
/** At most this many exchange kinds alleged (each kind once would be five). */
export const MAX_ALLEGED_EXCHANGES = 10;

/**
 * The fields intake records and may change later, declared once: the Case below and the
 * contract's intake and changes (shared/contract/cases.ts) derive from them. No defaults here:
 * a change must not fill in what the caller left out. The acknowledgement of the obligation to
 * report is not among them: intake gives a yes/no, the record holds when it was stamped.
 */
export const CaseDescription = z
  .object({
    /** A working title: pseudonyms only, never a victim's name. */
    title: z.string().trim().min(1).max(300),
    summary: z.string().max(100_000),
    dateReceived: CalendarDate,
    reportingChannel: ReportingChannel,
    /** Mission or entity, e.g. MINUSCA. */
    entity: z.string().trim().min(1).max(100),
    /** Site names can locate a victim: strictly confidential unless lowered on purpose. */
    location: sensitiveText('strictly_confidential'),
    /** null until classified after intake. */
    category: CaseCategory.nullable(),
    subtype: CaseSubtype.nullable(),
    /** One or more; `{ precision: 'unknown' }` when nobody knows. */
    incidentDates: z.array(UncertainDate).min(1).max(MAX_INCIDENT_DATES),
    investigatingEntity: InvestigatingEntity.nullable(),
    urgent: z.boolean(),
    /** Empty: no exchange alleged. */
    allegedExchange: z.array(ExchangeKind).max(MAX_ALLEGED_EXCHANGES),
    paternityClaim: PaternityClaim,
    confidentiality: Confidentiality,
    /**
     * Kept out of the published count (A/72/751 footnote 11), with its ground and reason; null or
     * absent: counted. The case stays in the file whatever this says.
     */
    countExclusion: CountExclusion.nullable().optional(),
  })
  .strict();
export type CaseDescription = z.infer<typeof CaseDescription>;

export const Case = z
  .object({
    id: RecordId,
    reference: CaseReference,
    ...CaseDescription.shape,
    /** When the intake officer acknowledged the obligation to report (every UN worker must report SEA). */
    reportingObligationAcknowledgedAt: Instant.nullable(),
    status: CaseStatus,
    statusHistory: z.array(StatusChange).min(1),
    confidentiality: Confidentiality.default('confidential'),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .strict()
  .superRefine((value, ctx) => {
    value.statusHistory.forEach((change, index) => {
      const problem = statusChangeProblem(value.statusHistory[index - 1], change);
      if (problem) ctx.addIssue({ code: 'custom', path: ['statusHistory', index], message: problem.reason });
    });
    const last = value.statusHistory[value.statusHistory.length - 1];
    if (last && last.to !== value.status) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'status must be the last entry of statusHistory' });
    }
  });
export type Case = z.infer<typeof Case>;

/** The closure ground in force: that of the last change, when it closed the case. */
export function currentClosureGround(caseRecord: Pick<Case, 'statusHistory'>): ClosureGround | null {
  const last = caseRecord.statusHistory[caseRecord.statusHistory.length - 1];
  return last?.closureGround ?? null;
}
