import { parseArgs } from 'node:util';
import type { Command, OptionSpec, OptionValues } from './command.js';
import { usage } from './failure.js';
import { didYouMean } from './suggest.js';

/** Options every command accepts, before or after its name. */
export const GLOBAL_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  vault: { type: 'string', valueName: 'DIR', description: 'The vault folder (default: $CASEFILE_VAULT).' },
  'passphrase-file': {
    type: 'string',
    valueName: 'FILE',
    description: 'Read the passphrase from FILE (one trailing newline is ignored).',
  },
  json: { type: 'boolean', description: 'Machine output: JSON on stdout, errors as {"error":{"code","message"}}.' },
  help: { type: 'boolean', short: 'h', description: "Show this help, or a command's help after its name." },
  version: { type: 'boolean', description: 'Print the version of casefile and exit.' },
};

export interface CommandLine {
  /** The first positional argument, if any. */
  commandName?: string;
  command?: Command;
  options: OptionValues;
  args: string[];
}

const flag = (name: string): string => `--${name}`;

function optionTable(commands: readonly Command[]): Record<string, OptionSpec> {
  const table: Record<string, OptionSpec> = { ...GLOBAL_OPTIONS };
  for (const command of commands) {
    for (const [name, spec] of Object.entries(command.options)) {
      const seen = table[name];
      // One name, one meaning: otherwise the first pass below would consume values wrongly.
      if (seen && (seen.type !== spec.type || seen.short !== spec.short)) {
        throw new Error(`option --${name} is declared differently by two commands`);
      }
      table[name] = spec;
    }
  }
  return table;
}

/**
 * Reads argv in one pass with every known option (so values are consumed the same way wherever
 * they appear), then checks each option against the chosen command. Errors name options, never
 * echo values: a mistyped flag may be followed by a passphrase.
 */
export function parseCommandLine(argv: readonly string[], commands: readonly Command[]): CommandLine {
  const table = optionTable(commands);
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options: Object.fromEntries(
      Object.entries(table).map(([name, spec]) => [
        name,
        spec.short ? { type: spec.type, short: spec.short } : { type: spec.type },
      ]),
    ),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const [commandName, ...args] = positionals;
  const command = commands.find((candidate) => candidate.name === commandName);
  const allowed: Record<string, OptionSpec> = { ...GLOBAL_OPTIONS, ...(command?.options ?? {}) };
  const helpAsked = values['help'] === true;

  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = Object.prototype.hasOwnProperty.call(allowed, token.name) ? allowed[token.name] : undefined;
    const shown = token.rawName.startsWith('--') ? token.rawName : `-${token.name}`;
    if (!spec) {
      if (helpAsked) continue;
      const where = command ? ` for \`casefile ${command.name}\`` : '';
      const known = Object.keys(allowed).map(flag);
      throw usage(
        `Unknown option ${shown.slice(0, 60)}${where}.${didYouMean(`--${token.name}`, known)} See casefile --help.`,
      );
    }
    if (spec.type === 'boolean' && token.value !== undefined) {
      throw usage(`Option ${shown} takes no value.`);
    }
    if (spec.type === 'string') {
      const placeholder = spec.valueName ?? 'VALUE';
      if (token.value === undefined || token.value === '') {
        throw usage(`Option ${shown} needs a value: ${shown} ${placeholder}.`);
      }
      if (!token.inlineValue && token.value.length > 1 && token.value.startsWith('-')) {
        throw usage(
          `Option ${shown} needs a value, but the next argument is an option. Write ` +
            `${shown}=${placeholder} if the value starts with '-'.`,
        );
      }
    }
  }
  const multiple = tokens.filter((token) => token.kind === 'option' && allowed[token.name]?.type === 'string');
  const names = multiple.map((token) => (token.kind === 'option' ? token.name : ''));
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated) throw usage(`Option --${repeated} is given more than once.`);

  return {
    ...(commandName === undefined ? {} : { commandName }),
    ...(command ? { command } : {}),
    options: values as OptionValues,
    args,
  };
}
