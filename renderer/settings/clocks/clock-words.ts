import type { ClockDuration } from '../../../shared/clocks/clock.js';
import { durationWords } from '../../../shared/documents/words.js';
import { interfaceLanguage } from '../../i18n/date-conventions.js';

/**
 * "72 hours", "1 hour", "0 heure", "ساعتان" in the interface's language, worded where letters, reports and
 * deadline explanations word it (the form Intl.PluralRules chooses: Arabic's six).
 */
export function durationText(language: string, duration: ClockDuration): string {
  return durationWords(duration.amount, duration.unit, interfaceLanguage(language));
}
