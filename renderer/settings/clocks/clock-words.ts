import type { TFunction } from 'i18next';
import type { ClockDuration } from '../../../shared/clocks/clock.js';

/**
 * "72 hours", "1 hour", "0 heure": French takes the singular for 0 and 1, English for 1 only (as the core's
 * explanations do).
 */
export function durationText(t: TFunction, language: string, duration: ClockDuration): string {
  const singular = language === 'fr' ? duration.amount <= 1 : duration.amount === 1;
  return singular
    ? t(`deadlines.units.one.${duration.unit}`, { n: duration.amount })
    : t(`deadlines.units.many.${duration.unit}`, { n: duration.amount });
}
