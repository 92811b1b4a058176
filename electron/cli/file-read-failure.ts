import { FileError, fileFailure } from '../core/kernel/files/io-errors.js';
import { errorMessageText } from '../../shared/contract/index.js';
import { CliFailure } from './failure.js';
import { cliLanguage, cliWords } from './words.js';

/**
 * A failure to read a file named on the command line, worded by the kernel's one mapping from
 * I/O failures to reasons (kernel/files/io-errors.ts): the same disk error gets the same code and
 * words as in the app. `what` names the file as the user typed it ("the notes file notes.txt"),
 * never its content. An error with no system code (a bug) passes through unchanged.
 */
export function fileReadFailure(error: unknown, what: string): unknown {
  const failure = fileFailure(error, 'source');
  if (!(failure instanceof FileError)) return failure;
  const problem = errorMessageText(cliLanguage(), failure.reason, failure.params, failure.details);
  return new CliFailure(failure.code, cliWords().secrets.cannotRead(what, problem), failure.reason);
}
