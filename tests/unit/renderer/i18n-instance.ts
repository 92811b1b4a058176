import i18next, { type TFunction } from 'i18next';
import { LABEL_CATALOGUES } from '../../../shared/i18n/labels.js';
import { readCatalog } from './renderer-sources.js';

/**
 * The renderer's catalogs and the label catalogues in a private i18next instance (no React, no DOM), as the screens see
 * them.
 */
export async function catalogT(language: 'en' | 'fr'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: {
      en: { translation: { ...readCatalog('en'), labels: LABEL_CATALOGUES.en } },
      fr: { translation: { ...readCatalog('fr'), labels: LABEL_CATALOGUES.fr } },
    },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}
