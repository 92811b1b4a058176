import { PersonProfile } from '../../shared/contract/people.js';
import type { InvestigatingEntity } from '../../shared/domain/case.js';
import type { Confidentiality } from '../../shared/domain/confidentiality.js';
import {
  GUARDIAN_RELATIONSHIPS,
  SUPPORT_PERSON_KINDS,
  suggestedInvestigatingEntity,
  type AtRiskPopulation,
  type PersonnelCategory,
  type PersonRole,
  type Sex,
} from '../../shared/domain/person.js';
import type { AgeBand } from '../../shared/domain/uncertain-date.js';
import { instantFromLocal, localFromInstant, type LocalMoment } from './local-time.js';

export type GuardianRelationship = (typeof GUARDIAN_RELATIONSHIPS)[number];
export type SupportPersonKind = (typeof SUPPORT_PERSON_KINDS)[number];

/**
 * What the profile form holds while it is filled: every role's inputs as typed, so changing the
 * role before saving loses nothing. `profileFromDraft` keeps the chosen role's fields and lets the
 * contract's schema judge them.
 */
export interface ProfileDraft {
  role: PersonRole;
  confidentiality: Confidentiality;
  sex: Sex;
  ageBand: AgeBand;
  language: string;
  guardianPersonId: string;
  /** The subjects a victim's allegation is against, as ticked; none: every subject of the case. */
  allegedSubjectIds: string[];
  guardianImplicated: boolean;
  exceptionJustification: string;
  /** Kept from the saved profile so re-saving does not move the exception's date. */
  exceptionRecordedAt: string | null;
  firstContact: LocalMoment;
  /** A victim under UN protection (refugee, displaced): R5b forbids a consensual closure. */
  atRiskPopulation: AtRiskPopulation | '';
  personnelCategory: PersonnelCategory | '';
  nationality: string;
  unitOrContingent: string;
  function: string;
  rankOrGrade: string;
  /** '' until chosen: the category's usual entity is shown and recorded (investigatingEntityShown). */
  investigatingEntity: InvestigatingEntity | '';
  rotationOrContractEnd: string;
  isUnPersonnel: boolean;
  relationship: GuardianRelationship;
  /** Language tags separated by commas or spaces. */
  languages: string;
  vetted: boolean;
  vettedOn: string;
  vettingNote: string;
  supportKind: SupportPersonKind;
}

/** The inputs a validation problem can point at. */
export type ProfileField =
  | 'language'
  | 'guardianPersonId'
  | 'allegedSubjectIds'
  | 'exceptionJustification'
  | 'firstContact'
  | 'personnelCategory'
  | 'nationality'
  | 'unitOrContingent'
  | 'function'
  | 'rankOrGrade'
  | 'rotationOrContractEnd'
  | 'languages'
  | 'vettedOn'
  | 'vettingNote';

export function emptyProfileDraft(role: PersonRole): ProfileDraft {
  return {
    role,
    confidentiality: 'confidential',
    sex: 'unknown',
    ageBand: 'unknown',
    language: '',
    guardianPersonId: '',
    allegedSubjectIds: [],
    guardianImplicated: false,
    exceptionJustification: '',
    exceptionRecordedAt: null,
    firstContact: { day: '', time: '' },
    atRiskPopulation: '',
    personnelCategory: '',
    nationality: '',
    unitOrContingent: '',
    function: '',
    rankOrGrade: '',
    investigatingEntity: '',
    rotationOrContractEnd: '',
    isUnPersonnel: false,
    relationship: 'parent',
    languages: '',
    vetted: false,
    vettedOn: '',
    vettingNote: '',
    supportKind: 'psychosocial_worker',
  };
}

/**
 * The subject's investigating entity as the form shows it: the one chosen, else the usual one for
 * the category chosen (the contributing country for contingent and FPU members, OIOS otherwise).
 */
export function investigatingEntityShown(draft: ProfileDraft): InvestigatingEntity | '' {
  if (draft.investigatingEntity !== '') return draft.investigatingEntity;
  return draft.personnelCategory === '' ? '' : suggestedInvestigatingEntity(draft.personnelCategory);
}

/** The draft a saved profile is edited from. */
export function draftFromProfile(profile: PersonProfile, timeZone: string): ProfileDraft {
  const draft: ProfileDraft = { ...emptyProfileDraft(profile.role), confidentiality: profile.confidentiality };
  switch (profile.role) {
    case 'victim':
      return {
        ...draft,
        sex: profile.sex,
        ageBand: profile.ageBand,
        language: profile.language ?? '',
        guardianPersonId: profile.guardianPersonId ?? '',
        allegedSubjectIds: [...(profile.allegedSubjectIds ?? [])],
        guardianImplicated: profile.guardianConsentException !== undefined,
        exceptionJustification: profile.guardianConsentException?.justification ?? '',
        exceptionRecordedAt: profile.guardianConsentException?.recordedAt ?? null,
        firstContact: profile.firstContactAt ? localFromInstant(profile.firstContactAt, timeZone) : draft.firstContact,
        atRiskPopulation: profile.atRiskPopulation ?? '',
      };
    case 'witness':
      return { ...draft, sex: profile.sex, ageBand: profile.ageBand, language: profile.language ?? '' };
    case 'subject':
      return {
        ...draft,
        personnelCategory: profile.personnelCategory,
        nationality: profile.nationality ?? '',
        unitOrContingent: profile.unitOrContingent ?? '',
        function: profile.function ?? '',
        rankOrGrade: profile.rankOrGrade ?? '',
        investigatingEntity: profile.investigatingEntity ?? '',
        rotationOrContractEnd: profile.rotationOrContractEnd ?? '',
      };
    case 'reporter':
      return { ...draft, isUnPersonnel: profile.isUnPersonnel, language: profile.language ?? '' };
    case 'guardian':
      return { ...draft, relationship: profile.relationship, language: profile.language ?? '' };
    case 'interpreter':
      return {
        ...draft,
        languages: profile.languages.join(', '),
        vetted: profile.vetting.vetted,
        vettedOn: profile.vetting.vettedOn ?? '',
        vettingNote: profile.vetting.note ?? '',
      };
    case 'support_person':
      return { ...draft, supportKind: profile.kind, language: profile.language ?? '' };
  }
}

const text = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

/** Drops keys whose value is undefined: the contract's objects are strict about absent vs undefined. */
function defined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

function candidateOf(draft: ProfileDraft, now: string, timeZone: string): Record<string, unknown> {
  const base = { role: draft.role, confidentiality: draft.confidentiality };
  const language = text(draft.language) ?? null;
  switch (draft.role) {
    case 'victim': {
      const firstContactTyped = draft.firstContact.day !== '' || draft.firstContact.time !== '';
      return defined({
        ...base,
        sex: draft.sex,
        ageBand: draft.ageBand,
        language,
        guardianPersonId: text(draft.guardianPersonId),
        allegedSubjectIds: draft.allegedSubjectIds.length > 0 ? draft.allegedSubjectIds : undefined,
        guardianConsentException: draft.guardianImplicated
          ? {
              reason: 'guardian_implicated',
              justification: draft.exceptionJustification,
              recordedAt: draft.exceptionRecordedAt ?? now,
            }
          : undefined,
        // An incomplete date is sent as '' so that the schema reports it rather than it being dropped.
        firstContactAt: firstContactTyped ? (instantFromLocal(draft.firstContact, timeZone) ?? '') : undefined,
        atRiskPopulation: draft.atRiskPopulation === '' ? undefined : draft.atRiskPopulation,
      });
    }
    case 'witness':
      return { ...base, sex: draft.sex, ageBand: draft.ageBand, language };
    case 'subject':
      return defined({
        ...base,
        personnelCategory: draft.personnelCategory,
        nationality: text(draft.nationality)?.toUpperCase() ?? null,
        unitOrContingent: text(draft.unitOrContingent),
        function: text(draft.function),
        rankOrGrade: text(draft.rankOrGrade),
        investigatingEntity: investigatingEntityShown(draft) || undefined,
        rotationOrContractEnd: text(draft.rotationOrContractEnd),
      });
    case 'reporter':
      return { ...base, isUnPersonnel: draft.isUnPersonnel, language };
    case 'guardian':
      return { ...base, relationship: draft.relationship, language };
    case 'interpreter':
      return {
        ...base,
        languages: draft.languages.split(/[\s,;]+/).filter((tag) => tag !== ''),
        vetting: defined({ vetted: draft.vetted, vettedOn: text(draft.vettedOn), note: text(draft.vettingNote) }),
      };
    case 'support_person':
      return { ...base, kind: draft.supportKind, language };
  }
}

const FIELD_OF_PATH: Record<string, ProfileField> = {
  language: 'language',
  guardianPersonId: 'guardianPersonId',
  allegedSubjectIds: 'allegedSubjectIds',
  guardianConsentException: 'exceptionJustification',
  firstContactAt: 'firstContact',
  personnelCategory: 'personnelCategory',
  nationality: 'nationality',
  unitOrContingent: 'unitOrContingent',
  function: 'function',
  rankOrGrade: 'rankOrGrade',
  rotationOrContractEnd: 'rotationOrContractEnd',
  languages: 'languages',
  'vetting.vettedOn': 'vettedOn',
  'vetting.note': 'vettingNote',
};

export type ProfileCheck = { ok: true; profile: PersonProfile } | { ok: false; invalid: ProfileField[] };

/** The profile to send, or the inputs the contract refuses (each shown with its own message). */
export function profileFromDraft(
  draft: ProfileDraft,
  timeZone: string,
  now: string = new Date().toISOString(),
): ProfileCheck {
  const parsed = PersonProfile.safeParse(candidateOf(draft, now, timeZone));
  if (parsed.success) return { ok: true, profile: parsed.data };
  const invalid = new Set<ProfileField>();
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String);
    const field = FIELD_OF_PATH[path.slice(0, 2).join('.')] ?? FIELD_OF_PATH[path[0] ?? ''];
    if (field) invalid.add(field);
  }
  // Empty when the refusal points at no input: the form then says so as a whole.
  return { ok: false, invalid: [...invalid] };
}
