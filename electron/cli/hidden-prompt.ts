import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { CliFailure } from './failure.js';
import { cliWords } from './words.js';

/**
 * Asks for one line on a terminal without echoing it. readline puts the terminal in raw mode and
 * echoes each key to its output, so its output is a sink that drops everything; the prompt and
 * the final newline go to `visible` directly. History is off so the line is not kept.
 */
export function readHiddenLine(
  prompt: string,
  input: NodeJS.ReadableStream,
  visible: { write(text: string): unknown },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const sink = new Writable({
      write(_chunk, _encoding, done) {
        done();
      },
    });
    const rl = createInterface({ input, output: sink, terminal: true, historySize: 0 });
    let settled = false;
    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      visible.write('\n');
      rl.close();
      outcome();
    };
    rl.on('line', (line) => finish(() => resolve(line)));
    const words = cliWords().secrets;
    rl.on('SIGINT', () => finish(() => reject(new CliFailure('CANCELLED', words.cancelled))));
    rl.on('close', () => finish(() => reject(new CliFailure('CANCELLED', words.terminalClosed))));
    visible.write(prompt);
  });
}
