import type { TFunction } from 'i18next';
import type { ApiError, ErrorCode } from '../../shared/contract/index.js';

/** Codes whose meaning the UI can say in the user's language; other codes carry a specific message. */
export const TRANSLATED_ERROR_CODES = [
  'VAULT_LOCKED',
  'VAULT_MISSING',
  'VAULT_EXISTS',
  'NOT_A_VAULT',
  'VAULT_TOO_NEW',
  'VAULT_CORRUPT',
  'KDF_TOO_WEAK',
  'WRONG_PASSPHRASE',
  'WEAK_PASSPHRASE',
  'FORBIDDEN_SENDER',
  'INTERNAL',
] as const satisfies readonly ErrorCode[];

type TranslatedCode = (typeof TRANSLATED_ERROR_CODES)[number];

function isTranslated(code: ErrorCode): code is TranslatedCode {
  return (TRANSLATED_ERROR_CODES as readonly string[]).includes(code);
}

export function errorText(t: TFunction, error: ApiError): string {
  return isTranslated(error.code) ? t(`errors.${error.code}`) : error.message;
}
