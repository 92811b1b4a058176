import { describe, expect, it } from 'vitest';
import { DEFAULT_CLOCKS } from '../../../shared/clocks/clock.js';
import { LANGUAGES, type Language } from '../../../shared/domain/settings.js';
import { clockWords as ar } from '../../../shared/i18n/ar/clock-words.js';
import { clockNameText, shippedClockText, type ClockText } from '../../../shared/i18n/clock-words.js';
import { clockWords as en } from '../../../shared/i18n/en/clock-words.js';
import { clockWords as fr } from '../../../shared/i18n/fr/clock-words.js';

const CATALOGUES: Readonly<Record<Language, Readonly<Record<string, Readonly<Record<string, string>>>>>> = {
  en,
  fr,
  ar,
};
/** Each clock's texts as `<clock id>.<text>`, the catalogue's keys. */
const keysOf = (catalogue: (typeof CATALOGUES)[Language]): string[] =>
  Object.entries(catalogue)
    .flatMap(([id, texts]) => Object.keys(texts).map((text) => `${id}.${text}`))
    .sort();
const ARABIC_LETTER = /[\u0600-\u06FF]/;

describe('the shipped clocks’ words (shared/i18n/<language>/clock-words.ts)', () => {
  it('word exactly the shipped clocks: a name, a short name and an action each, a note where one ships', () => {
    expect(Object.keys(en).sort()).toEqual(DEFAULT_CLOCKS.map((clock) => clock.id).sort());
    for (const clock of DEFAULT_CLOCKS) {
      const expected = ['action', 'name', 'short', ...(clock.note === undefined ? [] : ['note'])].sort();
      expect(Object.keys(CATALOGUES.en[clock.id]!).sort(), clock.id).toEqual(expected);
    }
  });

  it.each(LANGUAGES)('has exactly the keys of English in %s, each a non-empty text', (language) => {
    expect(keysOf(CATALOGUES[language])).toEqual(keysOf(en));
    for (const [id, texts] of Object.entries(CATALOGUES[language]))
      for (const [text, words] of Object.entries(texts)) expect(words.trim(), `${id}.${text}`).not.toBe('');
  });

  it('holds in English the very words a new vault stores, so a shipped text is recognised as shipped', () => {
    for (const clock of DEFAULT_CLOCKS) {
      const words = CATALOGUES.en[clock.id]!;
      expect(words['name'], clock.id).toBe(clock.name);
      expect(words['action'], clock.id).toBe(clock.action);
      expect(words['note'], clock.id).toBe(clock.note);
    }
  });

  it.each(['fr', 'ar'] as const)('shows every shipped text of every clock in %s, never in English', (language) => {
    for (const clock of DEFAULT_CLOCKS) {
      const stored: ReadonlyArray<[ClockText, string | undefined]> = [
        ['name', clock.name],
        ['short', clock.name],
        ['action', clock.action],
        ['note', clock.note],
      ];
      for (const [text, english] of stored) {
        if (english === undefined) continue;
        const shown = shippedClockText(language, clock.id, text, english);
        expect(shown, `${clock.id}.${text}`).toBe(CATALOGUES[language][clock.id]![text]);
        expect(shown, `${clock.id}.${text}`).not.toBe(english);
        if (language === 'ar') expect(shown, `${clock.id}.${text}`).toMatch(ARABIC_LETTER);
      }
    }
  });

  it('shows a text the team wrote, or a clock of its own, as written in every language', () => {
    for (const language of LANGUAGES) {
      expect(shippedClockText(language, 'hiv_pep', 'name', 'PEP (mission protocol)')).toBe('PEP (mission protocol)');
      expect(shippedClockText(language, 'hiv_pep', 'short', 'PEP (mission protocol)')).toBe('PEP (mission protocol)');
      expect(shippedClockText(language, 'hiv_pep', 'action', 'PEP given at the clinic')).toBe(
        'PEP given at the clinic',
      );
      // A team's clock named like a shipped one is still the team's.
      expect(shippedClockText(language, 'team_clock', 'name', 'HIV post-exposure prophylaxis')).toBe(
        'HIV post-exposure prophylaxis',
      );
    }
    expect(shippedClockText('en', 'hiv_pep', 'short', 'HIV post-exposure prophylaxis')).toBe('HIV PEP');
  });

  it('words a clock known only by the name it had when a deadline closed', () => {
    expect(clockNameText('fr', 'HIV post-exposure prophylaxis')).toBe('Prophylaxie post-exposition au VIH');
    expect(clockNameText('ar', 'UN investigation')).toBe('تحقيق الأمم المتحدة');
    expect(clockNameText('fr', 'PEP (mission protocol)')).toBe('PEP (mission protocol)');
    expect(clockNameText('en', 'HIV post-exposure prophylaxis')).toBe('HIV post-exposure prophylaxis');
  });
});
