import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  printedLiteralsIn,
  printedLiteralsInText,
  sourceFilesUnder,
  writtenApartIn,
  writtenApartInText,
} from './english-literals.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('what the command line prints', () => {
  const files = sourceFilesUnder(join(root, 'electron/cli'));
  const said = (found: readonly { file: string; line: number; text: string }[]) =>
    found.map(({ file, line, text }) => `${file}:${line} ${text}`);

  it('comes from the CLI catalogue, never from a phrase written where it is printed', () => {
    expect(said(files.flatMap((file) => printedLiteralsIn(file, root)))).toEqual([]);
  });

  it('comes from the catalogues too when it is built apart from the print call', () => {
    expect(said(files.flatMap((file) => writtenApartIn(file, root)))).toEqual([]);
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

  it('would see words kept in a table, a variable, a helper’s argument, a line put together in English', () => {
    // As person show and methods kept them before their words moved to the catalogues.
    const probe = [
      "const FIELD_WORDS = { ageBand: 'Age band (recorded)', language: 'Language', kind: 'Kind' };",
      "const locked = method.whileLocked ? 'works while locked' : 'needs the vault unlocked';",
      'throw fileReadFailure(error, `the notes file ${spec}`);',
      "export const personCommand = { synopsis: 'add --case CASE | show PERSON', headline: 'person add|show' };",
      "const names = { args: 'add ITEM | list ITEM', check: `openssl pkeyutl -verify -in ${file}` };",
      "if (!store) throw new Error('CLI words read outside a command line');",
      "import { table } from './case.js';",
      // A line put together in English: the word Id and a Latin ';' (as six list commands did before `line`).
      'return `${code}: ${line}. Id: ${referral.id}`;',
      "const facts = [state, ...steps].join('; ');",
      'const shown = cliWords().line.withId(cliWords().line.facts(parts), item.id);',
      // The program's name before a failure, as output.ts wrote it before it came from the catalogue.
      'stderr.write(`casefile: ${failure.message}`);',
      'const prefix = `casefile : `;',
      // A field's name and its colon put together in code, as case show did before `line.label`.
      'const shown = `${`${name}:`.padEnd(width)} ${value}`;',
      'const clock = `${two(hour)}:${two(minute)}`;',
    ].join('\n');
    expect(writtenApartInText('probe.ts', probe).map((literal) => `${literal.line} ${literal.text}`)).toEqual([
      '1 Age band (recorded)',
      '2 works while locked',
      '2 needs the vault unlocked',
      '3 the notes file',
      '8 :  . Id:',
      '9 ;',
      '11 casefile:',
      '12 casefile :',
      '13 :',
    ]);
  });
});
