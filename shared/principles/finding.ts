import type { MessageParams } from '../i18n/catalogue.js';

/** What a rule reports: a stable code and variant with params, rendered from the message catalogue in each language. */

export const RULE_IDS = [
  'R1',
  'R2',
  'R3',
  'R4',
  'R5',
  'R5b',
  'R6',
  'R7',
  'R8',
  'R9',
  'R10',
  'R11',
  'R12',
  'R13',
  'R14',
  'R15',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/**
 * block: the core refuses the action that would create this state (when it is found in
 *        existing data, e.g. imported, it must be put right before the case moves on);
 * warn:  a breach of the principle the investigator should fix or explain;
 * info:  a reminder of what the principle will ask next.
 */
export const SEVERITIES = ['block', 'warn', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Stable codes: translations and tests key on them; never rename one. */
export const FINDING_CODES = [
  'R1_INTERVIEW_CONSENT_MISSING',
  'R1_RECORDING_CONSENT_MISSING',
  'R1_MEDICAL_EXAM_CONSENT_MISSING',
  'R1_SAMPLING_CONSENT_MISSING',
  'R1_REFERRAL_CONSENT_MISSING',
  'R2_ACTION_AFTER_REFUSAL',
  'R2_PLANNED_AFTER_REFUSAL',
  'R3_RISK_ASSESSMENT_MISSING',
  'R3_CONTACT_ADVISED_AGAINST',
  'R4_GUARDIAN_NOT_RECORDED',
  'R4_GUARDIAN_CONSENT_MISSING',
  'R4_CHILD_ASSENT_MISSING',
  'R4_TRAINED_INTERVIEWER_MISSING',
  'R4_SETTING_NOT_SAFE',
  'R4_REPEAT_WITHOUT_JUSTIFICATION',
  'R5_AGE_UNKNOWN',
  'R5_CONSENSUAL_CLOSURE',
  'R5b_CONSENSUAL_CLOSURE',
  'R6_EXCHANGE_NOT_SE',
  'R6_EXCHANGE_NOT_TRANSACTIONAL',
  'R7_GENDER_PREFERENCE_NOT_OFFERED',
  'R7_SUPPORT_PERSON_NOT_OFFERED',
  'R7_SETTING_NOT_PRIVATE',
  'R7_INTERPRETER_NOT_VETTED',
  'R7_TEAM_SINGLE_GENDER',
  'R8_ASSISTANCE_NOT_OFFERED',
  'R8_OFFER_AT_FIRST_CONTACT',
  'R9_DISCLOSURE_WITHOUT_CONSENT',
  'R9_DISCLOSURE_NOT_NECESSARY',
  'R10_WRITTEN_NOTICE_MISSING',
  'R10_OBSERVER_NOT_OFFERED',
  'R11_CONTRIBUTING_COUNTRY_NOT_NOTIFIED',
  'R12_HASH_MISSING',
  'R12_ORIGINAL_CHANGED',
  'R12_COPY_NOT_LINKED',
  'R12_COPY_NOT_LOGGED',
  'R12_COPY_NOT_APART',
  'R12_COLLECTION_NOT_LOGGED',
  'R12_CUSTODY_NOT_CHRONOLOGICAL',
  'R13_OUTCOME_LETTER_MISSING',
  'R13_OUTCOME_LETTER_NOT_DELIVERED',
  'R14_REPUTATION_STEPS_MISSING',
  'R15_EXAM_WINDOW_OPEN',
  'R15_PROVIDER_NOT_QUALIFIED',
  'R15_TREATMENT_WAITING',
  'R15_EXAM_AFTER_WINDOW',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export const TARGET_KINDS = [
  'case',
  'person',
  'consent',
  'interview',
  'evidence',
  'referral',
  'letter',
  'action',
  'forensic_exam',
] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export interface Finding {
  rule: RuleId;
  code: FindingCode;
  /**
   * Which wording of the code applies (before or after the act, a child or a possible child…):
   * `findings.<code>.<variant>` in the catalogue.
   */
  variant: string;
  severity: Severity;
  /**
   * What is wrong, in English, from the catalogue (the CLI prints it; the UI renders the variant in its language).
   * People appear only by pseudonym code.
   */
  message: string;
  /** What to do about it, likewise. */
  fix: string;
  target?: { kind: TargetKind; id: string };
  /** What the message names: pseudonym codes, evidence numbers, and enum values shown through their labels. */
  params?: MessageParams;
}
