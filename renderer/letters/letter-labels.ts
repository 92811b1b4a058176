import type { TFunction } from 'i18next';
import type { TemplateKind } from '../../shared/documents/template.js';
import type { DocumentLanguage } from '../../shared/documents/document-model.js';
import type { TemplateSummary } from '../../shared/contract/letters.js';
import { templateNameIn } from '../../shared/documents/templates/template-name.js';

/**
 * The languages a letter of `kind` can be made in: those its template has text in, as the vault holds
 * it (closure letters also in Arabic and Spanish, say; an edited template may have dropped one).
 */
export function languagesOfKind(templates: readonly TemplateSummary[], kind: TemplateKind): DocumentLanguage[] {
  return templates.find((template) => template.id === kind)?.languages ?? [];
}

export const kindLabel = (t: TFunction, kind: TemplateKind): string => t(`labels.letterKind.${kind}`);
/** A template's name on the screens, by the command line's rule (templateNameIn): its kind until renamed. */
export const templateName = (t: TFunction, template: { kind: TemplateKind; name: string }): string =>
  templateNameIn((kind) => kindLabel(t, kind), template);
/**
 * The kind of letter a template makes when the team named it otherwise (shown with that name, so its
 * purpose stays clear); null when its name is its kind.
 */
export function renamedKind(t: TFunction, template: { kind: TemplateKind; name: string }): string | null {
  const kind = kindLabel(t, template.kind);
  return templateName(t, template) === kind ? null : kind;
}
export const languageLabel = (t: TFunction, language: DocumentLanguage): string =>
  t(`labels.documentLanguage.${language}`);
