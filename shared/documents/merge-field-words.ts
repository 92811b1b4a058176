import type { Language } from '../domain/settings.js';
import { MERGE_FIELD_WORDS } from '../i18n/merge-fields.js';
import type { MergeFieldInfo } from './merge-fields.js';

/** The full path of a field as the catalogues name it (`victims.code` for `.code` of the list `victims`). */
export function fullFieldPath(field: Pick<MergeFieldInfo, 'path' | 'list'>): string {
  return field.list ? `${field.list}${field.path}` : field.path;
}

/**
 * A field's words in an interface language (shared/i18n/<language>/merge-fields.ts). A test keeps every field
 * a recipient may use named in every language; a field the catalogue lacks would read as its path.
 */
export function mergeFieldLabel(field: Pick<MergeFieldInfo, 'path' | 'list'>, language: Language): string {
  const words: Readonly<Record<string, string>> = MERGE_FIELD_WORDS[language];
  const path = fullFieldPath(field);
  return Object.hasOwn(words, path) ? words[path]! : path;
}
