import type { CaseIntake, CaseRecord } from '../../../shared/contract/cases.js';
import type {
  CaseCategory,
  CaseSubtype,
  ExchangeKind,
  InvestigatingEntity,
  PATERNITY_CLAIM_STATUSES,
  PaternityClaim,
  ReportingChannel,
} from '../../../shared/domain/case.js';
import type { Confidentiality } from '../../../shared/domain/confidentiality.js';
import type { SensitiveText } from '../../../shared/domain/primitives.js';
import {
  draftFromUncertainDate,
  emptyDateDraft,
  uncertainDateFromDraft,
  type UncertainDateDraft,
} from '../../components/uncertain-date-draft.js';

type PaternityStatus = (typeof PATERNITY_CLAIM_STATUSES)[number];

/** The paternity section as the form holds it: every field kept even while "claimed" is off. */
export interface PaternityDraft {
  claimed: boolean;
  status: PaternityStatus | '';
  dnaPermittedByNationalLaw: 'yes' | 'no' | 'unknown';
  dnaSampleTaken: boolean;
  memberStateNotifiedOn: string;
  nationalFocalPoint: string;
  wishesOfMotherOrGuardian: string;
}

/** The intake form's state: strings and '' for "not chosen", turned into `CaseIntake` on submit. */
export interface IntakeDraft {
  title: string;
  summary: string;
  dateReceived: string;
  reportingChannel: ReportingChannel | '';
  entity: string;
  location: SensitiveText;
  category: CaseCategory | '';
  subtype: CaseSubtype | '';
  incidentDates: UncertainDateDraft[];
  investigatingEntity: InvestigatingEntity | '';
  urgent: boolean;
  reportingObligationAcknowledged: boolean;
  allegedExchange: ExchangeKind[];
  paternity: PaternityDraft;
  confidentiality: Confidentiality;
}

const NO_PATERNITY_CLAIM: PaternityDraft = {
  claimed: false,
  status: '',
  dnaPermittedByNationalLaw: 'unknown',
  dnaSampleTaken: false,
  memberStateNotifiedOn: '',
  nationalFocalPoint: '',
  wishesOfMotherOrGuardian: '',
};

export function emptyIntakeDraft(today: string, timeZone?: string): IntakeDraft {
  return {
    title: '',
    summary: '',
    dateReceived: today,
    reportingChannel: '',
    entity: '',
    location: { text: '', confidentiality: 'strictly_confidential' },
    category: '',
    subtype: '',
    incidentDates: [emptyDateDraft('unknown', timeZone)],
    investigatingEntity: '',
    urgent: false,
    reportingObligationAcknowledged: false,
    allegedExchange: [],
    paternity: NO_PATERNITY_CLAIM,
    confidentiality: 'confidential',
  };
}

function paternityDraftOf(claim: PaternityClaim): PaternityDraft {
  if (!claim.claimed) return NO_PATERNITY_CLAIM;
  return {
    claimed: true,
    status: claim.status,
    dnaPermittedByNationalLaw: claim.dnaPermittedByNationalLaw,
    dnaSampleTaken: claim.dnaSampleTaken,
    memberStateNotifiedOn: claim.memberStateNotifiedOn ?? '',
    nationalFocalPoint: claim.nationalFocalPoint ?? '',
    wishesOfMotherOrGuardian: claim.wishesOfMotherOrGuardian ?? '',
  };
}

/** The form, filled from a stored case, for editing. */
export function draftFromCase(record: CaseRecord, timeZone?: string): IntakeDraft {
  return {
    title: record.title,
    summary: record.summary,
    dateReceived: record.dateReceived,
    reportingChannel: record.reportingChannel,
    entity: record.entity,
    location: { ...record.location },
    category: record.category ?? '',
    subtype: record.subtype ?? '',
    incidentDates: record.incidentDates.map((date) => draftFromUncertainDate(date, timeZone)),
    investigatingEntity: record.investigatingEntity ?? '',
    urgent: record.urgent,
    reportingObligationAcknowledged: record.reportingObligationAcknowledgedAt !== null,
    allegedExchange: [...record.allegedExchange],
    paternity: paternityDraftOf(record.paternityClaim),
    confidentiality: record.confidentiality,
  };
}

const blankToUndefined = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim());

function paternityFromDraft(draft: PaternityDraft): Record<string, unknown> {
  if (!draft.claimed) return { claimed: false };
  const claim: Record<string, unknown> = {
    claimed: true,
    status: draft.status,
    dnaPermittedByNationalLaw: draft.dnaPermittedByNationalLaw,
    dnaSampleTaken: draft.dnaSampleTaken,
  };
  // Optional fields are left out rather than sent empty: the schema reads absent as "not recorded".
  const optional = {
    memberStateNotifiedOn: blankToUndefined(draft.memberStateNotifiedOn),
    nationalFocalPoint: blankToUndefined(draft.nationalFocalPoint),
    wishesOfMotherOrGuardian: draft.wishesOfMotherOrGuardian.trim() === '' ? undefined : draft.wishesOfMotherOrGuardian,
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) claim[key] = value;
  return claim;
}

/**
 * The object to validate with the contract's `CaseIntake`. Unchosen selects stay '' for the
 * required ones (so the schema names the field) and become null for the optional ones.
 */
export function intakeFromDraft(draft: IntakeDraft): Record<string, unknown> {
  return {
    title: draft.title,
    summary: draft.summary,
    dateReceived: draft.dateReceived,
    reportingChannel: draft.reportingChannel,
    entity: draft.entity,
    location: { text: draft.location.text.trim(), confidentiality: draft.location.confidentiality },
    category: draft.category === '' ? null : draft.category,
    subtype: draft.subtype === '' ? null : draft.subtype,
    incidentDates: draft.incidentDates.map(uncertainDateFromDraft),
    investigatingEntity: draft.investigatingEntity === '' ? null : draft.investigatingEntity,
    urgent: draft.urgent,
    reportingObligationAcknowledged: draft.reportingObligationAcknowledged,
    allegedExchange: draft.allegedExchange,
    paternityClaim: paternityFromDraft(draft.paternity),
    confidentiality: draft.confidentiality,
  };
}

type IntakeKey = keyof CaseIntake;

/**
 * Only the fields an edit changed, so the audit trail names them. The acknowledgement is sent
 * only when it is newly given: once stamped, it is history, not a field to switch off.
 */
export function intakeChanges(before: CaseIntake, after: CaseIntake): Partial<CaseIntake> {
  const changes: Partial<Record<IntakeKey, unknown>> = {};
  for (const key of Object.keys(after) as IntakeKey[]) {
    if (key === 'reportingObligationAcknowledged') continue;
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) changes[key] = after[key];
  }
  if (after.reportingObligationAcknowledged && !before.reportingObligationAcknowledged) {
    changes.reportingObligationAcknowledged = true;
  }
  return changes as Partial<CaseIntake>;
}
