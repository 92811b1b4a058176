import { describe, expect, it } from 'vitest';
import { DEFAULT_CLOCKS } from '../../../shared/clocks/clock.js';
import { LANGUAGES } from '../../../shared/domain/settings.js';
import { clockSourceText } from '../../../shared/i18n/clock-sources.js';
import { clockSources as en } from '../../../shared/i18n/en/clock-sources.js';

/** Pointers into the handbook or the rule list, and the team's own marks: never words for an investigator. */
const POINTERS = [/domain\.md/i, /§/, /\bR\d/, /\[K\]/, /¶/];

describe('the source of each shipped clock', () => {
  it('has words in the catalogue for every shipped clock and no other', () => {
    expect(Object.keys(en).sort()).toEqual(DEFAULT_CLOCKS.map((clock) => clock.id).sort());
  });

  it.each(LANGUAGES)('is worded in %s without a handbook or rule pointer', (language) => {
    for (const clock of DEFAULT_CLOCKS) {
      const shown = clockSourceText(clock, language);
      expect(shown.trim(), clock.id).not.toBe('');
      for (const pointer of POINTERS) expect(shown, `${clock.id} in ${language}`).not.toMatch(pointer);
    }
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))('is never shown in English in %s', (language) => {
    for (const clock of DEFAULT_CLOCKS) {
      const shown = clockSourceText(clock, language);
      expect(shown, clock.id).not.toBe(clock.source);
      expect(shown, clock.id).not.toBe(clockSourceText(clock, 'en'));
    }
  });

  it('names A/72/751 only to say the figures are not in it (domain.md §3)', () => {
    for (const id of ['un_investigation', 'tcc_investigation']) {
      const clock = DEFAULT_CLOCKS.find((candidate) => candidate.id === id)!;
      expect(clockSourceText(clock, 'en').replace(/not in A\/72\/751/g, '')).not.toContain('A/72/751');
    }
    const reply = DEFAULT_CLOCKS.find((candidate) => candidate.id === 'follow_up_reply')!;
    expect(clockSourceText(reply, 'en')).toMatch(/A\/72\/751 .* sets no time limit$/);
  });

  it('shows a source the team wrote, or edited from the shipped one, as written in every language', () => {
    const shipped = DEFAULT_CLOCKS.find((clock) => clock.id === 'hiv_pep')!;
    const edited = { ...shipped, source: 'Mission medical protocol, 2026' };
    const own = { ...shipped, id: 'mission_protocol', source: 'WHO/UNHCR, Clinical Management of Rape Survivors' };
    for (const language of LANGUAGES) {
      expect(clockSourceText(edited, language)).toBe('Mission medical protocol, 2026');
      expect(clockSourceText(own, language)).toBe(own.source);
    }
  });
});
