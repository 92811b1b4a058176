import { bundleFields as ar } from './ar/bundle-fields.js';
import { bundleFields as en } from './en/bundle-fields.js';
import { bundleFields as fr } from './fr/bundle-fields.js';

/*
 * The catalogues of the words of the fields a case bundle carries: English is the source, French and
 * Arabic have every key English has (their type says so). shared/bundles/record-fields.ts names each word by its key.
 */

/** A catalogue of the words of a bundle's fields: a string for every key of the English one. */
export type BundleFieldCatalogue = { [Section in keyof typeof en]: Record<keyof (typeof en)[Section], string> };

export type FieldWord = keyof typeof en.labels;
export type ValueWord = keyof typeof en.values;

export const FIELD_WORDS: Readonly<Record<'en' | 'fr' | 'ar', BundleFieldCatalogue>> = { en, fr, ar };
