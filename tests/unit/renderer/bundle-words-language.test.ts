import { describe, expect, it } from 'vitest';
import { FIELD_WORDS } from '../../../shared/i18n/bundle-fields.js';
import { tableLabel, wordsLanguage } from '../../../renderer/bundles/table-labels.js';

describe("a received bundle's records, worded in the screen's language", () => {
  it('speaks every interface language, Arabic included, and English for a language the app does not have', () => {
    expect(wordsLanguage('ar')).toBe('ar');
    expect(wordsLanguage('fr-CA')).toBe('fr');
    expect(wordsLanguage('de')).toBe('en');
    expect(tableLabel('ar', 'evidence_items')).toBe(FIELD_WORDS.ar.kinds.evidenceItems);
    expect(tableLabel('ar', 'evidence_items')).toMatch(/[\u0600-\u06FF]/);
    expect(tableLabel('ar', 'evidence_items')).not.toBe(tableLabel('en', 'evidence_items'));
  });
});
