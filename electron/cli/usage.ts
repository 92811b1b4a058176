import type { Command, OptionSpec } from './command.js';
import { EXIT_CODE_HELP } from './failure.js';
import { GLOBAL_OPTIONS } from './options.js';
import { NEW_PASSPHRASE_ENV, PASSPHRASE_ENV } from './secret-variables.js';

const column = (rows: ReadonlyArray<readonly [string, string]>): string => {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`).join('\n');
};

const optionRows = (options: Readonly<Record<string, OptionSpec>>): Array<[string, string]> =>
  Object.entries(options).map(([name, spec]) => {
    const short = spec.short ? `-${spec.short}, ` : '';
    const value = spec.type === 'string' ? ` ${spec.valueName ?? 'VALUE'}` : '';
    const flag = `${short}--${name}${value}`;
    const required =
      spec.required === undefined ? '' : spec.required === true ? '[required] ' : `[required for ${spec.required}] `;
    return [flag, `${required}${spec.description}`];
  });

const commandLine = (command: Command): string => `${command.name}${command.synopsis ? ` ${command.synopsis}` : ''}`;

export function generalHelp(commands: readonly Command[]): string {
  return [
    'casefile - the Casefile encrypted case file, from the command line',
    '',
    'Usage: casefile [--vault DIR] [--json] <command> [options]',
    '',
    'Commands:',
    column(commands.map((command) => [command.headline, command.summary])),
    '',
    'Global options (before or after the command):',
    column(optionRows(GLOBAL_OPTIONS)),
    '',
    'Environment:',
    column([
      ['CASEFILE_VAULT', 'the vault folder, when --vault is not given'],
      [PASSPHRASE_ENV, 'the passphrase, when --passphrase-file is not given'],
      [NEW_PASSPHRASE_ENV, 'the new passphrase for passwd, when --new-passphrase-file is not given'],
      ['CASEFILE_DEBUG=1', 'print where an internal error happened (never its message)'],
    ]),
    '',
    'A secret is read from its file option, else its environment variable, else a hidden prompt',
    'when stdin is a terminal. Secrets are never printed; the recovery key is shown once, by init.',
    '',
    'Exit codes:',
    column(EXIT_CODE_HELP.map(([status, meaning]) => [String(status), meaning])),
    '',
    "Run 'casefile <command> --help' for a command's options.",
  ].join('\n');
}

/** A command's help: its page (`details`) comes from its own module, loaded for it. */
export function commandHelp(command: Command, details: string): string {
  const own = optionRows(command.options);
  return [
    `Usage: casefile [--vault DIR] [--json] ${commandLine(command)}`,
    '',
    command.summary,
    '',
    details,
    ...(own.length > 0 ? ['', 'Options:', column(own)] : []),
    '',
    'Global options:',
    column(optionRows(GLOBAL_OPTIONS)),
  ].join('\n');
}
