import type { CliFailure } from './failure.js';
import type { TextSink } from './io.js';
import { cliWords } from './words.js';

/** Where a command's result and errors go: human text, or JSON on stdout with --json. */
export interface Output {
  readonly json: boolean;
  /** The command's answer: `human` for a person, `value` (as JSON) for a script. */
  result(human: string, value: unknown): void;
  /** A line for the person at the terminal (stderr); silent with --json. */
  note(text: string): void;
  /**
   * A failure: `{ error }` on stdout with --json, else its message on stderr after the program's name, as the
   * command line's language writes it (`casefile: `, French `casefile : `). `lines` is the text already worded
   * for stderr, when the failure is told in more than one language (a language the CLI does not speak).
   */
  error(failure: CliFailure, lines?: string): void;
}

const asJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
const asLine = (text: string): string => (text.endsWith('\n') ? text : `${text}\n`);

export function createOutput(stdout: TextSink, stderr: TextSink, json: boolean): Output {
  return {
    json,
    result(human, value) {
      stdout.write(json ? asJson(value) : asLine(human));
    },
    note(text) {
      if (!json) stderr.write(asLine(text));
    },
    error(failure, lines) {
      if (json)
        stdout.write(
          asJson({
            error: {
              code: failure.code,
              ...(failure.reason ? { reason: failure.reason } : {}),
              message: failure.message,
            },
          }),
        );
      else stderr.write(asLine(lines ?? cliWords().output.failure(failure.message)));
    },
  };
}

/** The whole value, pretty-printed: what `call` prints in both modes. */
export const formatJson = (value: unknown): string => JSON.stringify(value, null, 2);
