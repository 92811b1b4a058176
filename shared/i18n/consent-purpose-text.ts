import {
  DISCIPLINARY_SHARING_NAME,
  DISCIPLINARY_SHARING_PURPOSE,
  isCustomConsentPurpose,
  type ConsentPurpose,
  type StandardConsentPurpose,
} from '../domain/consent.js';
import { labelText, type LabelLanguage } from './labels.js';

/**
 * A consent's purpose as a person reads it: a standard or named purpose in `language`, a custom one in the
 * investigator's own words, as written. The screens and the command line word purposes this one way.
 */
export function consentPurposeText(language: LabelLanguage, purpose: ConsentPurpose): string {
  if (purpose === DISCIPLINARY_SHARING_PURPOSE) {
    return labelText(language, 'namedConsentPurpose', DISCIPLINARY_SHARING_NAME);
  }
  if (isCustomConsentPurpose(purpose)) return purpose.slice(purpose.indexOf(':') + 1);
  return labelText(language, 'consentPurpose', purpose as StandardConsentPurpose);
}
