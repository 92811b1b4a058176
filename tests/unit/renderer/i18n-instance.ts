import i18next, { type TFunction } from 'i18next';
import { LANGUAGES, type Language } from '../../../shared/domain/settings.js';
import { LABEL_CATALOGUES } from '../../../shared/i18n/labels.js';
import { resources } from '../../../renderer/i18n/index.js';
import { isolateValuesInRightToLeft } from '../../../renderer/i18n/isolate-values.js';
import { MESSAGE_CATALOGUES, registerMessageFormatters } from '../../../shared/i18n/messages.js';
import { readCatalog } from './renderer-sources.js';

/**
 * The renderer's catalogs, the label and the message catalogues in a private i18next instance (no React, no DOM), as
 * the screens see them.
 */
export async function catalogT(language: Language): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: Object.fromEntries(
      LANGUAGES.map((each) => [
        each,
        {
          translation: { ...readCatalog(each), labels: LABEL_CATALOGUES[each], messages: MESSAGE_CATALOGUES[each] },
        },
      ]),
    ),
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

/**
 * An instance set up as initI18n sets up the interface's (without the document it reflects the language on):
 * every value formatted, enum values named, values isolated in a right-to-left language.
 */
export async function interfaceT(language: Language): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false, alwaysFormat: true },
  });
  registerMessageFormatters(instance);
  isolateValuesInRightToLeft(instance);
  return instance.t;
}
