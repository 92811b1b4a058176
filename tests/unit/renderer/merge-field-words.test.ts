import { describe, expect, it } from 'vitest';
import { fullFieldPath } from '../../../shared/documents/merge-field-words.js';
import { mergeFieldsFor } from '../../../shared/documents/merge-fields.js';
import { RECIPIENTS } from '../../../shared/documents/template.js';
import { LANGUAGES } from '../../../shared/domain/settings.js';
import { MERGE_FIELD_WORDS } from '../../../shared/i18n/merge-fields.js';
import { comboboxAttributes, suggestionKey } from '../../../renderer/letters/merge-completion.js';

const everyPath = new Set(RECIPIENTS.flatMap((recipient) => mergeFieldsFor(recipient)).map(fullFieldPath));
const wordsIn = (language: (typeof LANGUAGES)[number]): Readonly<Record<string, string>> => MERGE_FIELD_WORDS[language];
/** The examples and numbers a field's words give (CF-2026-0001, V-01, R10, 62/63, 18): the same in every language. */
const figuresIn = (words: string): string[] =>
  [...words.matchAll(/[A-Z]+(?:-\d+)+|[A-Z]+\d+|\d+(?:\/\d+)?/g)].map((match) => match[0]).sort();

describe('the merge fields in the interface languages (shared/i18n/<language>/merge-fields.ts)', () => {
  it.each(LANGUAGES)(
    'are named in %s, every field a recipient may use, and nothing the schema does not hold',
    (language) => {
      const words = wordsIn(language);
      expect([...everyPath].filter((path) => !Object.hasOwn(words, path) || words[path]!.trim() === '')).toEqual([]);
      expect(Object.keys(words).filter((path) => !everyPath.has(path))).toEqual([]);
    },
  );

  it.each(['fr', 'ar'] as const)('keep in %s the examples and numbers of the English words', (language) => {
    const english = wordsIn('en');
    const words = wordsIn(language);
    for (const path of everyPath) expect(figuresIn(words[path] ?? ''), path).toEqual(figuresIn(english[path]!));
  });

  it('are written in Arabic script in Arabic, not left in English', () => {
    const words = wordsIn('ar');
    expect([...everyPath].filter((path) => !/\p{Script=Arabic}/u.test(words[path] ?? ''))).toEqual([]);
  });

  it("give a field its words in the reader's language, the path staying what the template keeps", () => {
    const field = (language: (typeof LANGUAGES)[number], path: string, list?: string) =>
      mergeFieldsFor('member_state', language).find((candidate) => candidate.path === path && candidate.list === list);
    expect(field('en', 'letter.reference')?.label).toBe('Letter reference');
    expect(field('fr', 'letter.reference')?.label).toBe('Référence de la lettre');
    expect(field('ar', 'letter.reference')?.label).toBe('مرجع الرسالة');
    expect(field('ar', '.code', 'victims')?.label).toBe('الرمز المستعار (V-01)');
    // English unless the reader's language is asked for.
    expect(mergeFieldsFor('member_state')).toEqual(mergeFieldsFor('member_state', 'en'));
  });
});

describe('the keys of the merge-field suggestions', () => {
  it('move the active option round the list, choose it, or close the list', () => {
    expect(suggestionKey('ArrowDown', 3, 2)).toEqual({ kind: 'move', active: 0 });
    expect(suggestionKey('ArrowUp', 3, 0)).toEqual({ kind: 'move', active: 2 });
    expect(suggestionKey('Enter', 3, 1)).toEqual({ kind: 'choose', index: 1 });
    // The list shrank under an active option: the last one is chosen.
    expect(suggestionKey('Tab', 2, 5)).toEqual({ kind: 'choose', index: 1 });
    expect(suggestionKey('Escape', 3, 0)).toEqual({ kind: 'close' });
    expect(suggestionKey('a', 3, 0)).toBeNull();
    // Nothing offered: the text box keeps every key.
    expect(suggestionKey('Enter', 0, 0)).toBeNull();
  });

  it('point the text box at the list and its active option only while something is offered', () => {
    expect(comboboxAttributes('list', 2, 1)).toEqual({
      'aria-autocomplete': 'list',
      'aria-controls': 'list',
      'aria-activedescendant': 'list-1',
    });
    expect(comboboxAttributes('list', 0, 1)).toEqual({
      'aria-autocomplete': 'list',
      'aria-controls': undefined,
      'aria-activedescendant': undefined,
    });
  });
});
