import { open } from 'node:fs/promises';
import { assessPassphrase, describePassphraseProblems } from '../../shared/passphrase.js';
import { CliFailure, usage } from './failure.js';
import { fileReadFailure } from './file-read-failure.js';
import type { CliIo } from './io.js';
import { cliWords } from './words.js';

/** Larger than any passphrase (1024 characters) or recovery key can be in UTF-8. */
const SECRET_FILE_LIMIT = 8 * 1024;
const PROMPT_ATTEMPTS = 3;

export interface SecretSource {
  /** What the secret is, in messages (the catalogue's words for it): "passphrase", "new passphrase". */
  label: string;
  /** The --…-file option that can give it, e.g. `--passphrase-file`. */
  fileFlag: string;
  /** That option's value, when given. */
  filePath?: string;
  envName?: string;
}

/**
 * Reads a secret file: one trailing newline (LF or CRLF) is dropped, nothing else is trimmed.
 * Pipes work too (`--passphrase-file <(pass show casefile)`), so the size is bounded while reading.
 */
export async function readSecretFile(path: string, label: string): Promise<string> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw fileReadFailure(error, cliWords().secrets.fileNamed(label, path));
  }
  const buffer = Buffer.alloc(SECRET_FILE_LIMIT + 1);
  try {
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > SECRET_FILE_LIMIT) throw usage(cliWords().secrets.fileTooLarge(label, path));
    }
    const text = buffer.toString('utf8', 0, length).replace(/\r?\n$/, '');
    if (text.length === 0) throw usage(cliWords().secrets.fileEmpty(label, path));
    return text;
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    throw fileReadFailure(error, cliWords().secrets.fileNamed(label, path));
  } finally {
    buffer.fill(0);
    await handle.close();
  }
}

function fromEnvironment(io: CliIo, envName: string | undefined): string | undefined {
  if (!envName) return undefined;
  const value = io.env[envName];
  return value === undefined || value === '' ? undefined : value;
}

function promptOrRefuse(io: CliIo, source: SecretSource): (prompt: string) => Promise<string> {
  if (io.isTTY && io.readHiddenLine) return io.readHiddenLine;
  const words = cliWords().secrets;
  const ways = [`${source.fileFlag} FILE`, ...(source.envName ? [`$${source.envName}`] : [])].join(words.or);
  throw usage(words.cannotPrompt(source.label, ways));
}

/** An existing secret: from its file, else its environment variable, else a hidden prompt. */
export async function readSecret(io: CliIo, source: SecretSource): Promise<string> {
  if (source.filePath !== undefined) return readSecretFile(source.filePath, source.label);
  const fromEnv = fromEnvironment(io, source.envName);
  if (fromEnv !== undefined) return fromEnv;
  const ask = promptOrRefuse(io, source);
  const answer = await ask(cliWords().secrets.prompt(source.label));
  if (answer.length === 0) throw usage(cliWords().secrets.noneEntered(source.label));
  return answer;
}

/**
 * A passphrase being chosen. From a file or the environment it is taken as is (the core judges
 * its strength); at a prompt it is judged at once, typed twice, and asked again on a mistake.
 */
export async function readNewPassphrase(io: CliIo, source: SecretSource): Promise<string> {
  if (source.filePath !== undefined || fromEnvironment(io, source.envName) !== undefined) return readSecret(io, source);
  const ask = promptOrRefuse(io, source);
  const stderr = io.stderr;
  const words = cliWords().secrets;
  for (let attempt = 1; attempt <= PROMPT_ATTEMPTS; attempt += 1) {
    const first = await ask(words.prompt(source.label));
    const assessment = assessPassphrase(first);
    if (!assessment.acceptable) {
      stderr.write(`${describePassphraseProblems(assessment)}\n`);
      continue;
    }
    const second = await ask(words.repeatPrompt(source.label));
    if (second === first) return first;
    stderr.write(`${words.entriesDiffer}\n`);
  }
  throw new CliFailure('USAGE', words.notChosen(source.label, PROMPT_ATTEMPTS));
}
