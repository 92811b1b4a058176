import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const rendererRoot = join(repoRoot, 'renderer');

export interface SourceFile {
  /** Repository-relative, with forward slashes. */
  path: string;
  text: string;
}

/** Every TypeScript source of the renderer (the Node-side vite.config.ts excepted). */
export function rendererSources(): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (['.ts', '.tsx'].includes(extname(entry.name)) && entry.name !== 'vite.config.ts') {
        files.push({ path: relative(repoRoot, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(rendererRoot);
  return files;
}

export function readCatalog(language: 'en' | 'fr'): Record<string, unknown> {
  return JSON.parse(readFileSync(join(rendererRoot, 'i18n', `${language}.json`), 'utf8')) as Record<string, unknown>;
}

/** `{a: {b: 'x'}}` → `{'a.b': 'x'}`; i18next's default key separator is the dot. */
export function flattenCatalog(catalog: Record<string, unknown>, prefix = ''): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, leaf] of flattenCatalog(value as Record<string, unknown>, path)) flat.set(inner, leaf);
    } else {
      flat.set(path, value);
    }
  }
  return flat;
}
