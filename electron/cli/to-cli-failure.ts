import { CasefileError, isErrorCode } from '../../shared/contract/index.js';
import { CliFailure } from './failure.js';
import { failureOfApiError } from './session.js';
import { cliWords } from './words.js';

// Apart from failure.ts because it needs the contract's error class: run.ts imports it only when
// something other than a CliFailure was thrown, i.e. once a command's module (and the contract) is loaded.

/**
 * Anything thrown while a command ran, as the error to show. An unexpected error is reduced to a
 * fixed sentence: its message may quote data from the vault.
 */
export function toCliFailure(error: unknown): CliFailure {
  if (error instanceof CliFailure) return error;
  if (error instanceof CasefileError && isErrorCode(error.code)) return failureOfApiError(error.toApiError());
  return new CliFailure('INTERNAL', cliWords().output.unexpected);
}
