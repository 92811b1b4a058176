import { parseArgs } from 'node:util';
import type { Command, OptionSpec, OptionValues } from './command.js';
import { usage } from './failure.js';
import { didYouMean } from './suggest.js';
import { cliWords } from './words.js';

/** Options every command accepts, before or after its name. */
export const GLOBAL_OPTIONS = {
  vault: { type: 'string', valueName: 'DIR' },
  'passphrase-file': { type: 'string', valueName: 'FILE' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  /** Read before the parse (words.ts chooses the language); declared here for help and for the parser. */
  'ui-lang': { type: 'string', valueName: 'LANG' },
} as const satisfies Readonly<Record<string, OptionSpec>>;

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
  const words = cliWords().commandLine;

  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = Object.prototype.hasOwnProperty.call(allowed, token.name) ? allowed[token.name] : undefined;
    const shown = token.rawName.startsWith('--') ? token.rawName : `-${token.name}`;
    if (!spec) {
      if (helpAsked) continue;
      const known = Object.keys(allowed).map(flag);
      // Never the option as typed: a passphrase typed where an option goes would be printed back.
      throw usage(words.unknownOption(command?.name, didYouMean(`--${token.name}`, known)));
    }
    if (spec.type === 'boolean' && token.value !== undefined) {
      throw usage(words.takesNoValue(shown));
    }
    if (spec.type === 'string') {
      const placeholder = spec.valueName ?? 'VALUE';
      if (token.value === undefined || token.value === '') {
        throw usage(words.needsValue(shown, placeholder));
      }
      if (!token.inlineValue && token.value.length > 1 && token.value.startsWith('-')) {
        throw usage(words.valueLooksLikeOption(shown, placeholder));
      }
    }
  }
  const multiple = tokens.filter((token) => token.kind === 'option' && allowed[token.name]?.type === 'string');
  const names = multiple.map((token) => (token.kind === 'option' ? token.name : ''));
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated) throw usage(words.givenTwice(repeated));

  return {
    ...(commandName === undefined ? {} : { commandName }),
    ...(command ? { command } : {}),
    options: values as OptionValues,
    args,
  };
}
