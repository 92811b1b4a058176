import type { ClockStartEvent, DurationUnit, Firmness } from '../clocks/clock.js';
import type { DeadlineState } from '../clocks/deadline.js';
import type { Weekday } from '../clocks/working-days.js';
import type { CaseMilestone, DeadlineConcern } from '../contract/deadlines.js';
import type { DELIVERY_METHODS, LetterFormat } from '../contract/letters.js';
import type { DocumentLanguage } from '../documents/document-model.js';
import type { Recipient, TemplateKind } from '../documents/template.js';
import type {
  CaseCategory,
  CaseStatus,
  CaseSubtype,
  ClosureGround,
  DnaLawAnswer,
  ExchangeKind,
  InvestigatingEntity,
  PaternityClaimStatus,
  ReportingChannel,
} from '../domain/case.js';
import type { AssistanceService, AssistanceStatus } from '../domain/assistance.js';
import type { Confidentiality } from '../domain/confidentiality.js';
import type { ConsentDecisionKind, DISCIPLINARY_SHARING_NAME, StandardConsentPurpose } from '../domain/consent.js';
import type {
  ContentProblem,
  CopyRole,
  CustodyEventKind,
  EvidenceMarker,
  EvidenceStatus,
  EvidenceType,
  VerificationState,
} from '../domain/evidence.js';
import type {
  GenderPreference,
  InterviewerGender,
  InterviewerRole,
  InterviewStatus,
  PlaceType,
  RiskLevel,
} from '../domain/interview.js';
import type {
  AtRiskPopulation,
  GuardianRelationship,
  IdentityField,
  PersonnelCategory,
  PersonRole,
  Sex,
  SupportPersonKind,
} from '../domain/person.js';
import type { FindingOutcome } from '../domain/finding.js';
import type { InvestigativeActionKind, InvestigativeActionStatus } from '../domain/investigation.js';
import type { FollowUpCounterpart, FollowUpKind, FollowUpState } from '../domain/follow-up.js';
import type { ActionSource, SubjectActionKind } from '../domain/subject-action.js';
import type { DnaResult, PaternityChildStatus, StateContactChannel } from '../domain/paternity.js';
import type { AgeBand, DatePrecision } from '../domain/uncertain-date.js';
import type { PassphraseProblem } from '../passphrase.js';
import type { EventBasis, TimelineEventKind } from '../timeline/event.js';
import type { ContactChannel, ContactTopic } from '../domain/victim-contact.js';

/**
 * The value type of each label group (`labels.<group>.<value>` in every language's catalogue,
 * shared/i18n/<language>/labels.ts). A screen, a document, the timeline and a message name an
 * enum value only through its group: the person reads the label, never the value.
 * Type-only imports: the catalogue must not pull the contract in at run time.
 */

/** A value's name as it stands alone: an option, a table cell, a badge, a heading, a field of a letter. */
export interface StandaloneLabelTypes {
  // The case
  caseStatus: CaseStatus;
  caseCategory: CaseCategory;
  caseSubtype: CaseSubtype;
  reportingChannel: ReportingChannel;
  investigatingEntity: InvestigatingEntity;
  exchangeKind: ExchangeKind;
  paternityStatus: PaternityClaimStatus;
  dnaPermitted: DnaLawAnswer;
  closureGround: ClosureGround;
  confidentiality: Confidentiality;
  datePrecision: DatePrecision;
  // People and consents
  personRole: PersonRole;
  sex: Sex;
  ageBand: AgeBand;
  personnelCategory: PersonnelCategory;
  guardianRelationship: GuardianRelationship;
  supportPersonKind: SupportPersonKind;
  identityField: IdentityField;
  consentPurpose: StandardConsentPurpose;
  /** Purposes stored as custom ones but offered by name (the UN's disciplinary process). */
  namedConsentPurpose: typeof DISCIPLINARY_SHARING_NAME;
  consentDecision: ConsentDecisionKind;
  /** Whose decision: the person's consent, the guardian's consent, the child's assent (R1, R2, R4). */
  consentParty: ConsentParty;
  // Interviews
  interviewStatus: InterviewStatus;
  placeType: PlaceType;
  interviewerGender: InterviewerGender;
  interviewerRole: InterviewerRole;
  genderPreference: GenderPreference;
  riskLevel: RiskLevel;
  // Evidence and custody
  evidenceType: EvidenceType;
  evidenceStatus: EvidenceStatus;
  copyRole: CopyRole;
  evidenceMarker: EvidenceMarker;
  verificationState: VerificationState;
  custodyEventKind: CustodyEventKind;
  findingOutcome: FindingOutcome;
  // Investigative actions and forensic examinations
  investigativeActionKind: InvestigativeActionKind;
  investigativeActionStatus: InvestigativeActionStatus;
  /** A victim under UN protection (R5b). */
  atRiskPopulation: AtRiskPopulation;
  // Actions about subjects and the follow-up register
  subjectActionKind: SubjectActionKind;
  actionSource: ActionSource;
  followUpCounterpart: FollowUpCounterpart;
  followUpKind: FollowUpKind;
  followUpState: FollowUpState;
  // Victim assistance and communication with the victim
  assistanceService: AssistanceService;
  assistanceStatus: AssistanceStatus;
  contactChannel: ContactChannel;
  contactTopic: ContactTopic;
  // Paternity and child support
  paternityChildStatus: PaternityChildStatus;
  dnaResult: DnaResult;
  stateContactChannel: StateContactChannel;
  // Clocks and the timeline
  firmness: Firmness;
  deadlineState: DeadlineState;
  clockStartEvent: ClockStartEvent;
  durationUnit: DurationUnit;
  weekday: Weekday;
  caseMilestone: CaseMilestone;
  timelineEventKind: TimelineEventKind;
  eventBasis: EventBasis;
  // Letters
  letterKind: TemplateKind;
  recipient: Recipient;
  documentLanguage: DocumentLanguage;
  letterFormat: LetterFormat;
  deliveryMethod: (typeof DELIVERY_METHODS)[number];
}

/**
 * A value's words inside a sentence, where its label does not fit there: a lower-case initial
 * ("classified as sexual exploitation"), an article ("the recording"), an agreement ("E-0001
 * placée sous scellés"), a clause ("the encrypted file is missing"). Named `<group>InText` when
 * the value also has a standalone label; groups that only ever appear in running text keep their
 * own names. Each is a form of its value, written once, in this catalogue only.
 */
export interface InTextLabelTypes {
  caseCategoryInText: CaseCategory;
  /** A closed case's outcome ("the allegation established"). */
  caseOutcome: Extract<CaseStatus, 'substantiated' | 'not_substantiated' | 'closed_other'>;
  exchangeKindInText: ExchangeKind;
  paternityStatusInText: PaternityClaimStatus;
  sexInText: Sex;
  ageBandInText: AgeBand;
  identityFieldInText: IdentityField;
  consentPartyInText: ConsentParty;
  /** What a consent is to ("the recording"). */
  consentAction: Exclude<StandardConsentPurpose, 'sharing_with_national_authorities'>;
  /** How a consent ended. */
  consentRefusal: Exclude<ConsentDecisionKind, 'given'>;
  evidenceTypeInText: EvidenceType;
  custodyEventKindInText: CustodyEventKind;
  /** Why a file failed its check, as a clause ("the encrypted file is missing"). */
  contentProblem: ContentProblem;
  /** What a deadline is about, before its code or reference. */
  deadlineConcern: DeadlineConcern['kind'];
  firmnessInText: Firmness;
  /** What a clock counts from ("the collection of the evidence"). */
  clockStartEventInText: ClockStartEvent;
  /** A day in a sentence ("le week-end : samedi, dimanche"). */
  weekdayInText: Weekday;
  documentLanguageInText: DocumentLanguage;
  /** The letters a recipient gets, in a sentence ("may not appear in a Member State referral"). */
  recipientLettersInText: Recipient;
  passphraseProblem: PassphraseProblem;
}

/**
 * Words only documents print: the marking on every page, what a closure letter tells the victim
 * about why the case closed, and how a clock counts from its event ("after the incident").
 */
export interface DocumentOnlyLabelTypes {
  confidentialityMarking: Confidentiality;
  closureReasonToVictim: ClosureReasonToVictim;
  clockStartEventAfter: ClockStartEvent;
}

export type ConsentParty = 'self' | 'guardian' | 'assent';
/** Closure grounds of a case closed for other circumstances: a closure letter words each for the victim. */
export type ClosureReasonToVictim = Extract<
  ClosureGround,
  'victim_declined_to_participate' | 'subject_not_identified' | 'subject_separated_from_service' | 'other'
>;

export interface LabelTypes extends StandaloneLabelTypes, InTextLabelTypes, DocumentOnlyLabelTypes {}
export type LabelGroup = keyof LabelTypes;

/** One language's labels: every value of every group, nothing else. */
export type LabelCatalogue = { readonly [G in LabelGroup]: { readonly [V in LabelTypes[G]]: string } };

/**
 * The groups a letter prints (shared/documents/merge-data.ts, merge.ts): a language letters are
 * written in but the screens are not yet (Arabic) holds these, and `labelText` reads only these
 * for it.
 */
export const DOCUMENT_LABEL_GROUPS = [
  'caseStatus',
  'caseCategory',
  'caseSubtype',
  'investigatingEntity',
  'personnelCategory',
  'evidenceType',
  'evidenceStatus',
  'firmness',
  'paternityStatusInText',
  'sexInText',
  'ageBandInText',
  'confidentialityMarking',
  'closureReasonToVictim',
  'clockStartEventAfter',
] as const satisfies readonly LabelGroup[];
export type DocumentLabelGroup = (typeof DOCUMENT_LABEL_GROUPS)[number];
export type DocumentLabelCatalogue = Pick<LabelCatalogue, DocumentLabelGroup>;
