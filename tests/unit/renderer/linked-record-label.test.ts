import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiError } from '../../../shared/contract/errors.js';
import { LANGUAGES, type Language } from '../../../shared/domain/settings.js';
import { linkedRecordLabel } from '../../../renderer/components/linked-record-label.js';
import type { Loaded } from '../../../renderer/components/use-loaded.js';
import { catalogT } from './i18n-instance.js';

const ID = '0b9f4c1e-6a53-4f0e-9d8e-2f1a7c3b5d40';
const OTHER = '6c2d8e0a-1b4f-4a7e-8c3d-9e5f0a1b2c3d';

let ts: Record<Language, TFunction>;
beforeAll(async () => {
  ts = Object.fromEntries(await Promise.all(LANGUAGES.map(async (l) => [l, await catalogT(l)] as const))) as Record<
    Language,
    TFunction
  >;
});

/** The words of the evidence form's interview picker, in `language`. */
const interviewWords = (language: Language) => {
  const t = ts[language];
  return {
    named: (code: string) => t('evidence.form.interviewOfCode', { code }),
    reading: t('common.codesReading'),
    unread: t('common.interviewNotRead'),
  };
};

const reading: Loaded<Record<string, string>> = { status: 'loading' };
const failed: Loaded<Record<string, string>> = { status: 'failed', error: apiError('VAULT_LOCKED', 'vault.locked') };
const read = (codes: Record<string, string>): Loaded<Record<string, string>> => ({ status: 'ready', value: codes });

describe('linkedRecordLabel', () => {
  it('names a linked interview by its interviewee once read, and by the words it was chosen by before that', () => {
    const words = interviewWords('en');
    expect(linkedRecordLabel(ID, {}, read({ [ID]: 'W-01' }), words)).toBe('Interview of W-01');
    expect(linkedRecordLabel(ID, { [ID]: 'Interview of W-01, 2 Feb (Planned)' }, reading, words)).toBe(
      'Interview of W-01, 2 Feb (Planned)',
    );
  });

  it('says the codes are being read, or that it is an interview of the case, never showing the id', () => {
    for (const language of LANGUAGES) {
      const words = interviewWords(language);
      const shown = [
        linkedRecordLabel(ID, {}, reading, words),
        linkedRecordLabel(ID, {}, failed, words),
        linkedRecordLabel(ID, {}, read({ [OTHER]: 'W-02' }), words),
      ];
      expect(shown[0], language).toBe(ts[language]('common.codesReading'));
      expect(shown.slice(1), language).toEqual([words.unread, words.unread]);
      for (const label of shown) {
        expect(label, language).not.toContain(ID);
        expect(label, language).not.toMatch(/evidence\.form/);
      }
    }
    expect(interviewWords('en').unread).toBe('An interview of this case');
  });
});
