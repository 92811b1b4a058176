import type { TFunction } from 'i18next';
import { formatCountdown } from '../../shared/clocks/deadline.js';

// Below this, time is told in hours: a 72- or 120-hour window reads "71 h 59 min", not "2 d 23 h".
const HOURS_BELOW_DAYS = 5;

/** "71 h 59 min left", "27 d 4 h left", "overdue by 3 h 5 min", in the user's language. */
export function countdownText(t: TFunction, remainingMs: number): string {
  const { negative, days, hours, minutes } = formatCountdown(remainingMs);
  if (days < HOURS_BELOW_DAYS) {
    const totalHours = days * 24 + hours;
    return negative
      ? t('evidence.countdown.overdueHours', { hours: totalHours, minutes })
      : t('evidence.countdown.leftHours', { hours: totalHours, minutes });
  }
  return negative ? t('evidence.countdown.overdueDays', { days, hours }) : t('evidence.countdown.leftDays', { days, hours });
}
