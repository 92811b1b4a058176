import type { Language } from '../domain/settings.js';
import { mergeFieldWords as ar } from './ar/merge-fields.js';
import { mergeFieldWords as en } from './en/merge-fields.js';
import { mergeFieldWords as fr } from './fr/merge-fields.js';

/*
 * The catalogues of the words of the merge fields, keyed by a field's full path: English is the source,
 * French and Arabic have every key English has (their type says so). shared/documents/merge-fields.ts
 * names the fields; `letters.mergeFields` replies with their words in the reader's language.
 */

/** The full path of a merge field the catalogues name (`case.reference`, `victims.code`). */
type MergeFieldPath = keyof typeof en;

/** A catalogue of the merge fields' words: a string for every field English names. */
export type MergeFieldCatalogue = Readonly<Record<MergeFieldPath, string>>;

export const MERGE_FIELD_WORDS: Readonly<Record<Language, MergeFieldCatalogue>> = { en, fr, ar };
