import { z } from 'zod';
import { Confidentiality } from './confidentiality.js';
import { caseRecordKeys, Instant, RecordId, sensitiveText, SpokenLanguage, WrittenReason } from './primitives.js';
import { RichText } from './rich-text.js';
import { TimeZone } from './time-zone.js';

/** One interview of one person: planned, conducted, then signed; after signature only amended. */

export const INTERVIEW_STATUSES = ['planned', 'conducted', 'signed', 'cancelled'] as const;
export const InterviewStatus = z.enum(INTERVIEW_STATUSES);
export type InterviewStatus = z.infer<typeof InterviewStatus>;

/**
 * A planned interview may not happen (the person declines, or the risk assessment says no):
 * it is cancelled, not deleted. An interviewee may refuse to sign: it stays conducted.
 */
export const INTERVIEW_STATUS_TRANSITIONS: Readonly<Record<InterviewStatus, readonly InterviewStatus[]>> = {
  planned: ['conducted', 'cancelled'],
  conducted: ['signed'],
  signed: [],
  cancelled: [],
};

export function canTransitionInterview(from: InterviewStatus, to: InterviewStatus): boolean {
  return INTERVIEW_STATUS_TRANSITIONS[from].includes(to);
}

export const PLACE_TYPES = [
  'un_office',
  'safe_house',
  'ngo_premises',
  'medical_facility',
  'police_or_justice_premises',
  'interviewee_home',
  'remote',
  'other',
] as const;
export const PlaceType = z.enum(PLACE_TYPES);
export type PlaceType = z.infer<typeof PlaceType>;

export const INTERVIEWER_GENDERS = ['female', 'male', 'other'] as const;
/** Who the victim prefers to be interviewed by (R7). */
export const GENDER_PREFERENCES = ['female', 'male', 'no_preference'] as const;
export type GenderPreference = (typeof GENDER_PREFERENCES)[number];
export const InterviewerGender = z.enum(INTERVIEWER_GENDERS);
export type InterviewerGender = z.infer<typeof InterviewerGender>;

export const INTERVIEWER_ROLES = ['lead', 'co_interviewer', 'note_taker'] as const;
export type InterviewerRole = (typeof INTERVIEWER_ROLES)[number];

export const Interviewer = z
  .object({
    name: z.string().trim().min(1).max(300),
    gender: InterviewerGender,
    role: z.enum(INTERVIEWER_ROLES),
    /** Forensic interviewing of children is done by trained staff (R4). */
    trainedInChildInterviewing: z.boolean(),
  })
  .strict();
export type Interviewer = z.infer<typeof Interviewer>;

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Do-no-harm assessment, recorded before contact with a victim or witness (R3). */
export const RiskAssessment = z
  .object({
    assessedAt: Instant,
    level: z.enum(RISK_LEVELS),
    /** Risks to the interviewee (retaliation, stigma, being seen, retraumatisation) and to others. */
    risks: WrittenReason,
    mitigations: z.string().max(5_000),
    /** false: contact would do harm now; the interview must not take place. */
    proceed: z.boolean(),
  })
  .strict();
export type RiskAssessment = z.infer<typeof RiskAssessment>;

/** Signed text is never overwritten: each amendment is a new version with its reason. */
export const InterviewAmendment = z
  .object({
    /** 2 for the first amendment (version 1 is the signed record). */
    version: z.number().int().min(2),
    amendedAt: Instant,
    reason: WrittenReason,
    notes: RichText,
  })
  .strict();
export type InterviewAmendment = z.infer<typeof InterviewAmendment>;

/** How an interview is arranged: everything the investigator plans and records apart from status and notes. */
export const InterviewArrangements = z
  .object({
    scheduledAt: Instant.optional(),
    /** The zone of the place, for showing times as they were lived there. */
    timeZone: TimeZone.optional(),
    place: z
      .object({
        type: PlaceType,
        private: z.boolean(),
        /** A safe house's whereabouts can find a victim. */
        details: sensitiveText('strictly_confidential').optional(),
      })
      .strict(),
    team: z.array(Interviewer),
    genderPreference: z
      .object({
        offered: z.boolean(),
        preferred: z.enum(GENDER_PREFERENCES).optional(),
      })
      .strict(),
    supportPerson: z
      .object({
        offered: z.boolean(),
        present: z.boolean(),
        personId: RecordId.optional(),
      })
      .strict(),
    interpreterPersonId: RecordId.optional(),
    language: SpokenLanguage.nullable(),
    /** Audio or video; needs its own 'recording' consent (R1). */
    recorded: z.boolean(),
    riskAssessment: RiskAssessment.optional(),
    /** Why this person is interviewed again (required for a repeat interview of a child, R4). */
    repeatJustification: WrittenReason.optional(),
    /** For a UN staff subject (R10): written notice of the allegation, and the offer of an observer. */
    subjectNotice: z
      .object({
        writtenNoticeGivenAt: Instant.optional(),
        observerOffered: z.boolean(),
        observerPresent: z.boolean().optional(),
      })
      .strict()
      .optional(),
    confidentiality: Confidentiality.default('strictly_confidential'),
  })
  .strict();
export type InterviewArrangements = z.infer<typeof InterviewArrangements>;

export const Interview = InterviewArrangements.extend({
  ...caseRecordKeys,
  /** The interviewee. */
  personId: RecordId,
  status: InterviewStatus,
  conductedAt: Instant.optional(),
  signedAt: Instant.optional(),
  /** When and why a planned interview was called off; only a cancelled interview has it. */
  cancelled: z.object({ at: Instant, reason: WrittenReason }).strict().optional(),
  /** The working notes; once signed, version 1 of the record (amendments follow). */
  notes: RichText,
  amendments: z.array(InterviewAmendment),
})
  .strict()
  .superRefine((value, ctx) => {
    const problem = interviewStateProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
  });
export type Interview = z.infer<typeof Interview>;

type InterviewState = Pick<Interview, 'status' | 'conductedAt' | 'signedAt' | 'amendments'> &
  Partial<Pick<Interview, 'cancelled'>>;

/** The dates and versions an interview in its status must (and must not) have. */
export function interviewStateProblem(interview: InterviewState): { path: keyof Interview; message: string } | null {
  const { status, conductedAt, signedAt, amendments } = interview;
  const happened = status === 'conducted' || status === 'signed';
  if (happened && !conductedAt) return { path: 'conductedAt', message: `a ${status} interview has a conductedAt` };
  if (!happened && conductedAt) return { path: 'conductedAt', message: `a ${status} interview has no conductedAt` };
  if (status === 'signed' && !signedAt) return { path: 'signedAt', message: 'a signed interview has a signedAt' };
  if (status !== 'signed' && signedAt) return { path: 'signedAt', message: 'only a signed interview has a signedAt' };
  if (signedAt && conductedAt && signedAt < conductedAt)
    return { path: 'signedAt', message: 'an interview is signed after it is conducted' };
  if ((status === 'cancelled') !== (interview.cancelled !== undefined))
    return { path: 'cancelled', message: 'a cancelled interview, and only it, has its cancellation' };
  if (amendments.length > 0 && status !== 'signed')
    return { path: 'amendments', message: 'only a signed interview is amended' };
  for (const [index, amendment] of amendments.entries()) {
    if (amendment.version !== index + 2)
      return { path: 'amendments', message: 'amendment versions run 2, 3, 4… in order' };
    const previousAt = index === 0 ? signedAt : amendments[index - 1]?.amendedAt;
    if (previousAt && amendment.amendedAt < previousAt)
      return { path: 'amendments', message: 'amendments are dated in order, after signature' };
  }
  return null;
}

/** The version number the next amendment of a signed interview takes; null when it cannot be amended. */
export function nextAmendmentVersion(interview: Pick<Interview, 'status' | 'amendments'>): number | null {
  return interview.status === 'signed' ? interview.amendments.length + 2 : null;
}
