import type { CliWords } from '../../shared/i18n/en/cli.js';
import type { CliIo } from './io.js';
import type { Output } from './output.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Placeholder shown in help for a string option, e.g. FILE. */
  valueName?: string;
  /** The subcommands that cannot go without it (`create`, `add, edit, show`), or true for the command itself. */
  required?: string | true;
  /** An option several commands share (table/shared-options.ts): its words are the catalogue's sharedOptions. */
  shared?: keyof CliWords['sharedOptions'];
}

/** A subcommand's name: its words (summary, options, help page) are the catalogue's `commands` entry of that name. */
export type CommandName = keyof CliWords['commands'];

export type OptionValues = Readonly<Record<string, string | boolean | undefined>>;

export interface CommandContext {
  io: CliIo;
  out: Output;
  /** Global and command options, as given. */
  options: OptionValues;
  /** Positional arguments after the command's name. */
  args: readonly string[];
  /** The vault folder from --vault or CASEFILE_VAULT, made absolute; a usage error if neither is set. */
  vaultDir(): string;
}

/**
 * One subcommand as the table in table/index.ts lists it: enough for help, parsing and checking
 * the arguments, and the way to its implementation, which is loaded only when it runs.
 */
export interface Command {
  name: CommandName;
  /** Arguments and options after the name, for the usage line, e.g. `METHOD [--input FILE|-]`. */
  synopsis: string;
  /** The name and what it cannot go without, for the command list, e.g. `call METHOD`. */
  headline: string;
  options: Readonly<Record<string, OptionSpec>>;
  /** How many positional arguments the command takes; more or fewer is a usage error. */
  args: { min: number; max: number; names: string };
  /** Imports the command's module (and with it what it needs: the database, the document engine). */
  load(): Promise<CommandImplementation>;
}

/** What a command's module in commands/ holds: what it does (its help page is in the CLI catalogue). */
export interface CommandImplementation {
  /** The lists of accepted values its help page names (`{{statuses}}`), from the domain's own lists. */
  detailValues?: () => Readonly<Record<string, string>>;
  /** An exit status for an outcome that is not an error but scripts must tell apart (see EXIT); none means EXIT.ok. */
  run(context: CommandContext): Promise<void | number>;
}
