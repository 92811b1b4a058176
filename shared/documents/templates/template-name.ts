import { labelText, type LabelLanguage } from '../../i18n/labels.js';
import type { TemplateKind } from '../template.js';
import { SHIPPED_TEMPLATE_NAMES } from './shipped-names.js';

type NamedTemplate = { kind: TemplateKind; name: string };

/**
 * How a letter template is named to its reader, on every screen and on the command line. While it
 * keeps the name it shipped with, by its kind in the reader's language (`kindWords`: the labels'
 * letterKind, as the screens or the command line word it); a name the team gave it in the editor
 * is the team's own words, kept as written.
 */
export function templateNameIn(kindWords: (kind: TemplateKind) => string, template: NamedTemplate): string {
  return SHIPPED_TEMPLATE_NAMES[template.kind] === template.name ? kindWords(template.kind) : template.name;
}

/** A template's name in a language of the screens and the command line (see templateNameIn). */
export function templateNameText(language: LabelLanguage, template: NamedTemplate): string {
  return templateNameIn((kind) => labelText(language, 'letterKind', kind), template);
}
