import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../renderer/renderer-sources.js';
import { sentencesIn } from './sentences-in-code.js';

/** Files that hand a person what is wrong as codes and params: their words are the catalogue's alone. */
const WORDED_BY_CODE = [
  'electron/core/kernel/audit/audit-verify.ts',
  'electron/core/kernel/vault/folder-permissions.ts',
  'shared/documents/validator.ts',
  'shared/documents/template-language.ts',
  'shared/documents/template-problem-words.ts',
  'shared/timeline/event-titles.ts',
  'shared/clocks/explain.ts',
];

describe('the core gives codes, the catalogue the words', () => {
  it.each(WORDED_BY_CODE)('%s holds no sentence of its own', (file) => {
    expect(sentencesIn(join(repoRoot, file))).toEqual([]);
  });

  describe('the scan itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casefile-sentences-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('finds a reason written as a sentence, in quotes or a template; leaves codes, tags and SQL alone', () => {
      const file = join(dir, 'bad.ts');
      writeFileSync(
        file,
        [
          "const a = { reason: 'hash mismatch: the row was changed' };",
          'const b = (n: number) => `seq gap: expected row ${n}`;',
          "const c = { reason: 'rowChanged', tag: '{{#each …}}', all: '{{path}}, {{#if path}}' };",
          "const d = 'SELECT seq FROM audit_log WHERE seq > ? ORDER BY seq';",
          'export { a, b, c, d };',
        ].join('\n'),
      );
      expect(sentencesIn(file).map((sentence) => sentence.line)).toEqual([1, 2]);
    });
  });
});
