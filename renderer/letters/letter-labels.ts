import type { TFunction } from 'i18next';
import { isClosureKind, type TemplateKind } from '../../shared/documents/template.js';
import type { DocumentLanguage } from '../../shared/documents/document-model.js';

/** Closure letters also go out in Arabic; referrals in the Organization's working languages. */
export function languagesOfKind(kind: TemplateKind): DocumentLanguage[] {
  return isClosureKind(kind) ? ['en', 'fr', 'ar'] : ['en', 'fr'];
}

export const kindLabel = (t: TFunction, kind: TemplateKind): string => t(`labels.letterKind.${kind}`);
export const languageLabel = (t: TFunction, language: DocumentLanguage): string =>
  t(`labels.documentLanguage.${language}`);
