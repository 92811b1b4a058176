import { labelText, type LabelLanguage } from '../../i18n/labels.js';
import type { TemplateKind } from '../template.js';
import { shippedTemplate } from './index.js';

/**
 * How a letter template is named to its reader. While it keeps the name it shipped with, by its kind in
 * the reader's language, as the templates screen names it (the labels' letterKind, one catalogue for the
 * screens and the command line); a name the team gave it in the editor is the team's own words, kept as
 * written.
 */
export function templateNameText(
  language: LabelLanguage,
  template: { id: string; kind: TemplateKind; name: string },
): string {
  return shippedTemplate(template.id)?.name === template.name
    ? labelText(language, 'letterKind', template.kind)
    : template.name;
}
