import { afterEach, describe, expect, it, vi } from 'vitest';
import { languageWords } from '../../../shared/documents/words.js';

/**
 * The spoken languages the app's hints name (fr, sg, ln, ht, ar-SD) and those of the mission areas an
 * investigator meets (Central African Republic, DR Congo, South Sudan, Mali, Sudan/Abyei, Western Sahara,
 * Somalia, Lebanon, Haiti, Burundi, Uganda).
 */
const OFFERED = [
  ...['en', 'fr', 'ar', 'ar-SD', 'es', 'pt', 'ru', 'sw', 'ht'],
  ...['sg', 'ln', 'kg', 'lua', 'rw', 'rn', 'lg', 'ach', 'lgg', 'luo', 'kln'],
  ...['bm', 'ff', 'fuc', 'son', 'ses', 'taq', 'tmh', 'dyu', 'mos', 'snk', 'wo', 'ha'],
  ...['din', 'nus', 'zne', 'bej', 'so', 'am', 'ti', 'ber', 'kab', 'zgh'],
];

/**
 * The tags Debian's Chromium (the renderer's engine) leaves unnamed in English, French and Arabic alike:
 * probed in the browser with Intl.DisplayNames (fallback 'none') for every tag above.
 */
const UNNAMED_BY_CHROMIUM = new Set(
  'sg kg lua rn ff son ses taq tmh dyu din nus zne bej kab ber zgh luo kln ach lgg mos snk fuc'.split(' '),
);

/** Intl as Chromium's trimmed ICU has it: the code for a tag it does not name. */
function withChromiumNames() {
  const Full = Intl.DisplayNames;
  class ChromiumDisplayNames extends Full {
    override of(code: string): string | undefined {
      return UNNAMED_BY_CHROMIUM.has(code.toLowerCase().split('-')[0]!) ? code : super.of(code);
    }
  }
  vi.stubGlobal('Intl', { ...Intl, DisplayNames: ChromiumDisplayNames });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("a spoken language's name", () => {
  it.each(['en', 'fr', 'ar'] as const)('is never its code in %s, even where the runtime cannot name it', (language) => {
    withChromiumNames();
    const unnamed = OFFERED.filter((tag) => {
      const name = languageWords(tag, language);
      return name === tag;
    });
    expect(unnamed).toEqual([]);
  });

  it('is in the reader’s language: Sango, sango, السانغو; a region kept by the runtime’s words', () => {
    withChromiumNames();
    expect(['en', 'fr', 'ar'].map((language) => languageWords('sg', language as 'en'))).toEqual([
      'Sango',
      'sango',
      'السانغو',
    ]);
    expect(languageWords('sg-CF', 'fr')).toBe('sango');
    // A language the catalogue is not written in (Spanish documents) takes the runtime's name, else English.
    expect(languageWords('zne', 'es')).toBe('Zande');
  });
});
