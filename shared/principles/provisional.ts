import type { EvidenceType } from '../domain/evidence.js';
import type { IdentityField } from '../domain/person.js';
import type { Instant } from '../domain/primitives.js';

/*
 * PROVISIONAL. Evidence, referrals, letters, actions and forensic examinations have no model
 * in shared/domain yet. These are the minimal shapes rules R8–R15 need, with field names meant
 * to survive into the full models; when those land, replace these with imports from there.
 */

// Evidence types are modelled now (shared/domain/evidence.ts); the rest below is still provisional.
export { EVIDENCE_TYPES, FILE_EVIDENCE_TYPES, type EvidenceType } from '../domain/evidence.js';

export const CUSTODY_EVENT_KINDS = [
  'collected',
  'handover',
  'copy',
  'examination',
  'change',
  'lab_submission',
  'returned',
  'destroyed',
] as const;
export type CustodyEventKind = (typeof CUSTODY_EVENT_KINDS)[number];

/** One entry of the chain of custody, in the order it was logged. */
export interface CustodyEvent {
  at: Instant;
  kind: CustodyEventKind;
  fromHolder?: string;
  toHolder?: string;
  reason?: string;
}

export interface EvidenceItem {
  id: string;
  /** `E-0007` */
  number: string;
  type: EvidenceType;
  copyRole: 'evidentiary_original' | 'working_copy';
  /** For a working copy: the evidentiary original it was made from. */
  originalId?: string;
  /** Lower-case hex SHA-256 computed while the file was first read. */
  sha256AtCollection?: string;
  /** Whose body or belongings a sample or photograph comes from (forensic_sampling consent, R1). */
  fromPersonId?: string;
  collectedAt: Instant;
  storageLocation: string;
  custodyEvents: CustodyEvent[];
}

/** Identity fields of one person that an outgoing document or referral carries. */
export interface IdentityDisclosure {
  personId: string;
  fields: IdentityField[];
}

export const ASSISTANCE_SERVICES = ['medical', 'psychosocial', 'legal', 'livelihood', 'education', 'safety', 'child_support'] as const;
export type AssistanceService = (typeof ASSISTANCE_SERVICES)[number];

/** Assistance offered to a person and, if they accept, the referral made to a provider. */
export interface Referral {
  id: string;
  /** The person referred. */
  personId: string;
  service: AssistanceService;
  status: 'offered' | 'declined' | 'referred';
  offeredAt: Instant;
  referredAt?: Instant;
  /** The provider. */
  recipient?: string;
  disclosures: IdentityDisclosure[];
}

export const LETTER_KINDS = [
  'member_state_referral',
  'contributing_country_notification',
  'hr_referral',
  'unv_referral',
  'victim_outcome',
  'other',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const RECIPIENT_KINDS = ['national_authority', 'assistance_provider', 'un_internal', 'addressee_person', 'other'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** An entry of the generated-documents register. */
export interface Letter {
  id: string;
  kind: LetterKind;
  recipientKind: RecipientKind;
  recipient: string;
  /** The person the letter is about or addressed to (the victim of an outcome letter, the subject of a notification). */
  concernsPersonId?: string;
  issuedAt: Instant;
  deliveredAt?: Instant;
  deliveryMethod?: 'written' | 'oral';
  disclosures: IdentityDisclosure[];
}

export const CASE_ACTION_KINDS = ['interim_measure', 'reputation_restoration', 'member_state_action_reported', 'other'] as const;
export type CaseActionKind = (typeof CASE_ACTION_KINDS)[number];

export interface CaseAction {
  id: string;
  kind: CaseActionKind;
  /** The person the action concerns (the subject whose reputation is restored). */
  personId?: string;
  at: Instant;
  description: string;
}

/** A forensic medical examination: offered, refused, or conducted (R15). */
export interface ForensicExam {
  id: string;
  personId: string;
  status: 'offered' | 'refused' | 'conducted';
  at: Instant;
  providerQualified?: boolean;
}
