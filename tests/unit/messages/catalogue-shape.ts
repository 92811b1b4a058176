import * as contract from '../../../shared/contract/index.js';
import * as evidenceContract from '../../../shared/contract/evidence.js';
import * as lettersContract from '../../../shared/contract/letters.js';
import { LETTER_FORMATS } from '../../../shared/contract/letters.js';
import { ASSISTANCE_SERVICES, ASSISTANCE_STATUSES } from '../../../shared/domain/assistance.js';
import * as evidence from '../../../shared/domain/evidence.js';
import { CUSTODY_EVENT_KINDS } from '../../../shared/domain/evidence.js';
import { INVESTIGATIVE_ACTION_KINDS, INVESTIGATIVE_ACTION_STATUSES } from '../../../shared/domain/investigation.js';
import { AT_RISK_POPULATIONS } from '../../../shared/domain/person.js';
import { FINDING_OUTCOMES } from '../../../shared/domain/finding.js';
import { FOLLOW_UP_COUNTERPARTS, FOLLOW_UP_KINDS, FOLLOW_UP_STATES } from '../../../shared/domain/follow-up.js';
import { DNA_RESULTS, PATERNITY_CHILD_STATUSES, STATE_CONTACT_CHANNELS } from '../../../shared/domain/paternity.js';
import { ACTION_SOURCES, SUBJECT_ACTION_KINDS } from '../../../shared/domain/subject-action.js';
import * as documents from '../../../shared/documents/index.js';
import * as domain from '../../../shared/domain/index.js';
import { CONTACT_CHANNELS, CONTACT_TOPICS } from '../../../shared/domain/victim-contact.js';
import type { MessageCatalogue } from '../../../shared/i18n/catalogue.js';
import { messages as ar } from '../../../shared/i18n/ar/messages.js';
import { messages as en } from '../../../shared/i18n/en/messages.js';
import { messages as fr } from '../../../shared/i18n/fr/messages.js';
import type { MessageParamValue } from '../../../shared/i18n/catalogue.js';
import type { LabelGroup, LabelTypes } from '../../../shared/i18n/label-types.js';
import * as clocks from '../../../shared/clocks/clock.js';
import * as deadlines from '../../../shared/clocks/deadline.js';
import * as workingDays from '../../../shared/clocks/working-days.js';
import * as deadlineContract from '../../../shared/contract/deadlines.js';
import * as timeline from '../../../shared/timeline/event.js';
import { RULE_IDS } from '../../../shared/principles/finding.js';

/** What the catalogue tests walk: every leaf, every placeholder, and values to fill them with. */

export const CATALOGUES: Record<'en' | 'fr' | 'ar', MessageCatalogue> = { en, fr, ar };

/** `{a: {b: 'x'}}` → `[['a.b', 'x']]`. */
export function leavesOf(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leavesOf(value as object, `${prefix}${key}.`),
  );
}

export interface Placeholder {
  name: string;
  /** A label group, `date`, `instant`, or undefined for safe text. */
  format: string | undefined;
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
/** `{{name}}`, `{{name, format}}`, `{{name, format(type: disjunction)}}`: nothing else is ours. */
const WELL_FORMED = /^(\w+)(?:, (\w+)(?:\(type: disjunction\))?)?$/;

export function placeholdersOf(text: string): { body: string; parsed: Placeholder | null }[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => {
    const body = match[1]!;
    const parsed = WELL_FORMED.exec(body);
    return { body, parsed: parsed ? { name: parsed[1]!, format: parsed[2] } : null };
  });
}

/**
 * The values of each label group, read from the enums themselves: a value added to an enum
 * without its words in every language's label catalogue fails the labels test. Typed by group,
 * so a group added to label-types.ts without its enum here does not compile.
 */
export const LABEL_VALUES: { readonly [G in LabelGroup]: readonly LabelTypes[G][] } = {
  caseStatus: domain.CASE_STATUSES,
  caseCategory: domain.CASE_CATEGORIES,
  caseSubtype: domain.CASE_SUBTYPES,
  reportingChannel: domain.REPORTING_CHANNELS,
  investigatingEntity: domain.INVESTIGATING_ENTITIES,
  exchangeKind: domain.EXCHANGE_KINDS,
  paternityStatus: domain.PATERNITY_CLAIM_STATUSES,
  dnaPermitted: domain.DNA_LAW_ANSWERS,
  closureGround: domain.CLOSURE_GROUNDS,
  confidentiality: domain.CONFIDENTIALITY_LEVELS,
  datePrecision: domain.DATE_PRECISIONS,
  personRole: domain.PERSON_ROLES,
  sex: domain.SEXES,
  ageBand: domain.AGE_BANDS,
  personnelCategory: domain.PERSONNEL_CATEGORIES,
  guardianRelationship: domain.GUARDIAN_RELATIONSHIPS,
  supportPersonKind: domain.SUPPORT_PERSON_KINDS,
  identityField: domain.IDENTITY_FIELDS,
  consentPurpose: domain.STANDARD_CONSENT_PURPOSES,
  namedConsentPurpose: [domain.DISCIPLINARY_SHARING_NAME],
  consentDecision: domain.CONSENT_DECISIONS,
  consentParty: [...domain.CONSENT_GIVERS, 'assent'],
  interviewStatus: domain.INTERVIEW_STATUSES,
  placeType: domain.PLACE_TYPES,
  interviewerGender: domain.INTERVIEWER_GENDERS,
  interviewerRole: domain.INTERVIEWER_ROLES,
  genderPreference: domain.GENDER_PREFERENCES,
  riskLevel: domain.RISK_LEVELS,
  evidenceType: evidence.EVIDENCE_TYPES,
  evidenceStatus: evidence.EVIDENCE_STATUSES,
  copyRole: evidence.COPY_ROLES,
  evidenceMarker: evidence.EVIDENCE_MARKERS,
  verificationState: evidence.VERIFICATION_STATES,
  custodyEventKind: CUSTODY_EVENT_KINDS,
  investigativeActionKind: INVESTIGATIVE_ACTION_KINDS,
  investigativeActionStatus: INVESTIGATIVE_ACTION_STATUSES,
  atRiskPopulation: AT_RISK_POPULATIONS,
  assistanceService: ASSISTANCE_SERVICES,
  assistanceStatus: ASSISTANCE_STATUSES,
  contactChannel: CONTACT_CHANNELS,
  contactTopic: CONTACT_TOPICS,
  findingOutcome: FINDING_OUTCOMES,
  paternityChildStatus: PATERNITY_CHILD_STATUSES,
  dnaResult: DNA_RESULTS,
  stateContactChannel: STATE_CONTACT_CHANNELS,
  subjectActionKind: SUBJECT_ACTION_KINDS,
  actionSource: ACTION_SOURCES,
  followUpCounterpart: FOLLOW_UP_COUNTERPARTS,
  followUpKind: FOLLOW_UP_KINDS,
  followUpState: FOLLOW_UP_STATES,
  firmness: clocks.FIRMNESS_LEVELS,
  deadlineState: deadlines.DEADLINE_STATES,
  clockStartEvent: clocks.CLOCK_START_EVENTS,
  durationUnit: clocks.DURATION_UNITS,
  weekday: workingDays.WEEKDAYS,
  caseMilestone: deadlineContract.CASE_MILESTONES,
  timelineEventKind: timeline.TIMELINE_EVENT_KINDS,
  eventBasis: timeline.EVENT_BASES,
  letterKind: documents.TEMPLATE_KINDS,
  recipient: documents.RECIPIENTS,
  documentLanguage: documents.DOCUMENT_LANGUAGES,
  letterFormat: LETTER_FORMATS,
  deliveryMethod: lettersContract.DELIVERY_METHODS,
  caseCategoryInText: domain.CASE_CATEGORIES,
  caseOutcome: ['substantiated', 'not_substantiated', 'closed_other'],
  exchangeKindInText: domain.EXCHANGE_KINDS,
  paternityStatusInText: domain.PATERNITY_CLAIM_STATUSES,
  sexInText: domain.SEXES,
  ageBandInText: domain.AGE_BANDS,
  identityFieldInText: domain.IDENTITY_FIELDS,
  consentPartyInText: [...domain.CONSENT_GIVERS, 'assent'],
  consentAction: domain.STANDARD_CONSENT_PURPOSES.filter((purpose) => purpose !== 'sharing_with_national_authorities'),
  consentRefusal: domain.CONSENT_DECISIONS.filter((decision) => decision !== 'given'),
  evidenceTypeInText: evidence.EVIDENCE_TYPES,
  custodyEventKindInText: CUSTODY_EVENT_KINDS,
  contentProblem: evidence.CONTENT_PROBLEMS,
  deadlineConcern: deadlineContract.DeadlineConcern.shape.kind.options,
  firmnessInText: clocks.FIRMNESS_LEVELS,
  clockStartEventInText: clocks.CLOCK_START_EVENTS,
  weekdayInText: workingDays.WEEKDAYS,
  documentLanguageInText: documents.DOCUMENT_LANGUAGES,
  recipientLettersInText: documents.RECIPIENTS,
  passphraseProblem: ['too_short', 'too_guessable'],
  confidentialityMarking: domain.CONFIDENTIALITY_LEVELS,
  closureReasonToVictim: [
    'victim_declined_to_participate',
    'subject_not_identified',
    'subject_separated_from_service',
    'other',
  ],
  clockStartEventAfter: clocks.CLOCK_START_EVENTS,
};

/** A representative value for a placeholder: what a real throw site passes. */
export function sampleValue(placeholder: Placeholder, asList: boolean): MessageParamValue {
  const { name, format } = placeholder;
  if (format === 'date') return '2026-03-10';
  if (format === 'instant') return '2026-03-10T09:30:00.000Z';
  if (format === 'codes') return ['V-01', 'V-02'];
  if (format !== undefined) {
    const values: readonly string[] = (LABEL_VALUES as Record<string, readonly string[]>)[format] ?? [];
    return asList ? values.slice(0, 3) : (values[values.length - 1] ?? '');
  }
  if (name === 'reference') return 'CF-2026-0001';
  if (['number', 'evidence', 'original'].includes(name)) return 'E-0007';
  if (['person', 'people'].includes(name)) return 'V-01';
  return 3;
}

/**
 * Every string value of every enum the shared code declares (arrays of strings exported from
 * shared/domain, shared/documents, shared/contract), kept where it cannot be a word of prose:
 * with an underscore (`closed_other`), camelCase (`fullName`) or all capitals (`SE`). The
 * evidence and letters modules are read on their own: the barrels do not re-export them. Rule numbers
 * (R1–R15) are left out: the UI shows them on purpose, as the principles' names.
 */
export function codeLikeEnumValues(): string[] {
  const values = new Set<string>();
  for (const module of [domain, evidence, documents, contract, evidenceContract, lettersContract]) {
    for (const exported of Object.values(module)) {
      if (Array.isArray(exported) && exported.length > 0 && exported.every((value) => typeof value === 'string')) {
        for (const value of exported as string[]) values.add(value);
      }
    }
  }
  const rules = new Set<string>(RULE_IDS);
  return [...values].filter(
    (value) => !rules.has(value) && (/_/.test(value) || /[a-z][A-Z]/.test(value) || /^[A-Z][A-Z0-9]+$/.test(value)),
  );
}
