import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { readHiddenLine } from '../../../electron/cli/hidden-prompt.js';
import { inEnglish } from './in-language.js';

/** A stream that passes for a terminal: readline puts it in raw mode and reads keypresses from it. */
function fakeTerminal() {
  const input = new PassThrough() as PassThrough & { isTTY: boolean; setRawMode: (mode: boolean) => unknown };
  input.isTTY = true;
  const rawModes: boolean[] = [];
  input.setRawMode = vi.fn((mode: boolean) => {
    rawModes.push(mode);
    return input;
  });
  let shown = '';
  return { input, rawModes, visible: { write: (text: string) => (shown += text) }, shown: () => shown };
}

describe('readHiddenLine', () => {
  it('returns the typed line without echoing it, and restores the terminal', async () => {
    const terminal = fakeTerminal();
    const answer = inEnglish(() => readHiddenLine('Passphrase: ', terminal.input, terminal.visible));
    terminal.input.write('velvet ostrich\r');
    await expect(answer).resolves.toBe('velvet ostrich');
    expect(terminal.shown()).toBe('Passphrase: \n');
    expect(terminal.rawModes).toEqual([true, false]);
  });

  it('is cancelled by Ctrl-C', async () => {
    const terminal = fakeTerminal();
    const answer = inEnglish(() => readHiddenLine('Passphrase: ', terminal.input, terminal.visible));
    terminal.input.write('half typed\u0003');
    await expect(answer).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(terminal.shown()).not.toContain('half');
  });

  it('is cancelled when the terminal closes before Enter', async () => {
    const terminal = fakeTerminal();
    const answer = inEnglish(() => readHiddenLine('Passphrase: ', terminal.input, terminal.visible));
    terminal.input.end();
    await expect(answer).rejects.toMatchObject({ code: 'CANCELLED' });
  });
});
