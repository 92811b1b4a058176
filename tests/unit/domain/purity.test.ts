import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The domain model and the rules are pure: zod and each other only, and no clock of their own.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const shared = join(root, 'shared');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const files = [...sourcesUnder(join(shared, 'domain')), ...sourcesUnder(join(shared, 'principles'))];
const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

describe('shared/domain and shared/principles stay pure', () => {
  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((file) => [relative(root, file), file]))('%s imports only zod and shared/', (_, file) => {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
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
