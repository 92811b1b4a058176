import type { Case } from '../domain/case.js';
import type { AssistanceService, AssistanceStatus } from '../domain/assistance.js';
import type { ConsentDecision } from '../domain/consent.js';
import type { Interview } from '../domain/interview.js';
import type { Person } from '../domain/person.js';
import type { Finding, RuleId } from './finding.js';
import type { Instant } from '../domain/primitives.js';
import type { CopyRole, CustodyEvent, EvidenceIntegrity, EvidenceType } from '../domain/evidence.js';
import type { IdentityField } from '../domain/person.js';
import type { ActionSource, SubjectActionKind } from '../domain/subject-action.js';
import type { SubjectOutcome } from '../domain/finding.js';
import type { VictimClosure } from '../domain/victim-closure.js';

/*
 * What the rules read besides the domain records themselves. Evidence, letters and assistance
 * referrals are the case file's own records, seen through what the rules ask of them; a part the
 * core leaves out is read as nothing recorded.
 */

/** One entry of an item's chain of custody, in the log's own kinds (shared/domain/evidence.ts), in the order logged. */
export type CustodyLogEntry = Pick<CustodyEvent, 'at' | 'kind'>;

/** An evidence item as R1 and R12 read it. */
export interface EvidenceItem {
  id: string;
  /** `E-0007` */
  number: string;
  type: EvidenceType;
  copyRole: CopyRole;
  /** For a working copy: the evidentiary original it was made from. */
  originalId?: string;
  /** Lower-case hex SHA-256 computed while the file was first read. */
  sha256AtCollection?: string;
  /** Whether its files still hash as they did at collection: `failed` means an original was changed. */
  integrity?: EvidenceIntegrity;
  /** Whose body or belongings a sample or photograph comes from (forensic_sampling consent, R1). */
  fromPersonId?: string;
  collectedAt: Instant;
  storageLocation: string;
  custodyEvents: CustodyLogEntry[];
}

/** Identity fields of one person that an outgoing document or referral carries. */
export interface IdentityDisclosure {
  personId: string;
  fields: IdentityField[];
}

/** Assistance offered to a victim and, once accepted, the referral made to a provider (shared/domain/assistance.ts). */
export interface Referral {
  id: string;
  /** The person referred. */
  personId: string;
  service: AssistanceService;
  /** Where the referral stands; from in progress on, the referral to the provider has been made. */
  status: AssistanceStatus;
  offeredAt: Instant;
  /** When the referral to the provider was made. */
  referredAt?: Instant;
  /** The provider. */
  recipient?: string;
  disclosures: IdentityDisclosure[];
}

/** A contact with a victim the team logged (A/72/751 ¶34): R8 counts it as a contact like an interview. */
export interface VictimContactFact {
  id: string;
  personId: string;
  at: Instant;
}

/** What a letter does, as R9, R11 and R13 ask it (the register maps its templates' kinds onto these). */
export const LETTER_KINDS = [
  'member_state_referral',
  'contributing_country_notification',
  'hr_referral',
  'unv_referral',
  'victim_outcome',
  'other',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const RECIPIENT_KINDS = [
  'national_authority',
  'assistance_provider',
  'un_internal',
  'addressee_person',
  'other',
] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** An entry of the generated-documents register. */
export interface Letter {
  id: string;
  kind: LetterKind;
  recipientKind: RecipientKind;
  recipient: string;
  /**
   * The person the letter is about or addressed to (the victim of an outcome letter, the subject of a notification).
   */
  concernsPersonId?: string;
  issuedAt: Instant;
  deliveredAt?: Instant;
  deliveryMethod?: 'written' | 'oral';
  disclosures: IdentityDisclosure[];
}

export type CaseActionKind = SubjectActionKind;

/** An action about a subject, as the subject-actions feature records it. */
export interface CaseAction {
  id: string;
  kind: CaseActionKind;
  /** The person the action concerns (the subject whose reputation is restored). */
  personId?: string;
  at: Instant;
  /** Who decided or reported it. */
  source?: ActionSource;
  description: string;
}

/** A forensic medical examination: offered, refused, or conducted (R15). */
export interface ForensicExam {
  id: string;
  personId: string;
  /** not_possible: it could not be done (no qualified provider reached in time, say): R15 still asks for it. */
  status: 'offered' | 'refused' | 'conducted' | 'not_possible';
  at: Instant;
  providerQualified?: boolean;
}

/** An interview as the rules read it: how it is arranged and how far it went, never its notes. */
export type InterviewFacts = Omit<Interview, 'notes' | 'amendments'>;

/** Everything the rules look at for one case, read in one transaction by the core. */
export interface CaseSnapshot {
  case: Case;
  people: Person[];
  consents: ConsentDecision[];
  interviews: InterviewFacts[];
  evidence?: EvidenceItem[];
  referrals?: Referral[];
  victimContacts?: VictimContactFact[];
  letters?: Letter[];
  actions?: CaseAction[];
  forensicExams?: ForensicExam[];
  /** Each subject by code with the outcome of its finding in force: which letter applies reads it. */
  subjectOutcomes?: SubjectOutcome[];
  /** Each victim's closure record in force, where one is recorded: her closure letter reads it. */
  victimClosures?: VictimClosure[];
  /** When the snapshot was taken: the rules never read a clock of their own. */
  asOf: Instant;
}

/** The numbers the rules use. Clocks are editable (domain.md §3): the core passes the user's. */
export interface PrincipleSettings {
  /** Forensic medical examination window after the incident (R15); WHO: 72 h, 120 h where local protocol allows. */
  forensicExamWindowHours: number;
  /** How long after the first contact an assistance offer still counts as made "at first contact" (R8). */
  firstContactOfferWindowHours: number;
}

export const DEFAULT_PRINCIPLE_SETTINGS: Readonly<PrincipleSettings> = {
  forensicExamWindowHours: 72,
  firstContactOfferWindowHours: 24,
};

/** One rule of domain.md §2 as a pure function of the snapshot. */
export interface PrincipleRule {
  id: RuleId;
  /** The rule as domain.md §2 states it, shortened. */
  title: string;
  source: string;
  /** Settings default to DEFAULT_PRINCIPLE_SETTINGS. */
  evaluate: (snapshot: CaseSnapshot, settings?: PrincipleSettings) => Finding[];
  /**
   * The snapshot's time, where the rule reads it (an interview still planned is judged as of now),
   * changes only the advice it gives, never a blocking finding: a count of blocking findings stays
   * true as the clock moves, and is kept (electron/core/principles/blocking-counts.ts). A test holds
   * every rule that says so to it, at times years apart.
   */
  timeChangesOnlyAdvice?: true;
}
