import type { TFunction } from 'i18next';
import { formatUncertainDate } from '../components/format-dates.js';
import { dateTimeFormat, interfaceLanguage } from '../i18n/date-conventions.js';
import { deadlineState, formatCountdown, type DeadlineState } from '../../shared/clocks/deadline.js';
import { ExplanationLocale, type DeadlineItem } from '../../shared/contract/deadlines.js';
import { deadlineClosureText } from '../../shared/i18n/deadline-closures.js';
import { shippedClockText } from '../../shared/i18n/clock-words.js';

/**
 * How a deadline reads on screen: its clock's name in the interface language while it is the
 * shipped one (the clock's words: shared/i18n/clock-words.ts; `language` is i18n.language), a live
 * countdown from the deadline itself (never from the list's stale state), and the due moment on the
 * mission's clock.
 */

/** The clock's name; translated while it is still the shipped default (a renamed clock is the team's own words). */
export function clockLabel(language: string, clockId: string, name: string): string {
  return shippedClockText(interfaceLanguage(language), clockId, 'name', name);
}

/** The short name a compact countdown uses (case list, case header). */
export function clockShortLabel(language: string, clockId: string, name: string): string {
  return shippedClockText(interfaceLanguage(language), clockId, 'short', name);
}

/** The act that closes the deadline, translated while it is the shipped wording. */
export function clockActionLabel(language: string, clockId: string, action: string): string {
  return shippedClockText(interfaceLanguage(language), clockId, 'action', action);
}

/**
 * The explanation language for the interface language (a regional tag, fr-CA, reads as its base language, as
 * every other word of the interface does): the core words explanations in every interface language.
 */
export function explanationLocale(language: string): ExplanationLocale {
  const parsed = ExplanationLocale.safeParse(interfaceLanguage(language));
  return parsed.success ? parsed.data : 'en';
}

/** Where a deadline stands now, recomputed from its computation so a countdown never waits for the next poll. */
export function liveState(
  item: Pick<DeadlineItem, 'deadline' | 'closedAt'>,
  nowMs: number,
): { state: DeadlineState; remainingMs: number } {
  return deadlineState(item.deadline, nowMs, item.closedAt);
}

// Up to three days, time is told in hours: a 72-hour window reads "71 h 59 min left", not "2 d 23 h".
const HOURS_UP_TO = 72;

/**
 * The one countdown of the interface: "71 h 59 min left" up to 72 hours, "3 d 1 h left" beyond,
 * "42 min left" under an hour; overdue ones the same way ("overdue by 3 h 10 min").
 */
export function countdownText(t: TFunction, remainingMs: number): string {
  const { negative, days, hours, minutes } = formatCountdown(remainingMs);
  const direction = negative ? 'overdue' : 'left';
  const totalHours = days * 24 + hours;
  if (totalHours > HOURS_UP_TO || (totalHours === HOURS_UP_TO && minutes > 0)) {
    return t(`deadlines.countdown.${direction}.days`, { d: days, h: hours });
  }
  if (totalHours > 0) return t(`deadlines.countdown.${direction}.hours`, { h: totalHours, m: minutes });
  if (minutes > 0) return t(`deadlines.countdown.${direction}.minutes`, { m: minutes });
  // Time left rounds up, so zero is only reached by an overdue count in its first minute.
  return t('deadlines.countdown.justOverdue');
}

/** An instant on the wall clock of `timeZone` (the mission's), date and time. */
export function formatInZone(locale: string, instant: string, timeZone: string): string {
  return dateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
}

/**
 * What a deadline is about, in words: an incident by its date as recorded (read from the
 * computation, so it is formatted like every other date), a subject's code, an evidence number.
 */
export function concernText(t: TFunction, locale: string, item: Pick<DeadlineItem, 'concerns' | 'deadline'>): string {
  const { concerns } = item;
  if (concerns.kind !== 'incident') return t(`deadlines.concerns.${concerns.kind}`, { label: concerns.label });
  const start = item.deadline.basis.recordedStart;
  const label =
    typeof start === 'string'
      ? formatInZone(locale, start, item.deadline.basis.timeZone)
      : formatUncertainDate(t, locale, start);
  return t('deadlines.concerns.incident', { label });
}

/** Deadlines about the case as a whole: the benchmarks (investigation, national investigation, NIO). */
function isCaseBenchmark(item: Pick<DeadlineItem, 'concerns'>): boolean {
  return item.concerns.kind === 'case';
}

/** A case's open benchmarks, soonest due first. */
export function openBenchmarks<T extends Pick<DeadlineItem, 'concerns' | 'closedAt' | 'dueAt'>>(
  items: readonly T[],
): T[] {
  return items
    .filter((item) => isCaseBenchmark(item) && item.closedAt === null)
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

/** What closed a deadline: the core's own closing sentence in the interface language, a person's as written. */
export function closedActionText(t: TFunction, action: string): string {
  const translate = t as unknown as (key: string, options?: object) => string;
  return deadlineClosureText((key, params) => translate(`messages.${key}`, params), action);
}
