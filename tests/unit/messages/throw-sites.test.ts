import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ERROR_REASONS } from '../../../shared/i18n/catalogue-keys.js';
import { repoRoot } from '../renderer/renderer-sources.js';
import { programOf, sourcesUnder, throwSitesOf } from './throw-sites.js';

const CATALOGUED = new Set<string>(ERROR_REASONS);
const inCoreOrShared = (file: string): boolean => file.startsWith('electron/') || file.startsWith('shared/');

describe('every throw of a CasefileError names a reason of the catalogue', () => {
  const sites = throwSitesOf(programOf(join(repoRoot, 'electron', 'tsconfig.json')), repoRoot, inCoreOrShared);

  it('finds the throw sites (the scan is not vacuous)', () => {
    expect(sites.length).toBeGreaterThan(100);
    expect(sites.map((site) => site.file)).toEqual(
      expect.arrayContaining(['electron/core/kernel/vault/vault.ts', 'electron/core/letters/letter-register.ts']),
    );
  });

  it('in electron/ and shared/, each reason is a literal the catalogue has, never a sentence or a string', () => {
    const wrong = sites
      .filter((site) => site.reasons === null || site.reasons.some((reason) => !CATALOGUED.has(reason)))
      .map(
        (site) =>
          `${site.file}:${site.line} ${site.reasons === null ? 'reason is not a literal' : site.reasons.join(' | ')}`,
      );
    expect(wrong).toEqual([]);
  });

  it('leaves no reason in the catalogue that nothing can raise', () => {
    const code = sourcesUnder(repoRoot, ['electron', 'shared', 'renderer']).filter(
      (source) => !source.file.startsWith('shared/i18n/'),
    );
    const used = (reason: string) => code.some(({ text }) => text.includes(`'${reason}'`));
    expect(ERROR_REASONS.filter((reason) => !used(reason))).toEqual([]);
  });
});

describe('the scan itself', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-throw-sites-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a sentence, a plain string and an unknown key given as the reason', () => {
    const file = join(dir, 'bad.ts');
    const errors = join(repoRoot, 'shared', 'contract', 'errors.js').split('\\').join('/');
    writeFileSync(
      file,
      [
        `import { CasefileError } from '${errors}';`,
        `const sentence: string = 'a closure_substantiated letter is for a case closed as substantiated';`,
        `export const a = new CasefileError('VALIDATION', sentence as never);`,
        `export const b = new CasefileError('CONFLICT', 'cases.nope' as never);`,
        `export const c = new CasefileError('NOT_FOUND', 'cases.notFound');`,
      ].join('\n'),
    );
    const sites = throwSitesOf(
      programOf(join(repoRoot, 'electron', 'tsconfig.json'), [file]),
      dir,
      (name) => name === 'bad.ts',
    );
    expect(sites.map((site) => [site.line, site.reasons])).toEqual([
      [3, null],
      [4, null],
      [5, ['cases.notFound']],
    ]);
  });
});
