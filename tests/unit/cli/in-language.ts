import { speaking } from '../../../electron/cli/words.js';
import { cliWords as english } from '../../../shared/i18n/en/cli.js';

/** Runs a piece of the CLI outside runCli (a parser, a prompt) as a command line in English runs it. */
export const inEnglish = <T>(work: () => T): T => speaking('en', english, work);
