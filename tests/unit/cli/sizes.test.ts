import { describe, expect, it } from 'vitest';
import { formatSize } from '../../../electron/cli/commands/evidence-access.js';
import { speedInLocale } from '../../../shared/i18n/byte-sizes.js';
import { LOCALE_OF_LANGUAGE } from '../../../shared/i18n/locales.js';
import { speaking } from '../../../electron/cli/words.js';
import { cliWords as arabic } from '../../../shared/i18n/ar/cli.js';
import { cliWords as english } from '../../../shared/i18n/en/cli.js';
import { cliWords as french } from '../../../shared/i18n/fr/cli.js';

describe('a size the command line prints', () => {
  it('is written with the units and decimal mark of its reader’s language, as the screens write it', () => {
    const sizes = (language: 'en' | 'fr' | 'ar', words: typeof english) =>
      speaking(language, words, () => [19, 651_366, 5_400_000, 2_300_000_000].map(formatSize));
    expect(sizes('en', english)).toEqual(['19 bytes', '651.4 kB', '5.4 MB', '2.3 GB']);
    expect(sizes('fr', french).map((size) => size.replace(/\s/gu, ' '))).toEqual([
      '19 octets',
      '651,4 ko',
      '5,4 Mo',
      '2,3 Go',
    ]);
    // Arabic units, Western digits (UN usage); no English unit left.
    for (const size of sizes('ar', arabic)) {
      expect(size).toMatch(/^[\d.]+\s\p{Script=Arabic}/u);
      expect(size).not.toMatch(/[A-Za-z]/);
    }
  });

  it('and a progress line says its speed once, per second as the language writes it', () => {
    for (const [language, words, perSecond] of [
      ['en', english, /^1\.0 MB of 2\.0 MB 50%, 5\.4 MB\/s$/],
      ['fr', french, /^1,0 Mo sur 2,0 Mo 50 %, 5,4 Mo\/s$/u],
      ['ar', arabic, /^[^/]*\/ث$/u],
    ] as const) {
      const line = words.evidenceFiles.bytesDone(
        speaking(language, words, () => formatSize(1e6)),
        speaking(language, words, () => formatSize(2e6)),
        50,
        speedInLocale(LOCALE_OF_LANGUAGE[language], 5.4e6),
      );
      expect(line.replace(/\s/gu, ' ')).toMatch(perSecond);
    }
  });
});
