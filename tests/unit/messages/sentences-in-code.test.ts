import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../renderer/renderer-sources.js';
import { sentencesIn, typeScriptFilesUnder } from './sentences-in-code.js';

/** Files that give a person what is wrong as codes and params, worded by the catalogue alone (the walk holds them). */
const WORDED_BY_CODE = [
  'electron/core/kernel/audit/audit-verify.ts',
  'electron/core/kernel/vault/folder-permissions.ts',
  'shared/documents/validator.ts',
  'shared/documents/template-language.ts',
  'shared/documents/template-problem-words.ts',
  'shared/timeline/event-titles.ts',
  'shared/clocks/explain.ts',
];

/** Every source file of the core and of what it shares with the interface, the catalogues apart. */
const CORE_AND_SHARED = [
  ...typeScriptFilesUnder(repoRoot, 'electron/core'),
  ...typeScriptFilesUnder(repoRoot, 'shared'),
].filter((file) => !file.startsWith('shared/i18n/'));

/** Files whose literals no person reads in Casefile's words, each with why. */
const NOT_WORDS_FOR_A_PERSON: Readonly<Record<string, string>> = {
  'electron/core/kernel/db/migrations/': 'SQL, and the frozen data of the past versions a migration rewrites',
  'electron/core/bundles/payload-sealer.ts': "holds its worker thread's JavaScript as a string",
  'shared/documents/templates/':
    "the shipped letters, written out in each language a letter can be in (the letter's, not the interface's)",
  'shared/documents/chart-block.ts': "its field names only complete zod's messages, which the interface never shows",
  'shared/domain/shipped-status-reasons.ts':
    'frozen English older vaults hold: read as keys, worded from the catalogue',
  'shared/domain/consent.ts':
    "the UN disciplinary purpose's English is the value older vaults hold: consentPurposeText words it",
  'shared/domain/uncertain-date.ts':
    "describeOrdering is read by tests only (the chronology's words are the catalogue's); " +
    'the rest complete zod messages',
  'shared/clocks/clock.ts':
    "a shipped clock's English only marks a text nobody rewrote: shared/i18n/clock-words.ts and clock-sources word it",
  'shared/principles/rules/':
    "a rule's title and source restate domain.md for developers: nothing reads them, " +
    'the catalogue words a rule by its id',
};
const exempt = (file: string): boolean => Object.keys(NOT_WORDS_FOR_A_PERSON).some((prefix) => file.startsWith(prefix));

describe('the core gives codes, the catalogue the words', () => {
  it('walks every file of the core and of shared/ (the walk is not vacuous)', () => {
    expect(CORE_AND_SHARED).toEqual(expect.arrayContaining(WORDED_BY_CODE));
    expect(CORE_AND_SHARED.length).toBeGreaterThan(300);
  });

  it.each(CORE_AND_SHARED.filter((file) => !exempt(file)))('%s holds no sentence a person reads', (file) => {
    expect(sentencesIn(join(repoRoot, file))).toEqual([]);
  });

  it('exempts only files that exist, each with its reason', () => {
    for (const prefix of Object.keys(NOT_WORDS_FOR_A_PERSON)) {
      expect(
        CORE_AND_SHARED.some((file) => file.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
  });

  it.each(CORE_AND_SHARED)('%s spells no unit in code (KiB, MB: the catalogue writes them)', (file) => {
    const units = sentencesIn(join(repoRoot, file)).filter((found) => found.unit);
    expect(units).toEqual([]);
  });

  describe('the scan itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casefile-sentences-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const linesFound = (lines: string[]): number[] => {
      const file = join(dir, `probe-${lines.length}-${lines[0]!.length}.ts`);
      writeFileSync(file, lines.join('\n'));
      return sentencesIn(file).map((sentence) => sentence.line);
    };

    it('finds a reason written as a sentence, in quotes or a template; leaves codes, tags and SQL alone', () => {
      expect(
        linesFound([
          "const a = { reason: 'hash mismatch: the row was changed' };",
          'const b = (n: number) => `seq gap: expected row ${n}`;',
          "const c = { reason: 'rowChanged', tag: '{{#each …}}', all: '{{path}}, {{#if path}}' };",
          "const d = 'SELECT seq FROM audit_log WHERE seq > ? ORDER BY seq';",
          "const e = ['d.closed_at IS NULL', 'id, case_id, created_at', 'updated_at DESC, reference_year DESC'];",
          'export { a, b, c, d, e };',
        ]),
      ).toEqual([1, 2]);
    });

    it('finds a unit built in code, alone or in a template; not a language tag that ends like one', () => {
      expect(
        linesFound([
          "const unit = 'MiB';",
          'const size = (n: number) => `${n} KiB`;',
          "const tag = 'en-GB';",
          "const word = 'MBA';",
          'export { unit, size, tag, word };',
        ]),
      ).toEqual([1, 2]);
    });

    it('leaves the message of a plain Error and of a zod check alone, not that of an error a person reads', () => {
      expect(
        linesFound([
          "import { z } from 'zod';",
          "const a = () => new Error('the sealing thread stopped early');",
          "const b = z.string().regex(/^x$/, 'expected an identifier such as x');",
          "const c = z.number({ message: 'a chart value must be a number' });",
          "const d = { path: ['signedAt'], message: 'a signed interview has a signedAt' };",
          "const e = () => new NoticeError('the file could not be read');",
          "const f = { message: 'the case was sent to your colleague' };",
          "class G extends Error { constructor() { super('content differs from its size'); } }",
          "class H extends NoticeError { constructor() { super('the file could not be read'); } }",
          'export { a, b, c, d, e, f, G, H };',
        ]),
      ).toEqual([6, 7, 9]);
    });

    it('leaves markup, armour and the names of fonts and folders alone', () => {
      expect(
        linesFound([
          'const a = \'<x:xmpmeta xmlns:x="adobe:ns:meta/">\';',
          "const b = '-----BEGIN AGE ENCRYPTED FILE-----';",
          "const c = ['Noto Naskh Arabic', 'System Volume Information'];",
          "const d = 'Keep it encrypted, and delete it';",
          'export { a, b, c, d };',
        ]),
      ).toEqual([4]);
    });
  });
});
