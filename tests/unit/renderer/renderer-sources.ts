import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../../../shared/domain/settings.js';

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

const readJson = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

/** `case-file.json` → `caseFile`: the top-level key renderer/i18n/index.ts merges each feature catalog under. */
export function catalogKeyOf(fileName: string): string {
  return fileName.replace(/\.json$/, '').replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** The feature catalogs of a language: renderer/i18n/<language>/*.json. */
export function featureCatalogFiles(language: Language): string[] {
  return readdirSync(join(rendererRoot, 'i18n', language))
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/** Everything i18next gets for a language: `<language>.json` plus each feature catalog under its own key. */
export function readCatalog(language: Language): Record<string, unknown> {
  const catalog = readJson(join(rendererRoot, 'i18n', `${language}.json`));
  for (const file of featureCatalogFiles(language)) {
    const key = catalogKeyOf(file);
    if (key in catalog)
      throw new Error(`${language}/${file} would replace the top-level key "${key}" of ${language}.json`);
    catalog[key] = readJson(join(rendererRoot, 'i18n', language, file));
  }
  return catalog;
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
