import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { printedLiteralsIn, printedLiteralsInText, sourceFilesUnder } from './english-literals.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Command modules that still print some of their own results and refusals in English (issue 15):
 * each takes its words from shared/i18n/<language>/cli.ts as it is converted, and leaves this list.
 * The list must match exactly, so a converted module cannot stay on it and a new one cannot join.
 */
const NOT_YET_IN_THE_CATALOGUE = ['bundle', 'letter'].map((name) => `electron/cli/commands/${name}.ts`);

describe('what the command line prints', () => {
  const printed = sourceFilesUnder(join(root, 'electron/cli')).flatMap((file) => printedLiteralsIn(file, root));

  it('comes from the CLI catalogue, never from a phrase written where it is printed', () => {
    const outside = printed.filter((literal) => !NOT_YET_IN_THE_CATALOGUE.includes(literal.file));
    expect(outside.map(({ file, line, text }) => `${file}:${line} ${text}`)).toEqual([]);
  });

  it('still has English phrases in exactly the modules listed as not converted yet', () => {
    expect([...new Set(printed.map((literal) => literal.file))].sort()).toEqual([...NOT_YET_IN_THE_CATALOGUE].sort());
  });

  it('would see a phrase printed, thrown as a usage error or as a failure', () => {
    const probe = [
      "context.out.result('No cases in this vault.', []);",
      "context.out.note('--case');", // an option alone is not a phrase
      'if (unknown) throw usage(`Give the case ${path}: --case CASE.`);',
      'io.stderr.write(`casefile --vault ${dir} init`);', // a command line to type
      "throw new CliFailure('NOT_FOUND', unknown ? `The file ${path} is missing.` : `Unknown ${path} option`);",
    ].join('\n');
    expect(printedLiteralsInText('probe.ts', probe).map((literal) => literal.text)).toEqual([
      'No cases in this vault.',
      'Give the case : CASE.',
      'The file is missing.',
      'Unknown option',
    ]);
  });
});
