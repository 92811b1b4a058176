import { describe, expect, it } from 'vitest';
import { fullFieldPath, MERGE_FIELD_WORDS, mergeFieldLabel } from '../../../shared/documents/merge-field-words.js';
import { mergeFieldsFor } from '../../../shared/documents/merge-fields.js';
import { RECIPIENTS } from '../../../shared/documents/template.js';
import { comboboxAttributes, suggestionKey } from '../../../renderer/letters/merge-completion.js';

const everyField = () => RECIPIENTS.flatMap((recipient) => mergeFieldsFor(recipient));

describe('the merge fields in the screen languages', () => {
  it('names in French every field a recipient may use, and nothing the catalogue does not hold', () => {
    const paths = new Set(everyField().map(fullFieldPath));
    const french = Object.keys(MERGE_FIELD_WORDS.fr);
    expect([...paths].filter((path) => !french.includes(path))).toEqual([]);
    expect(french.filter((path) => !paths.has(path))).toEqual([]);
  });

  it('gives a field its words in the screen language, the path staying what the template keeps', () => {
    const fields = mergeFieldsFor('member_state');
    const reference = fields.find((field) => field.path === 'letter.reference')!;
    expect(mergeFieldLabel(reference, 'en')).toBe('Letter reference');
    expect(mergeFieldLabel(reference, 'fr')).toBe('Référence de la lettre');
    const code = fields.find((field) => field.list === 'victims' && field.path === '.code')!;
    expect(mergeFieldLabel(code, 'fr')).toBe('Pseudonyme (V-01)');
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
