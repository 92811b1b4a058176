import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CommandContext } from '../command.js';
import { CliFailure, usage } from '../failure.js';
import type { VaultSession } from '../session.js';
import { commandLinePorts, runUnlockedWithFiles } from './evidence-access.js';
import { cliWords } from '../words.js';

/** How a command names the file it reads, for its messages: "Name the bundle: …", "name a bundle (.casefile)". */
interface GivenFileWords {
  /** What to write when no file was named. */
  missing: string;
  /** "a bundle (.casefile)", "a Word document (.docx)". */
  kind: string;
}

/**
 * The existing file named as the command's second argument (`casefile bundle import FILE`), resolved;
 * refused in words when it is not named, not there, or not a file.
 */
export function givenFile(context: CommandContext, words: GivenFileWords): string {
  const given = context.args[1];
  if (given === undefined) throw usage(words.missing);
  const file = resolve(given);
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw new CliFailure('NOT_FOUND', cliWords().givenFile.notFound(given));
  }
  if (!isFile) throw usage(cliWords().givenFile.notAFile(given, words.kind));
  return file;
}

/** Runs `work` in the unlocked vault, where the file dialog a method opens answers with `file`. */
export function runWithGivenFile(
  context: CommandContext,
  file: string,
  work: (session: VaultSession) => Promise<void>,
): Promise<void> {
  const ports = commandLinePorts();
  ports.toAdd = [file];
  return runUnlockedWithFiles(context, ports, async () => undefined, work);
}
