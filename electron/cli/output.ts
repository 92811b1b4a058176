import type { CliFailure } from './failure.js';
import type { TextSink } from './io.js';

/** Where a command's result and errors go: human text, or JSON on stdout with --json. */
export interface Output {
  readonly json: boolean;
  /** The command's answer: `human` for a person, `value` (as JSON) for a script. */
  result(human: string, value: unknown): void;
  /** A line for the person at the terminal (stderr); silent with --json. */
  note(text: string): void;
  error(failure: CliFailure): void;
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
    error(failure) {
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
      else stderr.write(asLine(`casefile: ${failure.message}`));
    },
  };
}

/** The whole value, pretty-printed: what `call` prints in both modes. */
export const formatJson = (value: unknown): string => JSON.stringify(value, null, 2);
