import { instantMs } from '../domain/primitives.js';
import { durationWords } from '../documents/words.js';
import type { MessageParams } from '../i18n/catalogue.js';
import { listText } from '../i18n/list-text.js';
import { messageText, type MessageLanguage } from '../i18n/messages.js';
import type { Deadline } from './deadline.js';
import { wallTimeAt } from './local-time.js';

/**
 * How a deadline was reached, in words, for the countdown's tooltip, the CLI and reports:
 * a team must be able to check the arithmetic, and see why an uncertain date counts from
 * its earliest moment.
 */

/** The languages an explanation is worded in: the message catalogue's. */
export type ExplanationLocale = MessageLanguage;

const pad = (n: number): string => String(n).padStart(2, '0');

function localTime(ms: number, timeZone: string): string {
  const { wall } = wallTimeAt(ms, timeZone);
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)} ${pad(wall.hour)}:${pad(wall.minute)}`;
}

function writtenStart(deadline: Deadline): string {
  const start = deadline.basis.recordedStart;
  if (typeof start === 'string') return start;
  if (start.precision === 'unknown') return '?';
  return start.precision === 'range' ? `${start.from} – ${start.to}` : start.from;
}

/** A paragraph saying how `deadline` was computed, in the language asked for. */
export function explainDeadline(deadline: Deadline, locale: ExplanationLocale = 'en'): string {
  const { basis } = deadline;
  const say = (key: string, params?: MessageParams) => messageText(locale, `deadlineExplanation.${key}`, params);
  const zone = basis.timeZone;
  const event = basis.startEvent;
  const backward = basis.direction === 'before_event';
  const uncertain = basis.startReading === 'earliest_possible';
  const start = localTime(instantMs(basis.startAt), zone);
  const zero = basis.duration.amount === 0;
  const sentences: string[] = [];

  if (zero) sentences.push(say(backward ? 'dueBeforeEvent' : 'dueOnEvent', { event }));
  else
    sentences.push(
      say(backward ? 'dueBefore' : 'dueAfter', {
        amount: durationWords(basis.duration.amount, basis.duration.unit, locale),
        event,
      }),
    );
  if (basis.urgentApplied) sentences.push(say('urgent'));
  if (!uncertain) sentences.push(say(backward ? 'countedBack' : 'countedFrom', { start, zone }));
  else
    sentences.push(say(backward ? 'uncertainBack' : 'uncertainFrom', { written: writtenStart(deadline), start, zone }));
  if (basis.duration.unit === 'working_days') {
    const weekend = basis.weekendDays;
    sentences.push(
      basis.holidaysSkipped.length > 0
        ? say('weekendAndHolidays', { weekend, holidays: listText(locale, basis.holidaysSkipped, { type: 'unit' }) })
        : say('weekend', { weekend }),
    );
  }
  if (basis.wholeDays) sentences.push(say(backward ? 'wholeDaysBack' : 'wholeDaysFrom'));
  sentences.push(say('dueAt', { due: localTime(instantMs(deadline.dueAt), zone), zone }));
  if (deadline.lastPossibleDueAt !== deadline.dueAt) {
    sentences.push(
      say(backward ? 'latestBack' : 'latestFrom', { lastDue: localTime(instantMs(deadline.lastPossibleDueAt), zone) }),
    );
  }
  return sentences.join(' ');
}
