import type { TFunction } from 'i18next';
import {
  STANDARD_CONSENT_PURPOSES,
  type ConsentPurpose,
  type StandardConsentPurpose,
} from '../../shared/domain/consent.js';

const CUSTOM_PREFIX = 'custom:';

function isStandard(purpose: string): purpose is StandardConsentPurpose {
  return (STANDARD_CONSENT_PURPOSES as readonly string[]).includes(purpose);
}

/** A standard purpose in the user's language; a custom one as its author wrote it. */
export function purposeLabel(purpose: ConsentPurpose, t: TFunction): string {
  if (isStandard(purpose)) return t(`labels.consentPurpose.${purpose}`);
  return purpose.startsWith(CUSTOM_PREFIX) ? purpose.slice(CUSTOM_PREFIX.length) : purpose;
}
