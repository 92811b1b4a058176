import { z } from 'zod';
import { CalendarDate } from './calendar.js';
import { InvestigatingEntity } from './case.js';
import { Confidentiality } from './confidentiality.js';
import { caseRecordKeys, Instant, RecordId, SpokenLanguage, WrittenReason } from './primitives.js';
import { AgeBand, assessAgeBandAt, UncertainDate, type AgeBandAssessment } from './uncertain-date.js';

/** Everyone a case involves. Outside the vault's own screens a person is only their pseudonym code. */
export const PERSON_ROLES = [
  'victim',
  'witness',
  'subject',
  'reporter',
  'guardian',
  'interpreter',
  'support_person',
] as const;
export const PersonRole = z.enum(PERSON_ROLES);
export type PersonRole = z.infer<typeof PersonRole>;

/**
 * Code letters, one per role so a code says what the person is without saying who.
 * Each is the role's initial, except the support person: S is taken by the subject, so P
 * ("person accompanying").
 */
export const PSEUDONYM_PREFIXES = {
  victim: 'V',
  witness: 'W',
  subject: 'S',
  reporter: 'R',
  guardian: 'G',
  interpreter: 'I',
  support_person: 'P',
} as const satisfies Record<PersonRole, string>;

const PREFIX_TO_ROLE = Object.fromEntries(
  Object.entries(PSEUDONYM_PREFIXES).map(([role, prefix]) => [prefix, role]),
) as Record<string, PersonRole>;

const CODE_PATTERN = /^([VWSRGIP])-(\d{2,})$/;

/** `V-01`, `W-03`, `S-02`: at least two digits, more after 99 (`V-100`). */
export const PseudonymCode = z.string().regex(CODE_PATTERN, 'expected a pseudonym code such as V-01');
export type PseudonymCode = z.infer<typeof PseudonymCode>;

export function parsePseudonymCode(code: string): { role: PersonRole; number: number } | null {
  const match = CODE_PATTERN.exec(code);
  if (!match) return null;
  const role = PREFIX_TO_ROLE[match[1] as string];
  const number = Number(match[2]);
  if (!role || number < 1) return null;
  return { role, number };
}

/**
 * The code for the next person of `role` in a case. Codes never change and are never reused:
 * pass every code the case has ever issued, including those of records since removed, and the
 * new code follows the highest (a gap stays a gap).
 */
export function nextPseudonymCode(role: PersonRole, codesIssuedInCase: Iterable<string>): PseudonymCode {
  let highest = 0;
  for (const code of codesIssuedInCase) {
    const parsed = parsePseudonymCode(code);
    if (parsed && parsed.role === role) highest = Math.max(highest, parsed.number);
  }
  return `${PSEUDONYM_PREFIXES[role]}-${String(highest + 1).padStart(2, '0')}`;
}

// ---- Identity: what can name or find a person --------------------------------------------

/**
 * Fields that identify or locate a person. They are strictly confidential by default, never
 * leave the vault without that person's recorded consent to that recipient (R9), and are
 * replaced by the pseudonym code everywhere else.
 */
export const IDENTITY_FIELDS = [
  'fullName',
  'otherNames',
  'dateOfBirth',
  'contact',
  'address',
  'identityDocument',
  'serviceNumber',
  'safetyNotes',
] as const;
export const IdentityField = z.enum(IDENTITY_FIELDS);
export type IdentityField = z.infer<typeof IdentityField>;

export const PersonIdentity = z
  .object({
    fullName: z.string().trim().max(300).optional(),
    otherNames: z.string().trim().max(300).optional(),
    /** Kept to compute the age band at the incident; itself identifying. */
    dateOfBirth: UncertainDate.optional(),
    contact: z.string().max(2_000).optional(),
    address: z.string().max(2_000).optional(),
    identityDocument: z.string().max(300).optional(),
    /** Index, service or staff number (subjects). */
    serviceNumber: z.string().max(100).optional(),
    /** When and how the person can be reached safely; who must not learn of the contact. */
    safetyNotes: z.string().max(10_000).optional(),
    confidentiality: Confidentiality.default('strictly_confidential'),
  })
  .strict();
export type PersonIdentity = z.infer<typeof PersonIdentity>;

// ---- Non-identifying profile, per role -------------------------------------------------------

export const SEXES = ['female', 'male', 'unknown'] as const;
export const Sex = z.enum(SEXES);
export type Sex = z.infer<typeof Sex>;

/** domain.md §1 subject categories; their words, in the UN's published wording, are the `personnelCategory` labels. */
export const PERSONNEL_CATEGORIES = [
  'civilian_int',
  'civilian_ns',
  'civilian_unv',
  'military_mc',
  'military_mo',
  'police_unpol',
  'police_fpu',
  'implementing_partner',
  'contractor',
  'non_un_force',
  'unknown',
] as const;
export const PersonnelCategory = z.enum(PERSONNEL_CATEGORIES);
export type PersonnelCategory = z.infer<typeof PersonnelCategory>;

/** UN staff members: ST/AI/2017/1 due process (R10) applies to them. */
export const UN_STAFF_CATEGORIES: readonly PersonnelCategory[] = ['civilian_int', 'civilian_ns'];

/** UN personnel (staff, volunteers, uniformed): reputation restoration (R14) is owed to them. */
export const UN_PERSONNEL_CATEGORIES: readonly PersonnelCategory[] = [
  'civilian_int',
  'civilian_ns',
  'civilian_unv',
  'military_mc',
  'military_mo',
  'police_unpol',
  'police_fpu',
];

/**
 * Who usually investigates a subject of each category (domain.md §1): the contributing country
 * for contingent and formed police unit members (possibly jointly with OIOS), OIOS otherwise.
 * Only a suggestion: the form and the CLI start from it, the user changes it.
 */
export function suggestedInvestigatingEntity(category: PersonnelCategory): InvestigatingEntity {
  return category === 'military_mc' || category === 'police_fpu' ? 'tcc_pcc' : 'oios';
}

/** ISO 3166-1 alpha-3 (`FRA`, `BGD`): the form published statistics use. */
export const Nationality = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 country code');

/** Recorded when a minor victim's guardian may not give consent because the guardian is implicated (R4). */
export const GuardianConsentException = z
  .object({
    reason: z.literal('guardian_implicated'),
    justification: WrittenReason,
    recordedAt: Instant,
  })
  .strict();
export type GuardianConsentException = z.infer<typeof GuardianConsentException>;

export const GUARDIAN_RELATIONSHIPS = [
  'parent',
  'relative',
  'legal_guardian',
  'appointed_representative',
  'other',
] as const;
export type GuardianRelationship = (typeof GUARDIAN_RELATIONSHIPS)[number];
export const SUPPORT_PERSON_KINDS = ['psychosocial_worker', 'trusted_adult', 'ngo_representative', 'other'] as const;
export type SupportPersonKind = (typeof SUPPORT_PERSON_KINDS)[number];

const personBase = {
  ...caseRecordKeys,
  code: PseudonymCode,
  identity: PersonIdentity,
  /** Level of the record as a whole (pseudonym, role, profile); identity has its own. */
  confidentiality: Confidentiality.default('confidential'),
};

/** Populations under UN protection with whom sexual relations are prohibited outright (A/72/751 ¶20). */
export const AT_RISK_POPULATIONS = ['refugee', 'internally_displaced', 'other_under_un_protection'] as const;
export type AtRiskPopulation = (typeof AT_RISK_POPULATIONS)[number];

export const VictimPerson = z
  .object({
    ...personBase,
    role: z.literal('victim'),
    sex: Sex,
    /** The investigator's assessment; a date of birth in `identity` takes precedence (see ageBandAtIncident). */
    ageBand: AgeBand,
    language: SpokenLanguage.nullable(),
    guardianPersonId: RecordId.optional(),
    /**
     * The subjects the allegation she makes is against, each once (the core checks each is a subject of
     * her case). Her closure letter tells how the matter ended for HER: from these subjects' findings.
     * Left out, every subject of the case is hers (a case with one victim, or a link not yet recorded).
     */
    allegedSubjectIds: z
      .array(RecordId)
      .min(1)
      .max(100)
      .refine((ids) => new Set(ids).size === ids.length, 'each subject once')
      .optional(),
    guardianConsentException: GuardianConsentException.optional(),
    /** First contact with an investigator, when it was not an interview (R8 counts from the earlier). */
    firstContactAt: Instant.optional(),
    /** Refugee or displaced: under UN protection, where any sexual relation is prohibited (A/72/751 ¶20, R5b). */
    atRiskPopulation: z.enum(AT_RISK_POPULATIONS).optional(),
  })
  .strict();

export const WitnessPerson = z
  .object({
    ...personBase,
    role: z.literal('witness'),
    sex: Sex,
    ageBand: AgeBand,
    language: SpokenLanguage.nullable(),
  })
  .strict();

export const SubjectPerson = z
  .object({
    ...personBase,
    role: z.literal('subject'),
    personnelCategory: PersonnelCategory,
    nationality: Nationality.nullable(),
    unitOrContingent: z.string().trim().max(300).optional(),
    /** Military or police rank, or staff grade (P-3, FS-5, NO-B…). */
    rankOrGrade: z.string().trim().min(1).max(100).optional(),
    function: z.string().trim().max(300).optional(),
    /**
     * Who investigates this subject. Left out on entry, the core records the category's usual
     * entity (suggestedInvestigatingEntity); every stored subject has one.
     */
    investigatingEntity: InvestigatingEntity.optional(),
    /** Rotation, repatriation or end of contract: evidence must be taken before it (domain.md §3). */
    rotationOrContractEnd: CalendarDate.optional(),
  })
  .strict();

export const ReporterPerson = z
  .object({
    ...personBase,
    role: z.literal('reporter'),
    /** UN personnel report under the obligation to report (domain.md §1). */
    isUnPersonnel: z.boolean(),
    language: SpokenLanguage.nullable(),
  })
  .strict();

export const GuardianPerson = z
  .object({
    ...personBase,
    role: z.literal('guardian'),
    relationship: z.enum(GUARDIAN_RELATIONSHIPS),
    language: SpokenLanguage.nullable(),
  })
  .strict();

export const InterpreterPerson = z
  .object({
    ...personBase,
    role: z.literal('interpreter'),
    languages: z.array(SpokenLanguage).min(1),
    vetting: z
      .object({ vetted: z.boolean(), vettedOn: CalendarDate.optional(), note: z.string().max(2_000).optional() })
      .strict(),
  })
  .strict();

export const SupportPersonPerson = z
  .object({
    ...personBase,
    role: z.literal('support_person'),
    kind: z.enum(SUPPORT_PERSON_KINDS),
    language: SpokenLanguage.nullable(),
  })
  .strict();

export const Person = z
  .discriminatedUnion('role', [
    VictimPerson,
    WitnessPerson,
    SubjectPerson,
    ReporterPerson,
    GuardianPerson,
    InterpreterPerson,
    SupportPersonPerson,
  ])
  .superRefine((person, ctx) => {
    if (parsePseudonymCode(person.code)?.role !== person.role) {
      ctx.addIssue({
        code: 'custom',
        path: ['code'],
        message: `a ${person.role} code starts with ${PSEUDONYM_PREFIXES[person.role]}-`,
      });
    }
  });
export type Person = z.infer<typeof Person>;
export type VictimPerson = z.infer<typeof VictimPerson>;
export type WitnessPerson = z.infer<typeof WitnessPerson>;
export type SubjectPerson = z.infer<typeof SubjectPerson>;
export type InterpreterPerson = z.infer<typeof InterpreterPerson>;
export type PersonOfRole<R extends PersonRole> = Extract<Person, { role: R }>;

// ---- Age at the incident -----------------------------------------------------------------

export interface AgeBandAtIncident {
  band: AgeBand;
  basis: AgeBandAssessment['basis'] | 'recorded_by_investigator';
}

/**
 * A victim's or witness's age band at the incident. From the date of birth when it gives an
 * answer: a minor at any incident date is a minor (a possible minor too: see assessAgeBandAt);
 * an incident of unknown date happened no later than the report, so someone still a child when
 * the report was received was a child then. Otherwise the investigator's recorded band.
 */
export function ageBandAtIncident(
  person: { ageBand: AgeBand; identity: { dateOfBirth?: UncertainDate | undefined } },
  incidentDates: readonly UncertainDate[],
  dateReceived: CalendarDate,
): AgeBandAtIncident {
  const birth = person.identity.dateOfBirth;
  if (birth && birth.precision !== 'unknown') {
    const dates = incidentDates.length > 0 ? incidentDates : [{ precision: 'unknown' } as const];
    const assessments = dates.map((date): AgeBandAssessment => {
      if (date.precision !== 'unknown') return assessAgeBandAt(birth, date);
      const atReceipt = assessAgeBandAt(birth, { precision: 'day', from: dateReceived });
      return atReceipt.band === 'minor' ? atReceipt : { band: 'unknown', basis: 'date_unknown' };
    });
    const minors = assessments.filter((a) => a.band === 'minor');
    if (minors.length > 0) {
      return minors.some((a) => a.basis === 'established')
        ? { band: 'minor', basis: 'established' }
        : { band: 'minor', basis: 'possible_minor' };
    }
    if (assessments.every((a) => a.band === 'adult')) return { band: 'adult', basis: 'established' };
  }
  return { band: person.ageBand, basis: 'recorded_by_investigator' };
}
