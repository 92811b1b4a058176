import { z } from 'zod';
import {
  GuardianPerson,
  IdentityField,
  InterpreterPerson,
  PersonIdentity,
  ReporterPerson,
  SubjectPerson,
  SupportPersonPerson,
  VictimPerson,
  WitnessPerson,
} from '../domain/person.js';
import { caseRecordKeys, RecordId, WrittenReason } from '../domain/primitives.js';
import { method } from './define.js';

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

export const peopleMethods = {
  'people.list': method({
    summary: "A case's people by pseudonym code and profile; identities are never included.",
    input: z.object({ caseId: RecordId }).strict(),
    output: z.object({ items: z.array(PersonSummary) }),
    whileLocked: false,
  }),
  'people.add': method({
    summary: 'Add a person; the core assigns the pseudonym code for the role (V-01, W-01, S-01…), fixed for good.',
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
    summary: "Replace a person's profile (the role cannot change).",
    input: z.object({ personId: RecordId, profile: PersonProfile }).strict(),
    output: PersonSummary,
    whileLocked: false,
  }),
  'people.setIdentity': method({
    summary: "Replace a person's identity fields (names, contacts, date of birth, exact location). Audited.",
    input: z.object({ personId: RecordId, identity: PersonIdentity }).strict(),
    output: PersonSummary,
    whileLocked: false,
  }),
  'people.revealIdentity': method({
    summary: "Show a person's identity: an explicit act, audited with its reason.",
    input: z.object({ personId: RecordId, reason: WrittenReason }).strict(),
    output: z.object({ personId: RecordId, code: z.string(), identity: PersonIdentity }),
    whileLocked: false,
  }),
};
