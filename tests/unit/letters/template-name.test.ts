import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { renamedKind, templateName } from '../../../renderer/letters/letter-labels.js';
import { resources } from '../../../renderer/i18n/index.js';
import { SHIPPED_TEMPLATES } from '../../../shared/documents/templates/index.js';
import { templateNameText } from '../../../shared/documents/templates/template-name.js';
import { labelText } from '../../../shared/i18n/labels.js';

const LANGUAGES = ['en', 'fr', 'ar'] as const;

/** The screens' t in `language`, as initI18n sets it up (the labels are its `labels` resources). */
async function screensIn(language: (typeof LANGUAGES)[number]): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: language, fallbackLng: false, interpolation: { escapeValue: false } });
  return instance.t;
}

describe('a letter template named the same on the screens and on the command line', () => {
  it('names a shipped template, while it keeps its shipped name, by its kind in the reader’s language', async () => {
    for (const language of LANGUAGES) {
      const t = await screensIn(language);
      for (const template of SHIPPED_TEMPLATES) {
        const kind = labelText(language, 'letterKind', template.kind);
        expect(templateNameText(language, template)).toBe(kind);
        expect(templateName(t, template)).toBe(kind);
        expect(renamedKind(t, template)).toBeNull();
      }
    }
    // The French reader never sees the English name the template ships with.
    const referral = SHIPPED_TEMPLATES.find((template) => template.kind === 'member_state_referral')!;
    expect(templateNameText('fr', referral)).not.toBe(referral.name);
  });

  it('shows a name the team gave it as written, in every language, with its kind beside it on screen', async () => {
    const renamed = { ...SHIPPED_TEMPLATES.find((template) => template.kind === 'hr_referral')!, name: 'Saisine RH' };
    for (const language of LANGUAGES) {
      const t = await screensIn(language);
      expect(templateNameText(language, renamed)).toBe('Saisine RH');
      expect(templateName(t, renamed)).toBe('Saisine RH');
      expect(renamedKind(t, renamed)).toBe(labelText(language, 'letterKind', 'hr_referral'));
    }
    // Another template's shipped name is still a name of the team's own for this one.
    const borrowed = { ...renamed, name: SHIPPED_TEMPLATES.find((other) => other.kind === 'unv_referral')!.name };
    expect(templateNameText('en', borrowed)).toBe(borrowed.name);
  });
});
