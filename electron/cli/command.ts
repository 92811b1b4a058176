import type { CliIo } from './io.js';
import type { Output } from './output.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Placeholder shown in help for a string option, e.g. FILE. */
  valueName?: string;
  /** The subcommand that cannot go without it (`create`), or true for the command itself: help marks it. */
  required?: string | true;
  description: string;
}

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
  name: string;
  /** Arguments and options after the name, for the usage line, e.g. `METHOD [--input FILE|-]`. */
  synopsis: string;
  /** The name and what it cannot go without, for the command list, e.g. `call METHOD`. */
  headline: string;
  summary: string;
  options: Readonly<Record<string, OptionSpec>>;
  /** How many positional arguments the command takes; more or fewer is a usage error. */
  args: { min: number; max: number; names: string };
  /** Imports the command's module (and with it what it needs: the database, the document engine). */
  load(): Promise<CommandImplementation>;
}

/** What a command's module in commands/ holds: its help page and what it does. */
export interface CommandImplementation {
  /** Paragraphs shown by `casefile <command> --help`. */
  details: string;
  /** An exit status for an outcome that is not an error but scripts must tell apart (see EXIT); none means EXIT.ok. */
  run(context: CommandContext): Promise<void | number>;
}
