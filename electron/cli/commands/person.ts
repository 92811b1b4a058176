import { PersonProfile, type PersonSummary } from '../../../shared/contract/people.js';
import { PERSON_ROLES, type PersonRole } from '../../../shared/domain/person.js';
import {
  checked,
  oneOf,
  readInputObject,
  resolveCase,
  resolvePerson,
  runUnlocked,
  stringOption,
  subcommandOf,
} from '../case-file-options.js';
import type { CommandContext, CommandImplementation } from '../command.js';
import { personCommand } from '../table/person.js';
import { usage } from '../failure.js';
import type { VaultSession } from '../session.js';
import { missionClock } from '../mission-time.js';
import { personLines, personShown } from './person-show.js';
import { cliLanguage, cliList, cliWords } from '../words.js';
import { labelText } from '../../../shared/i18n/labels.js';

const roleWord = (role: PersonRole): string => labelText(cliLanguage(), 'personRole', role);

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
  subjects: { field: 'allegedSubjectIds', roles: ['victim'], kind: 'list' },
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
  if (role === undefined) throw usage(cliWords().person.giveRole);
  if (!(PERSON_ROLES as readonly string[]).includes(role))
    throw usage(cliWords().person.roleIsOneOf(cliList(PERSON_ROLES)));
  return withProfileOptions(context, { role, ...PROFILE_DEFAULTS[role as PersonRole] });
}

/**
 * `profile` with what the options set laid over it (a new person's defaults, or the profile recorded).
 * A list given as `none` leaves its field out: `--subjects none` removes a victim's link to the subjects.
 */
function withProfileOptions(context: CommandContext, base: Record<string, unknown>): Record<string, unknown> {
  const role = base['role'] as PersonRole;
  const profile: Record<string, unknown> = { ...base };
  const vetting = role === 'interpreter' ? (base['vetting'] as { vetted?: boolean } | undefined) : undefined;
  if (role === 'interpreter') profile['vetted'] = vetting?.vetted === true;
  for (const [name, flag] of Object.entries(PROFILE_FLAGS)) {
    const value = context.options[name];
    if (value === undefined) continue;
    if (!flag.roles.includes(role)) throw usage(cliWords().person.doesNotApply(name, roleWord(role)));
    if (flag.kind === 'list') {
      const list = String(value)
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean);
      if (list.length !== 1 || list[0]?.toLowerCase() !== 'none') profile[flag.field] = list;
      else delete profile[flag.field];
      continue;
    }
    profile[flag.field] = flag.kind === 'upper' ? String(value).toUpperCase() : value;
  }
  const confidentiality = stringOption(context, 'confidentiality');
  if (confidentiality !== undefined) profile['confidentiality'] = confidentiality;
  if (role === 'interpreter') {
    profile['vetting'] = { ...vetting, vetted: profile['vetted'] === true };
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
}

/**
 * The people a victim's profile names, given by code (G-01, S-02) or id, as the ids the core takes;
 * resolved once the vault is open.
 */
async function withPeopleResolved(
  session: VaultSession,
  theCase: { id: string; reference: string },
  given: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const profile = { ...given };
  if (profile['role'] !== 'victim') return profile;
  if (typeof profile['guardianPersonId'] === 'string')
    profile['guardianPersonId'] = await resolvePerson(session, theCase, profile['guardianPersonId']);
  if (Array.isArray(profile['allegedSubjectIds'])) {
    const ids: string[] = [];
    for (const ref of profile['allegedSubjectIds'] as string[]) ids.push(await resolvePerson(session, theCase, ref));
    profile['allegedSubjectIds'] = ids;
  }
  return profile;
}

async function preparePerson(context: CommandContext): Promise<PersonRequest> {
  const input = await readInputObject(context);
  const flags = profileFlagNames(context);
  if (input !== undefined && flags.length > 0) {
    throw usage(cliWords().person.notBoth('person', flags[0] ?? ''));
  }
  const caseRef = oneOf(input?.['caseId'], stringOption(context, 'case'), cliWords().person.theCase);
  if (caseRef === undefined) throw usage(cliWords().person.nameCase);
  const { caseId: _caseId, ...body } = input ?? { profile: profileFromOptions(context) };
  const named = input === undefined ? profileOptionNames() : {};
  checked(PersonProfile, body['profile'], cliWords().person.what, named);
  return { caseRef, body };
}

const describePerson = (person: PersonSummary, reference: string): string =>
  cliWords().person.added(person.code, roleWord(person.profile.role), reference, person.id);

/** The person the argument names in the case (code or id), with everyone else of the case to name links by code. */
async function personInCase(session: VaultSession, theCase: { id: string; reference: string }, ref: string) {
  const id = await resolvePerson(session, theCase, ref);
  const { items } = await session.call('people.list', { caseId: theCase.id });
  return { person: items.find((item) => item.id === id) as PersonSummary, people: items };
}

/** edit: the profile replaced from --input, or the options laid over the profile recorded (the role stays). */
async function editPerson(context: CommandContext, ref: string): Promise<void> {
  await runUnlocked(
    context,
    async () => {
      const input = await readInputObject(context);
      const flags = profileFlagNames(context);
      if (input !== undefined && flags.length > 0) {
        throw usage(cliWords().person.notBoth('profile', flags[0] ?? ''));
      }
      if (input === undefined && flags.length === 0) throw usage(cliWords().person.sayWhatChanges);
      if (input !== undefined) checked(PersonProfile, input['profile'], cliWords().person.what);
      const caseRef = stringOption(context, 'case');
      if (caseRef === undefined) throw usage(cliWords().person.nameCase);
      return { caseRef, input };
    },
    async (session, { caseRef, input }) => {
      const theCase = await resolveCase(session, caseRef);
      const { person } = await personInCase(session, theCase, ref);
      const role = stringOption(context, 'role');
      if (role !== undefined && role !== person.profile.role) {
        throw usage(cliWords().person.roleNeverChanges(person.code, roleWord(person.profile.role)));
      }
      const given =
        input !== undefined
          ? (input['profile'] as Record<string, unknown>)
          : withProfileOptions(context, person.profile as Record<string, unknown>);
      const profile = await withPeopleResolved(session, theCase, given);
      const updated = await session.call('people.update', { personId: person.id, profile } as never);
      context.out.result(cliWords().person.updated(updated.code, theCase.reference), updated);
    },
  );
}

/** show: the person's profile by pseudonym codes, and which identity fields are recorded (never their values). */
async function showPerson(context: CommandContext, ref: string): Promise<void> {
  await runUnlocked(
    context,
    async () => {
      const caseRef = stringOption(context, 'case');
      if (caseRef === undefined) throw usage(cliWords().person.nameCase);
      return caseRef;
    },
    async (session, caseRef) => {
      const theCase = await resolveCase(session, caseRef);
      const { person, people } = await personInCase(session, theCase, ref);
      const shown = personShown(person, people);
      context.out.result(personLines(shown, theCase.reference, await missionClock(session)).join('\n'), shown);
    },
  );
}

export const personImplementation: CommandImplementation = {
  async run(context) {
    const subcommand = subcommandOf(context, 'person', ['add', 'edit', 'show'] as const);
    if (subcommand !== 'add') {
      const ref = context.args[1];
      if (ref === undefined) throw usage(cliWords().person.namePerson(subcommand));
      await (subcommand === 'edit' ? editPerson(context, ref) : showPerson(context, ref));
      return;
    }
    if (context.args.length > 1) throw usage(cliWords().person.addTakesNoPerson);
    await runUnlocked(
      context,
      () => preparePerson(context),
      async (session, request) => {
        const theCase = await resolveCase(session, request.caseRef);
        const profile = await withPeopleResolved(session, theCase, request.body['profile'] as Record<string, unknown>);
        const person = await session.call('people.add', { ...request.body, caseId: theCase.id, profile } as never);
        context.out.result(describePerson(person, theCase.reference), person);
      },
    );
  },
};
