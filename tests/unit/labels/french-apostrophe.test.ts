import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../renderer/renderer-sources.js';

/** French text elides with the typographic apostrophe (l’heure), as the catalogues mostly did: one way. */
const STRAIGHT_BETWEEN_LETTERS = /\p{L}'\p{L}/u;
const COMMENT = /^\s*(\/\/|\/\*|\*)/;

const frenchCatalogues = (): string[] => [
  ...readdirSync(join(repoRoot, 'renderer/i18n/fr'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(repoRoot, 'renderer/i18n/fr', name)),
  join(repoRoot, 'renderer/i18n/fr.json'),
  ...readdirSync(join(repoRoot, 'shared/i18n/fr'))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(repoRoot, 'shared/i18n/fr', name)),
];

const straightApostrophes = (text: string): string[] =>
  text.split('\n').filter((line) => !COMMENT.test(line) && STRAIGHT_BETWEEN_LETTERS.test(line));

describe('French catalogues', () => {
  it('write the apostrophe one way, typographic (’), never the straight one between letters', () => {
    const files = frenchCatalogues();
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) expect(straightApostrophes(readFileSync(file, 'utf8')), file).toEqual([]);
  });

  it('the scan finds a straight apostrophe in text and leaves comments alone', () => {
    expect(straightApostrophes('  "hint": "Saisissez l\'heure",\n  // it\'s a comment')).toEqual([
      '  "hint": "Saisissez l\'heure",',
    ]);
  });
});
