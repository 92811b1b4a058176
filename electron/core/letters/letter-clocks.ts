import type { ClockConfiguration } from '../../../shared/contract/deadlines.js';
import { clockById, type ClockDefinition } from '../../../shared/clocks/clock.js';
import { computeDeadline, type Deadline } from '../../../shared/clocks/deadline.js';
import type { LetterClock } from '../../../shared/documents/merge-data.js';
import type { Instant } from '../../../shared/domain/primitives.js';

/**
 * The deadlines a letter states, counted from the letter's own date with the team's clocks: a
 * notification lists the time limits that run from it (the National Investigation Officer's
 * appointment, the national investigation) even before the case records that the country was
 * notified, and every referral asks for a reply by the day the follow-up register's reply clock
 * will give the item the letter opens.
 */

/** The follow-up register's clock (electron/core/follow-ups/follow-up-store.ts names it too). */
const REPLY_CLOCK = 'follow_up_reply';

function deadlineFrom(clock: ClockDefinition, at: Instant, configuration: ClockConfiguration, urgent: boolean) {
  const { calendar } = configuration;
  const computed = computeDeadline(clock, at, {
    timeZone: calendar.timeZone,
    urgent,
    holidays: calendar.holidays,
    weekendDays: calendar.weekendDays,
  });
  return computed.deadline;
}

/** The reply asked for by a letter made at `at`; undefined when the team switched the reply clock off. */
export function replyDeadline(configuration: ClockConfiguration, at: Instant, urgent: boolean): Deadline | undefined {
  const clock = clockById(configuration.clocks, REPLY_CLOCK);
  if (!clock || !clock.enabled) return undefined;
  return deadlineFrom(clock, at, configuration, urgent) ?? undefined;
}

/**
 * The clocks a notification made at `at` starts, besides those already running on the case: each
 * enabled clock that counts from the notification, counted from the letter's date.
 */
export function notificationClocks(
  configuration: ClockConfiguration,
  running: readonly LetterClock[],
  at: Instant,
  urgent: boolean,
): LetterClock[] {
  const runningIds = new Set(running.map((entry) => entry.deadline.clockId));
  const started = configuration.clocks
    .filter((clock) => clock.enabled && clock.startEvent === 'notification_to_tcc' && !runningIds.has(clock.id))
    .flatMap((clock) => {
      const deadline = deadlineFrom(clock, at, configuration, urgent);
      return deadline ? [{ name: clock.name, deadline }] : [];
    });
  return [...running, ...started];
}
