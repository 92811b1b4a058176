import { describe, expect, it } from 'vitest';
import { DURATION_UNITS } from '../../../shared/clocks/clock.js';
import { parsePartialDate } from '../../../shared/domain/calendar.js';
import { DOCUMENT_LANGUAGES } from '../../../shared/documents/document-model.js';
import { durationWords, partialDateWords, uncertainDateWords } from '../../../shared/documents/words.js';
import { documentWords } from '../../../shared/i18n/documents.js';

/** Every text of a catalogue with its path: `durations.hours.one`, `months.2`. */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    texts(inner, path ? `${path}.${key}` : key),
  );
}

const placesIn = (text: string): string[] => [...text.matchAll(/\{\{?(\w+)\}?\}/g)].map((match) => match[1]!).sort();

describe("the documents' own words (shared/i18n/<language>/documents.ts)", () => {
  const english = new Map(texts(documentWords('en')));

  it('leave no word empty, and fill in the same places as English in every language', () => {
    for (const language of DOCUMENT_LANGUAGES) {
      for (const [path, text] of texts(documentWords(language))) {
        expect(text.trim(), `${language} ${path}`).not.toBe('');
        const plural = /^durations\.\w+\.(\w+)$/.exec(path);
        // A counted form may write its number in words (Arabic "يومان"); the form for any other number holds it.
        if (plural) {
          if (plural[1] === 'other') expect(placesIn(text), `${language} ${path}`).toEqual(['count']);
        } else expect(placesIn(text), `${language} ${path}`).toEqual(placesIn(english.get(path) ?? ''));
      }
    }
  });

  it('write dates, ranges and counts in Spanish as a Spanish letter does', () => {
    expect(partialDateWords(parsePartialDate('2026-03-01T09:05')!, 'es')).toBe('1 de marzo de 2026 a las 09:05');
    expect(uncertainDateWords({ precision: 'range', from: '2016-06-03', to: '2016-08' }, 'es')).toBe(
      'entre el 3 de junio de 2016 y agosto de 2016',
    );
    expect(durationWords(1, 'working_days', 'es')).toBe('1 día hábil');
    expect(durationWords(10, 'working_days', 'es')).toBe('10 días hábiles');
  });

  it('count every amount a deadline can have in a form of its own language', () => {
    for (const language of DOCUMENT_LANGUAGES)
      for (const unit of DURATION_UNITS)
        for (const amount of [0, 1, 2, 3, 10, 11, 99, 100, 101, 103, 1_000_000]) {
          const words = durationWords(amount, unit, language);
          expect(words, `${language} ${unit} ${amount}`).not.toMatch(/\{\{|\}\}/);
          if (amount > 2) expect(words, `${language} ${unit} ${amount}`).toContain(String(amount));
        }
  });
});
