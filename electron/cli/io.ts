import { readHiddenLine } from './hidden-prompt.js';

export interface TextSink {
  write(text: string): unknown;
}

/** Everything the CLI touches outside itself, so `runCli` runs in-process in tests. */
export interface CliIo {
  stdout: TextSink;
  /** Human messages, prompts and errors (without --json); keeps stdout clean for pipes. */
  stderr: TextSink;
  /** Read by `call --input -`. */
  stdin: NodeJS.ReadableStream;
  env: Readonly<Record<string, string | undefined>>;
  /** stdin is a terminal: the only case where the CLI may prompt for a secret. */
  isTTY: boolean;
  /** Reads one line without echoing it; absent where no terminal can be driven. */
  readHiddenLine?: (prompt: string) => Promise<string>;
  /** The clock records are dated by (`Date.now`; tests give their own, so no run depends on the hour). */
  now: () => number;
}

export function processIo(): CliIo {
  const isTTY = process.stdin.isTTY === true;
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    isTTY,
    now: Date.now,
    ...(isTTY ? { readHiddenLine: (prompt: string) => readHiddenLine(prompt, process.stdin, process.stderr) } : {}),
  };
}
