import { open } from 'node:fs/promises';
import { CliFailure, usage } from './failure.js';
import type { CliIo } from './io.js';
import { locateJsonSyntaxError } from './json-syntax.js';
import { cliWords } from './words.js';

/** Method inputs are small records; a bigger input is a mistake (or an attack on memory). */
const INPUT_LIMIT_BYTES = 16 * 1024 * 1024;

async function readFileBounded(path: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const words = cliWords().input;
    throw usage(words.cannotReadFile(path, code === 'ENOENT' ? words.noSuchFile : (code ?? words.unreadable)));
  }
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > INPUT_LIMIT_BYTES) throw tooLarge(path);
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks);
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    const words = cliWords().input;
    throw usage(words.cannotReadFile(path, (error as NodeJS.ErrnoException).code ?? words.unreadable));
  } finally {
    await handle.close();
  }
}

async function readStdinBounded(stdin: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    total += bytes.length;
    if (total > INPUT_LIMIT_BYTES) throw tooLarge(cliWords().input.stdin);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

const tooLarge = (where: string): CliFailure =>
  new CliFailure('VALIDATION', cliWords().input.tooLarge(where, INPUT_LIMIT_BYTES / 1024 / 1024));

/**
 * Parses a method's JSON input. A syntax error is reported by position only: JSON.parse's own
 * message quotes the text around the error, and the input may hold a passphrase.
 */
export function parseJsonInput(text: string, where: string): unknown {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const words = cliWords();
  if (body.trim() === '') throw new CliFailure('VALIDATION', words.input.empty(where));
  try {
    return JSON.parse(body);
  } catch {
    const problem = locateJsonSyntaxError(body);
    const position = problem
      ? words.input.syntaxAt(words.jsonSyntax[problem.reason], problem.line, problem.column, problem.offset)
      : words.input.unparsable;
    throw new CliFailure('VALIDATION', words.input.notJson(where, position));
  }
}

/** `--input FILE`, `--input -` (stdin) or nothing (`{}`). */
export async function readJsonInput(io: CliIo, spec: string | undefined): Promise<unknown> {
  if (spec === undefined) return {};
  const where = spec === '-' ? cliWords().input.stdin : spec;
  const bytes = spec === '-' ? await readStdinBounded(io.stdin) : await readFileBounded(spec);
  try {
    return parseJsonInput(new TextDecoder('utf-8', { fatal: true }).decode(bytes), where);
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    throw new CliFailure('VALIDATION', cliWords().input.notUtf8(where));
  }
}
