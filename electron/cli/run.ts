import { resolve } from 'node:path';
import type { Command, CommandContext } from './command.js';
import { CliFailure, EXIT, exitCodeOf, usage } from './failure.js';
import { describeInternalError } from './internal-error.js';
import type { CliIo } from './io.js';
import { parseCommandLine } from './options.js';
import { createOutput } from './output.js';
import { didYouMean } from './suggest.js';
import { COMMANDS } from './table/index.js';
import { commandHelp, generalHelp } from './usage.js';
import { CASEFILE_VERSION, versionLine } from './version.js';
import { chooseCliLanguage, cliWords, loadCliWords, speaking, unknownLanguageRefusal } from './words.js';

/** --json is honoured even when the rest of the line does not parse. */
function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}

function checkArgumentCount(command: Command, args: readonly string[]): void {
  const { min, max, names } = command.args;
  if (args.length >= min && args.length <= max) return;
  const words = cliWords().commandLine;
  const expected = max === 0 ? words.noArguments : names;
  // The extra argument itself is not echoed: it might be a passphrase typed in the wrong place.
  throw usage(
    words.argumentCount(command.name, expected, args.length, `${command.name} ${command.synopsis}`.trimEnd()),
  );
}

/**
 * Runs one command line and returns the exit status, in the language --lang or the environment
 * chooses (words.ts). Everything outside the process comes through `io`, so tests run it in-process.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const language = chooseCliLanguage(argv, io.env);
  if (language === 'unknown') {
    const refusal = await unknownLanguageRefusal();
    const out = createOutput(io.stdout, io.stderr, wantsJson(argv));
    out.error(new CliFailure('USAGE', refusal.message), refusal.lines);
    return EXIT.usage;
  }
  const words = await loadCliWords(language);
  return speaking(language, words, () => runCommandLine(argv, io));
}

async function runCommandLine(argv: readonly string[], io: CliIo): Promise<number> {
  const words = cliWords();
  const out = createOutput(io.stdout, io.stderr, wantsJson(argv));
  try {
    const line = parseCommandLine(argv, COMMANDS);
    if (line.options['version'] === true) {
      out.result(versionLine(), { version: CASEFILE_VERSION, node: process.versions.node });
      return EXIT.ok;
    }
    if (line.options['help'] === true) {
      const help = line.command
        ? commandHelp(line.command, (await line.command.load()).detailValues?.() ?? {})
        : generalHelp(COMMANDS);
      io.stdout.write(`${help}\n`);
      return EXIT.ok;
    }
    if (line.commandName === undefined) {
      if (out.json) throw usage(words.commandLine.noCommand);
      io.stderr.write(`${generalHelp(COMMANDS)}\n`);
      return EXIT.usage;
    }
    const command = line.command;
    if (!command) {
      const names = COMMANDS.map((candidate) => candidate.name);
      // What was typed is not repeated (a passphrase typed in the command's place); close names are our own.
      throw usage(words.commandLine.unknownCommand(didYouMean(line.commandName, names)));
    }
    checkArgumentCount(command, line.args);
    const context: CommandContext = {
      io,
      out,
      options: line.options,
      args: line.args,
      vaultDir() {
        const given = line.options['vault'];
        const dir = typeof given === 'string' ? given : io.env['CASEFILE_VAULT'];
        if (!dir) throw usage(words.commandLine.noVaultFolder);
        return resolve(dir);
      },
    };
    const implementation = await command.load();
    const status = await implementation.run(context);
    return status ?? EXIT.ok;
  } catch (error) {
    // Anything but a CliFailure comes from a command's module, once the contract is loaded anyway.
    const failure = error instanceof CliFailure ? error : (await import('./to-cli-failure.js')).toCliFailure(error);
    if (failure.code === 'INTERNAL' && !(error instanceof CliFailure) && io.env['CASEFILE_DEBUG']) {
      io.stderr.write(`${describeInternalError(error, 'casefile')}\n`);
    }
    out.error(failure);
    return exitCodeOf(failure.code);
  }
}
