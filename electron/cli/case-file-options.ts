import type { z } from 'zod';
import { PseudonymCode } from '../../shared/domain/person.js';
import type { CommandContext } from './command.js';
import { CliFailure, usage } from './failure.js';
import { describeRefusedInput } from './input-problems.js';
import { readJsonInput } from './json-input.js';
import { withVault, type VaultSession } from './session.js';
import { readUnlockSecret, requireExistingVault, unlockVault } from './vault-access.js';
import type { FilePorts } from '../core/kernel/files/file-ports.js';
import { cliList, cliWords } from './words.js';

// What the commands that work inside a case file (case, person, consent, interview, check, verify)
// share: their common options, reading --input, unlocking once, and finding a case or person by reference.

export function stringOption(context: CommandContext, name: string): string | undefined {
  const value = context.options[name];
  return typeof value === 'string' ? value : undefined;
}

/** The subcommand (first positional argument), one of `names`. */
export function subcommandOf<N extends string>(context: CommandContext, command: string, names: readonly N[]): N {
  const name = context.args[0] ?? '';
  if (!(names as readonly string[]).includes(name)) {
    throw usage(cliWords().commandLine.subcommands(command, cliList(names)));
  }
  return name as N;
}

/**
 * An instant from the command line: any ISO-8601 date-time with its zone (`2026-03-02T10:30Z`,
 * `2026-03-02T10:30+01:00`), stored as UTC. A time without a zone is refused, not guessed.
 */
export function instantOption(context: CommandContext, name: string): string | undefined {
  const value = stringOption(context, name);
  if (value === undefined) return undefined;
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)
    ? Date.parse(value)
    : NaN;
  if (!Number.isFinite(ms)) throw usage(cliWords().input.instant(name));
  return new Date(ms).toISOString();
}

/** --input's JSON, which must be an object. */
export async function readInputObject(context: CommandContext): Promise<Record<string, unknown> | undefined> {
  const spec = stringOption(context, 'input');
  if (spec === undefined) return undefined;
  const value = await readJsonInput(context.io, spec);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliFailure('VALIDATION', cliWords().input.notObject);
  }
  return value as Record<string, unknown>;
}

/**
 * Runs `work` on the unlocked vault: the secret is read first (with `--input -` on a terminal,
 * stdin is used up once the input is read), then `prepare` reads and checks the input, so bad
 * input is refused before a key derivation is spent on the unlock.
 */
export async function runUnlocked<T>(
  context: CommandContext,
  prepare: () => Promise<T>,
  work: (session: VaultSession, prepared: T) => Promise<void>,
  filePorts?: FilePorts,
): Promise<void> {
  const dir = context.vaultDir();
  requireExistingVault(dir);
  await withVault(
    dir,
    context.io,
    async (session) => {
      const secret = await readUnlockSecret(context);
      const prepared = await prepare();
      await unlockVault(session, secret, context.io);
      await work(session, prepared);
    },
    filePorts,
  );
}

export async function resolveCase(session: VaultSession, caseRef: string): Promise<{ id: string; reference: string }> {
  const record = await session.call('cases.get', { caseId: caseRef });
  return { id: record.id, reference: record.reference };
}

/**
 * Runs `work` in the case --case names (id or reference), once the vault is unlocked. A missing
 * --case is a usage error, given before the passphrase is asked for.
 */
export async function runInCase(
  context: CommandContext,
  work: (session: VaultSession, theCase: { id: string; reference: string }) => Promise<void>,
): Promise<void> {
  const caseRef = stringOption(context, 'case');
  if (caseRef === undefined) throw usage(cliWords().input.giveCase);
  await runUnlocked(
    context,
    async () => undefined,
    async (session) => work(session, await resolveCase(session, caseRef)),
  );
}

const isCode = (value: string): boolean => PseudonymCode.safeParse(value).success;

/** A person of the case given by pseudonym code (`V-01`) or id; NOT_FOUND when not in that case. */
export async function resolvePerson(
  session: VaultSession,
  theCase: { id: string; reference: string },
  ref: string,
): Promise<string> {
  const { items } = await session.call('people.list', { caseId: theCase.id });
  const person = items.find((item) => (isCode(ref) ? item.code === ref : item.id === ref));
  if (!person)
    throw new CliFailure('NOT_FOUND', cliWords().input.noSuchPerson(isCode(ref) ? ref : undefined, theCase.reference));
  return person.id;
}

/** A value given both in --input and by an option must agree; either alone is fine. */
export function oneOf(fromInput: unknown, fromOption: string | undefined, what: string): string | undefined {
  if (fromInput !== undefined && typeof fromInput !== 'string')
    throw new CliFailure('VALIDATION', cliWords().input.notString(what));
  if (fromInput !== undefined && fromOption !== undefined && fromInput !== fromOption) {
    throw usage(cliWords().input.givenTwice(what));
  }
  return fromInput ?? fromOption;
}

const valueAt = (value: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (at, key) => (typeof at === 'object' && at !== null ? (at as Record<PropertyKey, unknown>)[key] : undefined),
    value,
  );

/**
 * Checks input against a contract schema before the unlock; the router checks it again.
 * `options` names the option that sets a field (`{ dateReceived: '--received DATE' }`): a problem
 * with that field is told as the option the person types, and a missing one as a missing option.
 */
export function checked<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
  options: Readonly<Record<string, string>> = {},
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const optionAt = (path: readonly PropertyKey[]) => options[path.map(String).join('.')];
  const missing = [
    ...new Set(
      parsed.error.issues
        .map((issue) => optionAt(issue.path))
        .filter(
          (option, index) => option !== undefined && valueAt(value, parsed.error.issues[index]!.path) === undefined,
        ),
    ),
  ] as string[];
  if (missing.length > 0) throw usage(cliWords().input.needs(what, missing));
  const nameOf = (path: readonly PropertyKey[]) => optionAt(path)?.split(' ')[0];
  throw new CliFailure('VALIDATION', cliWords().input.invalid(what, describeRefusedInput(parsed.error, value, nameOf)));
}
