import { useTranslation } from 'react-i18next';
import type { ConsentPurpose } from '../../shared/domain/consent.js';
import { consentPurposeText } from '../../shared/i18n/consent-purpose-text.js';
import { interfaceLanguage } from '../i18n/date-conventions.js';

/** A consent's purpose in the screen's language (a custom one as its author wrote it): consentPurposeText. */
export function usePurposeText(): (purpose: ConsentPurpose) => string {
  const { i18n } = useTranslation();
  const language = interfaceLanguage(i18n.language);
  return (purpose) => consentPurposeText(language, purpose);
}
