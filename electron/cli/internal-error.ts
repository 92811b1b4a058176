import { cliWords } from './words.js';

/**
 * An unexpected error for a developer (CASEFILE_DEBUG=1): its class and stack frames, never its
 * message, which may quote case data or a secret.
 */
export function describeInternalError(error: unknown, where: string): string {
  const name = error instanceof Error ? error.name : typeof error;
  const frames =
    error instanceof Error && typeof error.stack === 'string'
      ? error.stack
          .split('\n')
          .filter((line) => /^\s+at /.test(line))
          .join('\n')
      : '';
  return `${cliWords().output.internalError(where, name)}${frames ? `\n${frames}` : ''}`;
}
