import type { Command, OptionSpec } from './command.js';
import { EXIT_CODE_HELP } from './failure.js';
import { GLOBAL_OPTIONS } from './options.js';
import { NEW_PASSPHRASE_ENV, PASSPHRASE_ENV } from './secret-variables.js';
import { cliWords, fillIn } from './words.js';

const column = (rows: ReadonlyArray<readonly [string, string]>): string => {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`).join('\n');
};

/** An option's line in help: its flag, and its description from the catalogue (`described` finds it). */
const optionRows = (
  options: Readonly<Record<string, OptionSpec>>,
  described: (name: string, spec: OptionSpec) => string,
): Array<[string, string]> =>
  Object.entries(options).map(([name, spec]) => {
    const help = cliWords().help;
    const short = spec.short ? `-${spec.short}, ` : '';
    const value = spec.type === 'string' ? ` ${spec.valueName ?? 'VALUE'}` : '';
    const flag = `${short}--${name}${value}`;
    const required =
      spec.required === undefined
        ? ''
        : spec.required === true
          ? `${help.required} `
          : `${help.requiredFor(spec.required)} `;
    return [flag, `${required}${described(name, spec)}`];
  });

const globalOptionRows = (): Array<[string, string]> =>
  optionRows(GLOBAL_OPTIONS, (name) => cliWords().globalOptions[name as keyof typeof GLOBAL_OPTIONS]);

/** A command's option: the shared description it declares (table/shared-options.ts), else its own. */
const commandOptionRows = (command: Command): Array<[string, string]> => {
  const words = cliWords();
  const own: Readonly<Record<string, string>> = words.commands[command.name].options;
  return optionRows(command.options, (name, spec) =>
    spec.shared ? words.sharedOptions[spec.shared] : (own[name] ?? ''),
  );
};

const commandLine = (command: Command): string => `${command.name}${command.synopsis ? ` ${command.synopsis}` : ''}`;

export function generalHelp(commands: readonly Command[]): string {
  const words = cliWords();
  const help = words.help;
  return [
    help.title,
    '',
    help.usage,
    '',
    help.commands,
    column(commands.map((command) => [command.headline, words.commands[command.name].summary])),
    '',
    help.globalOptions,
    column(globalOptionRows()),
    '',
    help.environment,
    column([
      ['CASEFILE_VAULT', help.environmentVariables.vault],
      [PASSPHRASE_ENV, help.environmentVariables.passphrase],
      [NEW_PASSPHRASE_ENV, help.environmentVariables.newPassphrase],
      ['CASEFILE_LANG', help.environmentVariables.language],
      ['CASEFILE_DEBUG=1', help.environmentVariables.debug],
    ]),
    '',
    ...help.secrets,
    '',
    help.exitCodes,
    column(EXIT_CODE_HELP.map(([status, meaning]) => [String(status), words.exitCodes[meaning]])),
    '',
    help.commandHelp,
  ].join('\n');
}

/** A command's help: its page from the catalogue, its `{{lists}}` filled by the command's module. */
export function commandHelp(command: Command, detailValues: Readonly<Record<string, string>>): string {
  const words = cliWords();
  const page = words.commands[command.name];
  const own = commandOptionRows(command);
  return [
    `${words.help.commandUsage} ${commandLine(command)}`,
    '',
    page.summary,
    '',
    page.details.map((line) => fillIn(line, detailValues)).join('\n'),
    ...(own.length > 0 ? ['', words.help.commandOptions, column(own)] : []),
    '',
    words.help.commandGlobalOptions,
    column(globalOptionRows()),
  ].join('\n');
}
