import { z } from 'zod';
import { Confidentiality } from '../domain/confidentiality.js';
import {
  GuardianPerson,
  IdentityField,
  InterpreterPerson,
  PersonIdentity,
  PersonRole,
  ReporterPerson,
  SubjectPerson,
  SupportPersonPerson,
  VictimPerson,
  WitnessPerson,
} from '../domain/person.js';
import { caseRecordKeys, RecordId, WrittenReason } from '../domain/primitives.js';
import { method } from './define.js';
import { countedPageOf, pageRequest } from './paging.js';

/** What the user records about a person apart from identity; id, case and code come from the core. */
const NOT_PROFILE = { id: true, caseId: true, code: true, identity: true } as const;

export const PersonProfile = z.discriminatedUnion('role', [
  VictimPerson.omit(NOT_PROFILE),
  WitnessPerson.omit(NOT_PROFILE),
  SubjectPerson.omit(NOT_PROFILE),
  ReporterPerson.omit(NOT_PROFILE),
  GuardianPerson.omit(NOT_PROFILE),
  InterpreterPerson.omit(NOT_PROFILE),
  SupportPersonPerson.omit(NOT_PROFILE),
]);
export type PersonProfile = z.infer<typeof PersonProfile>;

/**
 * A person as every screen but their own identity panel sees them: pseudonym code and profile,
 * plus which identity fields are recorded (never their values).
 */
export const PersonSummary = z.object({
  ...caseRecordKeys,
  code: z.string(),
  profile: PersonProfile,
  identityRecorded: z.array(IdentityField),
  /** For a victim: the age band at the incident, computed from the date of birth when known. */
  ageBandAtIncident: z.enum(['adult', 'minor', 'unknown']).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PersonSummary = z.infer<typeof PersonSummary>;

/**
 * The people list's orders: by code (victims first, then each role in its order, by number: V-01,
 * V-02, W-01…), the default; or by when the person was added. Never by an identity value.
 */
const PEOPLE_LIST_SORTS = ['code', 'addedAt'] as const;

/** What the people list can be narrowed to; each filter left out keeps everyone. */
export const PeopleListFilters = z.object({
  role: PersonRole.optional(),
  confidentiality: Confidentiality.optional(),
  /** Only the people with an identity recorded (whether one is, never what it holds). */
  identity: z.literal('recorded').optional(),
});
export type PeopleListFilters = z.infer<typeof PeopleListFilters>;

/**
 * A page of a case's people. The search matches the pseudonym code only (V-01, or v1): identity
 * values (names, contacts) are never searched nor sorted by.
 */
export const PeopleListRequest = pageRequest(PEOPLE_LIST_SORTS, PeopleListFilters).extend({ caseId: RecordId });
export type PeopleListRequest = z.input<typeof PeopleListRequest>;
/** The request as the core reads it, defaults filled in. */
export type PeopleListQuery = z.output<typeof PeopleListRequest>;
/** A page of people, with the counts on the first page only. */
export const PeopleListPage = countedPageOf(PersonSummary).extend({
  /** The codes of the people the page's rows refer to (a victim's guardian, alleged subjects), by id. */
  codes: z.record(RecordId, z.string()),
});
export type PeopleListPage = z.infer<typeof PeopleListPage>;

/** One person, with the codes of the people their profile refers to (a victim's guardian, alleged subjects), by id. */
export const PersonWithCodes = z.object({ person: PersonSummary, codes: z.record(RecordId, z.string()) });
export type PersonWithCodes = z.infer<typeof PersonWithCodes>;

/** The most people whose codes one call asks for (a screen's rows refer to a few). */
export const CODES_ASKED_MAX = 200;

export const peopleMethods = {
  'people.list': method({
    input: z.object({ caseId: RecordId }).strict(),
    output: z.object({ items: z.array(PersonSummary) }),
    whileLocked: false,
  }),
  'people.page': method({
    input: PeopleListRequest,
    output: PeopleListPage,
    whileLocked: false,
  }),
  'people.get': method({
    input: z.object({ personId: RecordId }).strict(),
    output: PersonWithCodes,
    whileLocked: false,
  }),
  'people.codes': method({
    input: z.object({ caseId: RecordId, personIds: z.array(RecordId).max(CODES_ASKED_MAX) }).strict(),
    output: z.object({ codes: z.record(RecordId, z.string()) }),
    whileLocked: false,
  }),
  'people.add': method({
    input: z
      .object({
        caseId: RecordId,
        profile: PersonProfile,
        identity: PersonIdentity.default({ confidentiality: 'strictly_confidential' }),
      })
      .strict(),
    output: PersonSummary,
    whileLocked: false,
  }),
  'people.update': method({
    input: z.object({ personId: RecordId, profile: PersonProfile }).strict(),
    output: PersonSummary,
    whileLocked: false,
  }),
  'people.setIdentity': method({
    input: z.object({ personId: RecordId, identity: PersonIdentity }).strict(),
    output: PersonSummary,
    whileLocked: false,
  }),
  'people.revealIdentity': method({
    input: z.object({ personId: RecordId, reason: WrittenReason }).strict(),
    output: z.object({ personId: RecordId, code: z.string(), identity: PersonIdentity }),
    whileLocked: false,
  }),
};
