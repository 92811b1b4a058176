import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Deadlines and chronologies run in the core, the CLI and the renderer alike: pure, and given "now" by their caller.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const shared = join(root, 'shared');
const files = ['clocks', 'timeline'].flatMap((folder) =>
  readdirSync(join(shared, folder))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(shared, folder, name)),
);
const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

describe('shared/clocks and shared/timeline stay pure', () => {
  it('finds the sources', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files.map((file) => [relative(root, file), file]))('%s imports only zod and shared/', (_, file) => {
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = (match[1] ?? match[2]) as string;
      if (specifier === 'zod') continue;
      expect(specifier.startsWith('.'), `${specifier} is not relative`).toBe(true);
      expect(resolve(dirname(file), specifier).startsWith(shared + '/'), `${specifier} leaves shared/`).toBe(true);
    }
  });

  it.each(files.map((file) => [relative(root, file), file]))('%s reads no clock', (_, file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(/Date\.now\(|new Date\(\)|performance\.now\(/);
  });
});
