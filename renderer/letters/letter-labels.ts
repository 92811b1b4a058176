import type { TFunction } from 'i18next';
import type { TemplateKind } from '../../shared/documents/template.js';
import type { DocumentLanguage } from '../../shared/documents/document-model.js';
import type { TemplateSummary } from '../../shared/contract/letters.js';

/**
 * The languages a letter of `kind` can be made in: those its template has text in, as the vault holds
 * it (closure letters also in Arabic and Spanish, say; an edited template may have dropped one).
 */
export function languagesOfKind(templates: readonly TemplateSummary[], kind: TemplateKind): DocumentLanguage[] {
  return templates.find((template) => template.id === kind)?.languages ?? [];
}

export const kindLabel = (t: TFunction, kind: TemplateKind): string => t(`labels.letterKind.${kind}`);
export const languageLabel = (t: TFunction, language: DocumentLanguage): string =>
  t(`labels.documentLanguage.${language}`);
