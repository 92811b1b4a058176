import { PersonProfile, type PersonSummary } from '../../../shared/contract/people.js';
import { PERSON_ROLES, type PersonRole } from '../../../shared/domain/person.js';
import {
  caseOption,
  checked,
  inputOption,
  oneOf,
  readInputObject,
  resolveCase,
  resolvePerson,
  runUnlocked,
  stringOption,
  subcommandOf,
} from '../case-file-options.js';
import type { Command, CommandContext } from '../command.js';
import { usage } from '../failure.js';
import { recoveryKeyFileOption } from './unlock.js';

type ProfileFlag = { field: string; roles: readonly PersonRole[]; kind: 'text' | 'list' | 'boolean' | 'upper' };

/**
 * The profile fields settable by option. Identity fields have none on purpose: a name typed on a
 * command line stays in the shell's history. They go in --input (a file, or stdin).
 */
const PROFILE_FLAGS: Readonly<Record<string, ProfileFlag>> = {
  sex: { field: 'sex', roles: ['victim', 'witness'], kind: 'text' },
  'age-band': { field: 'ageBand', roles: ['victim', 'witness'], kind: 'text' },
  language: { field: 'language', roles: ['victim', 'witness', 'reporter', 'guardian', 'support_person'], kind: 'text' },
  guardian: { field: 'guardianPersonId', roles: ['victim'], kind: 'text' },
  'personnel-category': { field: 'personnelCategory', roles: ['subject'], kind: 'text' },
  nationality: { field: 'nationality', roles: ['subject'], kind: 'upper' },
  unit: { field: 'unitOrContingent', roles: ['subject'], kind: 'text' },
  function: { field: 'function', roles: ['subject'], kind: 'text' },
  rank: { field: 'rankOrGrade', roles: ['subject'], kind: 'text' },
  'investigating-entity': { field: 'investigatingEntity', roles: ['subject'], kind: 'text' },
  'un-personnel': { field: 'isUnPersonnel', roles: ['reporter'], kind: 'boolean' },
  relationship: { field: 'relationship', roles: ['guardian'], kind: 'text' },
  languages: { field: 'languages', roles: ['interpreter'], kind: 'list' },
  vetted: { field: 'vetted', roles: ['interpreter'], kind: 'boolean' },
  'support-kind': { field: 'kind', roles: ['support_person'], kind: 'text' },
};

/** What a role's profile holds before any option: "unknown" where the model has it, else nothing. */
const PROFILE_DEFAULTS: Readonly<Record<PersonRole, Record<string, unknown>>> = {
  victim: { sex: 'unknown', ageBand: 'unknown', language: null },
  witness: { sex: 'unknown', ageBand: 'unknown', language: null },
  subject: { nationality: null },
  reporter: { isUnPersonnel: false, language: null },
  guardian: { language: null },
  interpreter: { vetted: false },
  support_person: { language: null },
};

function profileFromOptions(context: CommandContext): Record<string, unknown> {
  const role = stringOption(context, 'role');
  if (role === undefined) throw usage('Give the person with --input FILE|-, or at least --role ROLE.');
  if (!(PERSON_ROLES as readonly string[]).includes(role)) throw usage(`--role is one of: ${PERSON_ROLES.join(', ')}.`);
  const profile: Record<string, unknown> = { role, ...PROFILE_DEFAULTS[role as PersonRole] };
  for (const [name, flag] of Object.entries(PROFILE_FLAGS)) {
    const value = context.options[name];
    if (value === undefined) continue;
    if (!flag.roles.includes(role as PersonRole)) throw usage(`--${name} does not apply to a ${role}.`);
    profile[flag.field] =
      flag.kind === 'list'
        ? String(value)
            .split(',')
            .map((part) => part.trim())
            .filter(Boolean)
        : flag.kind === 'upper'
          ? String(value).toUpperCase()
          : value;
  }
  const confidentiality = stringOption(context, 'confidentiality');
  if (confidentiality !== undefined) profile['confidentiality'] = confidentiality;
  if (role === 'interpreter') {
    profile['vetting'] = { vetted: profile['vetted'] === true };
    delete profile['vetted'];
  }
  return profile;
}

/** Each profile field set by option, as the person types it (for messages about that field). */
function profileOptionNames(): Record<string, string> {
  const names: Record<string, string> = {
    role: '--role ROLE',
    confidentiality: '--confidentiality LEVEL',
    'vetting.vetted': '--vetted',
  };
  for (const [name, flag] of Object.entries(PROFILE_FLAGS)) {
    const valueName = personCommand.options[name]?.valueName;
    names[flag.field] ??=
      `--${name}${personCommand.options[name]?.type === 'string' ? ` ${valueName ?? 'VALUE'}` : ''}`;
  }
  return names;
}

const profileFlagNames = (context: CommandContext): string[] =>
  ['role', 'confidentiality', ...Object.keys(PROFILE_FLAGS)].filter((name) => context.options[name] !== undefined);

interface PersonRequest {
  caseRef: string;
  body: Record<string, unknown>;
  guardianRef?: string;
}

async function preparePerson(context: CommandContext): Promise<PersonRequest> {
  const input = await readInputObject(context);
  const flags = profileFlagNames(context);
  if (input !== undefined && flags.length > 0) {
    throw usage(`Give the person either with --input or with options (--${flags[0]}), not both.`);
  }
  const caseRef = oneOf(input?.['caseId'], stringOption(context, 'case'), 'The case');
  if (caseRef === undefined) throw usage('Name the case: --case CASE (its reference or id).');
  const { caseId: _caseId, ...body } = input ?? { profile: profileFromOptions(context) };
  const named = input === undefined ? profileOptionNames() : {};
  const profile = checked(PersonProfile, body['profile'], 'person profile', named);
  // A guardian given by code is resolved once the vault is open.
  const guardianRef = profile.role === 'victim' ? profile.guardianPersonId : undefined;
  return { caseRef, body, ...(guardianRef === undefined ? {} : { guardianRef }) };
}

const describePerson = (person: PersonSummary, reference: string): string =>
  `Added ${person.code} (${person.profile.role.replaceAll('_', ' ')}) to ${reference}. Id: ${person.id}`;

export const personCommand: Command = {
  name: 'person',
  synopsis: 'add --case CASE [--input FILE|-] [--role ROLE --sex … --age-band … …]',
  headline: 'person add',
  summary: 'Add a person to a case; the pseudonym code (V-01, W-01, S-01…) is assigned and printed.',
  details: [
    'The person is given either as JSON with --input (what the people.add method takes:',
    '{"profile": {...}, "identity": {...}}, with "caseId" optional when --case is given), or with',
    'options for the profile: --role victim|witness|subject|reporter|guardian|interpreter|support_person,',
    'then the options that apply to the role. Identity fields (names, contacts, date of birth) are',
    'accepted only in --input, never as options: a command line stays in the shell history.',
    'A guardian (--guardian, or profile.guardianPersonId) may be given by code (G-01) or id.',
  ].join('\n'),
  options: {
    case: { ...caseOption, required: 'add' },
    input: inputOption,
    role: {
      type: 'string',
      valueName: 'ROLE',
      required: 'add',
      description: 'victim, witness, subject, reporter, guardian, interpreter or support_person.',
    },
    sex: { type: 'string', valueName: 'SEX', description: 'Victim or witness: female, male or unknown (default).' },
    'age-band': {
      type: 'string',
      valueName: 'BAND',
      description: 'Victim or witness: adult, minor or unknown (default).',
    },
    language: { type: 'string', valueName: 'TAG', description: 'Spoken language as a BCP 47 tag (fr, sg, ar-SD).' },
    guardian: { type: 'string', valueName: 'PERSON', description: "Victim: the guardian's code (G-01) or id." },
    'personnel-category': {
      type: 'string',
      valueName: 'CATEGORY',
      description:
        'Subject: civilian_int, civilian_ns, civilian_unv, military_mc, military_mo, police_unpol, ' +
        'police_fpu, contractor, non_un_force, implementing_partner or unknown.',
    },
    rank: { type: 'string', valueName: 'TEXT', description: 'Subject: military or police rank, or staff grade.' },
    'investigating-entity': {
      type: 'string',
      valueName: 'ENTITY',
      description:
        'Subject: who investigates (oios, tcc_pcc, joint_tcc_oios, mission_siu, un_police, ad_hoc_panel, ' +
        'agency_investigators); default tcc_pcc for military_mc and police_fpu, else oios.',
    },
    nationality: { type: 'string', valueName: 'ISO3', description: 'Subject: ISO 3166-1 alpha-3 country code.' },
    unit: { type: 'string', valueName: 'TEXT', description: 'Subject: unit or contingent.' },
    function: { type: 'string', valueName: 'TEXT', description: 'Subject: function.' },
    'un-personnel': { type: 'boolean', description: 'Reporter: is UN personnel.' },
    relationship: {
      type: 'string',
      valueName: 'KIND',
      description: 'Guardian: parent, relative, legal_guardian, appointed_representative, other.',
    },
    languages: { type: 'string', valueName: 'TAGS', description: 'Interpreter: languages, comma-separated.' },
    vetted: { type: 'boolean', description: 'Interpreter: has been vetted.' },
    'support-kind': {
      type: 'string',
      valueName: 'KIND',
      description: 'Support person: psychosocial_worker, trusted_adult, ngo_representative, other.',
    },
    confidentiality: {
      type: 'string',
      valueName: 'LEVEL',
      description: 'standard, confidential (default) or strictly_confidential.',
    },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 1, names: 'add' },
  async run(context) {
    subcommandOf(context, 'person', ['add'] as const);
    await runUnlocked(
      context,
      () => preparePerson(context),
      async (session, request) => {
        const theCase = await resolveCase(session, request.caseRef);
        const profile = { ...(request.body['profile'] as Record<string, unknown>) };
        if (request.guardianRef !== undefined)
          profile['guardianPersonId'] = await resolvePerson(session, theCase, request.guardianRef);
        const person = await session.call('people.add', { ...request.body, caseId: theCase.id, profile } as never);
        context.out.result(describePerson(person, theCase.reference), person);
      },
    );
  },
};
