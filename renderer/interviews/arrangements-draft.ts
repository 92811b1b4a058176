import type { Confidentiality } from '../../shared/domain/confidentiality.js';
import {
  InterviewArrangements,
  RISK_LEVELS,
  type InterviewerGender,
  type Interviewer,
  type PlaceType,
} from '../../shared/domain/interview.js';
import type { PersonRole } from '../../shared/domain/person.js';
import { instantFromLocal, localFromInstant, type LocalMoment } from '../people/local-time.js';

export type RiskLevel = (typeof RISK_LEVELS)[number];
export type TeamRole = Interviewer['role'];
export const TEAM_ROLES: readonly TeamRole[] = ['lead', 'co_interviewer', 'note_taker'];
export const GENDER_PREFERENCES = ['female', 'male', 'no_preference'] as const;
export type GenderPreference = (typeof GENDER_PREFERENCES)[number];

export interface TeamMemberDraft {
  /** Stable React key for the row; never sent. */
  key: number;
  name: string;
  gender: InterviewerGender;
  role: TeamRole;
  trained: boolean;
}

/** The plan form as typed; `arrangementsFromDraft` turns it into the contract's arrangements. */
export interface ArrangementsDraft {
  scheduled: LocalMoment;
  timeZone: string;
  placeType: PlaceType;
  private: boolean;
  placeDetails: string;
  team: TeamMemberDraft[];
  genderOffered: boolean;
  genderPreferred: GenderPreference | '';
  supportOffered: boolean;
  supportPresent: boolean;
  supportPersonId: string;
  interpreterPersonId: string;
  language: string;
  recorded: boolean;
  withRiskAssessment: boolean;
  riskAssessed: LocalMoment;
  /** '' until the investigator chooses: no level of risk is assumed. */
  riskLevel: RiskLevel | '';
  risks: string;
  mitigations: string;
  /** '' until the investigator concludes: no conclusion is assumed either way. */
  proceed: '' | 'yes' | 'no';
  repeatJustification: string;
  noticeGiven: LocalMoment;
  observerOffered: boolean;
  observerPresent: '' | 'yes' | 'no';
  confidentiality: Confidentiality;
}

export type ArrangementsField =
  | 'scheduled'
  | 'timeZone'
  | 'placeDetails'
  | 'team'
  | 'language'
  | 'riskAssessed'
  | 'riskLevel'
  | 'risks'
  | 'mitigations'
  | 'proceed'
  | 'repeatJustification'
  | 'noticeGiven';

let nextKey = 1;
export function newTeamMember(): TeamMemberDraft {
  nextKey += 1;
  return { key: nextKey, name: '', gender: 'female', role: 'lead', trained: false };
}

/**
 * A new plan starts neutral: no do-no-harm assessment is ticked, and ticking one assumes nothing
 * (no time, level or conclusion). A pre-filled assessment dated "now" would be refused by R3 for an
 * interview recorded after it took place, and a pre-chosen "low risk, go ahead" is a judgement
 * nobody made.
 */
export function emptyArrangementsDraft(timeZone: string): ArrangementsDraft {
  return {
    scheduled: { day: '', time: '' },
    timeZone,
    placeType: 'un_office',
    private: true,
    placeDetails: '',
    team: [newTeamMember()],
    genderOffered: false,
    genderPreferred: '',
    supportOffered: false,
    supportPresent: false,
    supportPersonId: '',
    interpreterPersonId: '',
    language: '',
    recorded: false,
    withRiskAssessment: false,
    riskAssessed: { day: '', time: '' },
    riskLevel: '',
    risks: '',
    mitigations: '',
    proceed: '',
    repeatJustification: '',
    noticeGiven: { day: '', time: '' },
    observerOffered: false,
    observerPresent: '',
    confidentiality: 'strictly_confidential',
  };
}

export function draftFromArrangements(arrangements: InterviewArrangements, fallbackZone: string): ArrangementsDraft {
  const zone = arrangements.timeZone ?? fallbackZone;
  const local = (instant: string | undefined): LocalMoment =>
    instant ? localFromInstant(instant, zone) : { day: '', time: '' };
  const risk = arrangements.riskAssessment;
  const notice = arrangements.subjectNotice;
  return {
    ...emptyArrangementsDraft(zone),
    scheduled: local(arrangements.scheduledAt),
    placeType: arrangements.place.type,
    private: arrangements.place.private,
    placeDetails: arrangements.place.details?.text ?? '',
    team: arrangements.team.map((member) => ({
      ...newTeamMember(),
      name: member.name,
      gender: member.gender,
      role: member.role,
      trained: member.trainedInChildInterviewing,
    })),
    genderOffered: arrangements.genderPreference.offered,
    genderPreferred: arrangements.genderPreference.preferred ?? '',
    supportOffered: arrangements.supportPerson.offered,
    supportPresent: arrangements.supportPerson.present,
    supportPersonId: arrangements.supportPerson.personId ?? '',
    interpreterPersonId: arrangements.interpreterPersonId ?? '',
    language: arrangements.language ?? '',
    recorded: arrangements.recorded,
    withRiskAssessment: risk !== undefined,
    riskAssessed: local(risk?.assessedAt),
    riskLevel: risk?.level ?? '',
    risks: risk?.risks ?? '',
    mitigations: risk?.mitigations ?? '',
    proceed: risk === undefined ? '' : risk.proceed ? 'yes' : 'no',
    repeatJustification: arrangements.repeatJustification ?? '',
    noticeGiven: local(notice?.writtenNoticeGivenAt),
    observerOffered: notice?.observerOffered ?? false,
    observerPresent: notice?.observerPresent === undefined ? '' : notice.observerPresent ? 'yes' : 'no',
    confidentiality: arrangements.confidentiality,
  };
}

const blank = (moment: LocalMoment): boolean => moment.day === '' && moment.time === '';
const text = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

function defined<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function candidateOf(draft: ArrangementsDraft, intervieweeRole: PersonRole | undefined): Record<string, unknown> {
  const zone = draft.timeZone.trim();
  // An incomplete moment is sent as '' so the schema reports it instead of it vanishing.
  const instant = (moment: LocalMoment) => (blank(moment) ? undefined : (instantFromLocal(moment, zone) ?? ''));
  const details = text(draft.placeDetails);
  return defined({
    scheduledAt: instant(draft.scheduled),
    timeZone: zone === '' ? undefined : zone,
    place: defined({
      type: draft.placeType,
      private: draft.private,
      details: details ? { text: details, confidentiality: 'strictly_confidential' } : undefined,
    }),
    // A row left without a name is an unused row, not a member.
    team: draft.team
      .filter((member) => member.name.trim() !== '')
      .map((member) => ({
        name: member.name.trim(),
        gender: member.gender,
        role: member.role,
        trainedInChildInterviewing: member.trained,
      })),
    genderPreference: defined({
      offered: draft.genderOffered,
      preferred: draft.genderOffered && draft.genderPreferred !== '' ? draft.genderPreferred : undefined,
    }),
    supportPerson: defined({
      offered: draft.supportOffered,
      present: draft.supportPresent,
      personId: draft.supportPersonId === '' ? undefined : draft.supportPersonId,
    }),
    interpreterPersonId: draft.interpreterPersonId === '' ? undefined : draft.interpreterPersonId,
    language: text(draft.language) ?? null,
    recorded: draft.recorded,
    riskAssessment: draft.withRiskAssessment
      ? {
          assessedAt: instantFromLocal(draft.riskAssessed, zone) ?? '',
          level: draft.riskLevel === '' ? undefined : draft.riskLevel,
          risks: draft.risks,
          mitigations: draft.mitigations.trim(),
          proceed: draft.proceed === '' ? undefined : draft.proceed === 'yes',
        }
      : undefined,
    repeatJustification: text(draft.repeatJustification),
    subjectNotice:
      intervieweeRole === 'subject'
        ? defined({
            writtenNoticeGivenAt: instant(draft.noticeGiven),
            observerOffered: draft.observerOffered,
            observerPresent: draft.observerPresent === '' ? undefined : draft.observerPresent === 'yes',
          })
        : undefined,
    confidentiality: draft.confidentiality,
  });
}

const FIELD_OF_PATH: Record<string, ArrangementsField> = {
  scheduledAt: 'scheduled',
  timeZone: 'timeZone',
  place: 'placeDetails',
  team: 'team',
  language: 'language',
  'riskAssessment.assessedAt': 'riskAssessed',
  'riskAssessment.level': 'riskLevel',
  'riskAssessment.risks': 'risks',
  'riskAssessment.mitigations': 'mitigations',
  'riskAssessment.proceed': 'proceed',
  repeatJustification: 'repeatJustification',
  subjectNotice: 'noticeGiven',
};

export type ArrangementsCheck =
  { ok: true; arrangements: InterviewArrangements } | { ok: false; invalid: ArrangementsField[] };

export function arrangementsFromDraft(
  draft: ArrangementsDraft,
  intervieweeRole: PersonRole | undefined,
): ArrangementsCheck {
  const parsed = InterviewArrangements.safeParse(candidateOf(draft, intervieweeRole));
  if (parsed.success) return { ok: true, arrangements: parsed.data };
  const invalid = new Set<ArrangementsField>();
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String);
    const field = FIELD_OF_PATH[path.slice(0, 2).join('.')] ?? FIELD_OF_PATH[path[0] ?? ''];
    if (field) invalid.add(field);
  }
  return { ok: false, invalid: [...invalid] };
}
