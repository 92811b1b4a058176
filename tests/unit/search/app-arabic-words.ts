import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldForSearch } from '../../../electron/core/kernel/search/search-fold.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Where the app writes Arabic: its catalogues (screens, core, CLI, documents) and the shipped letter templates. */
const ARABIC_SOURCES = ['shared/i18n/ar', 'renderer/i18n/ar', 'renderer/i18n/ar.json', 'shared/documents/templates'];

const filesUnder = (path: string): string[] =>
  path.endsWith('.json')
    ? [join(root, path)]
    : readdirSync(join(root, path), { withFileTypes: true, recursive: true })
        .filter((entry) => entry.isFile() && /\.(ts|json)$/.test(entry.name))
        .map((entry) => join(entry.parentPath, entry.name));

/** An Arabic word as written, marks and tatweel included. */
const ARABIC_WORD = /[\u0621-\u063a\u0641-\u064a][\u0621-\u063a\u0640-\u065f\u0670]*/gu;

/** Every distinct Arabic word the app writes, folded as search folds it: a vocabulary of the app's own domain. */
export function appArabicWords(): string[] {
  const words = new Set<string>();
  for (const file of ARABIC_SOURCES.flatMap(filesUnder)) {
    for (const word of readFileSync(file, 'utf8').match(ARABIC_WORD) ?? []) words.add(foldForSearch(word));
  }
  return [...words].sort();
}
