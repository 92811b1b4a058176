import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findWallClockReads, wallClockReads } from './wall-clock-reads.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

describe('tests read the time only from tests/clock.ts', () => {
  it('finds no wall-clock read anywhere under tests/', () => {
    const { findings, filesRead } = findWallClockReads(repoRoot);
    // Each finding names the file and line: replace the read with testClock, hoursAgo, todayIn… from tests/clock.ts,
    // and give every openWorkspace a now.
    expect(findings).toEqual([]);
    expect(filesRead).toBeGreaterThan(100);
  });
});

describe('the guard itself', () => {
  const root = mkdtempSync(join(tmpdir(), 'casefile-wall-clock-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  write('tests/clock.ts', 'export const start = Date.now();\n');
  write(
    'tests/unit/planted.test.ts',
    [
      'const received = new Date().toISOString().slice(0, 10);', // line 1: the pattern of the CI failure
      'const hourAgo = Date.now() - 3_600_000;',
      'const ws = open({ now: Date.now });',
      'const text = Date();',
      'const origin = performance.timeOrigin;',
      'const later = new Date;',
      'const global = globalThis.Date.now();',
      '',
    ].join('\n'),
  );
  write(
    'tests/e2e/planted.spec.ts',
    'await page.clock.install();\nconst t = Temporal.Now.instant();\nconst ws = ' +
      'openWorkspace({ dir, passphraseKdf: FLOOR_KDF });\n',
  );
  write(
    'tests/unit/clean.test.ts',
    [
      '// Date.now() and new Date() in a comment are not reads',
      "const s = 'Date.now() new Date()';",
      "const fixed = new Date('2026-03-10T09:00:00Z');",
      'const parsed = Date.parse(fixed.toISOString()) + Date.UTC(2026, 0, 1);',
      'const elapsed = performance.now();',
      'await page.clock.install({ time: clock.now() });',
      'const copy = new Date(fixed);',
      'const a = openWorkspace({ dir, now: clock.now });',
      'const b = openWorkspace({ dir, now });',
      'const c = actual.openWorkspace(options);',
      '',
    ].join('\n'),
  );
  write('node_modules/x/tests/ignored.ts', 'Date.now();\n');
  write('tests/node_modules/ignored.ts', 'Date.now();\n');

  const { findings, filesRead } = findWallClockReads(root);

  it('reports every planted read with its file and line', () => {
    expect(findings).toEqual([
      { file: 'tests/e2e/planted.spec.ts', line: 1, read: 'clock.install()' },
      { file: 'tests/e2e/planted.spec.ts', line: 2, read: 'Temporal.Now' },
      { file: 'tests/e2e/planted.spec.ts', line: 3, read: 'openWorkspace without now' },
      { file: 'tests/unit/planted.test.ts', line: 1, read: 'new Date()' },
      { file: 'tests/unit/planted.test.ts', line: 2, read: 'Date.now' },
      { file: 'tests/unit/planted.test.ts', line: 3, read: 'Date.now' },
      { file: 'tests/unit/planted.test.ts', line: 4, read: 'Date()' },
      { file: 'tests/unit/planted.test.ts', line: 5, read: 'performance.timeOrigin' },
      { file: 'tests/unit/planted.test.ts', line: 6, read: 'new Date()' },
      { file: 'tests/unit/planted.test.ts', line: 7, read: 'Date.now' },
    ]);
  });

  it('allows tests/clock.ts, fixed dates, parsing, durations, strings and comments', () => {
    expect(
      findings.filter((finding) => finding.file === 'tests/clock.ts' || finding.file === 'tests/unit/clean.test.ts'),
    ).toEqual([]);
    expect(filesRead).toBe(3); // the planted and clean files; tests/clock.ts and node_modules are not read
  });

  it('reads TSX and plain JavaScript too', () => {
    expect(wallClockReads('x.tsx', 'export const A = () => <p>{new Date().getFullYear()}</p>;\n')).toEqual([
      { line: 1, read: 'new Date()' },
    ]);
    expect(wallClockReads('x.mjs', 'const started = Date.now();\n')).toEqual([{ line: 1, read: 'Date.now' }]);
  });
});
