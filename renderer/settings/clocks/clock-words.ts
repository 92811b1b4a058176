import type { TFunction } from 'i18next';
import type { ClockDuration } from '../../../shared/clocks/clock.js';

/**
 * "72 hours", "1 hour", "0 heure", "ساعتان": the form the language's plural rules (Intl.PluralRules, through
 * i18next's count) choose for the amount: English's singular for 1, French's for 0 and 1, Arabic's six forms.
 */
export function durationText(t: TFunction, duration: ClockDuration): string {
  return t(`deadlines.units.${duration.unit}`, { count: duration.amount });
}
