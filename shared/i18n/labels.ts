import type { DocumentLanguage } from '../documents/document-model.js';
import { labels as ar } from './ar/labels.js';
import { labels as en } from './en/labels.js';
import { labels as es } from './es/labels.js';
import { labels as fr } from './fr/labels.js';
import type {
  DocumentLabelCatalogue,
  DocumentLabelGroup,
  LabelCatalogue,
  LabelGroup,
  LabelTypes,
} from './label-types.js';

/**
 * The words of each value, one catalogue per language (./<language>/labels.ts): what the screens
 * (as the `labels` resources of the renderer's i18next), the messages' `{{param, group}}`, the
 * documents and the timeline show for an enum value.
 */

/** The languages of the screens and the messages: every group. */
export const LABEL_CATALOGUES: Readonly<Record<'en' | 'fr' | 'ar', LabelCatalogue>> = { en, fr, ar };
export type LabelLanguage = keyof typeof LABEL_CATALOGUES;

/** The languages letters are written in: the groups a letter prints. */
export const DOCUMENT_LABEL_CATALOGUES: Readonly<Record<DocumentLanguage, DocumentLabelCatalogue>> = {
  en,
  fr,
  ar,
  es,
};

type Words = Readonly<Record<string, string>>;

/** A value's label; `undefined` for a value its group does not hold (data from a newer app, say). */
export function findLabel(language: string, group: string, value: unknown): string | undefined {
  const catalogue = (LABEL_CATALOGUES as Readonly<Record<string, Readonly<Record<string, Words>>>>)[language];
  const words = catalogue?.[group];
  return words !== undefined && typeof value === 'string' && Object.hasOwn(words, value) ? words[value] : undefined;
}

/** A value's label in a screen language. */
export function labelText<G extends LabelGroup>(language: LabelLanguage, group: G, value: LabelTypes[G]): string {
  return (LABEL_CATALOGUES[language][group] as Words)[value] as string;
}

/** A value's label as a letter in `language` prints it. */
export function documentLabelText<G extends DocumentLabelGroup>(
  language: DocumentLanguage,
  group: G,
  value: LabelTypes[G],
): string {
  return (DOCUMENT_LABEL_CATALOGUES[language][group] as Words)[value] as string;
}
