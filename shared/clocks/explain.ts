import { instantMs } from '../domain/primitives.js';
import { labelText } from '../i18n/labels.js';
import type { ClockDuration, DurationUnit } from './clock.js';
import type { Deadline } from './deadline.js';
import { wallTimeAt } from './local-time.js';

/**
 * How a deadline was reached, in words, for the countdown's tooltip, the CLI and reports:
 * a team must be able to check the arithmetic, and see why an uncertain date counts from
 * its earliest moment.
 */

export type ExplanationLocale = 'en' | 'fr';

const UNIT_WORDS: Record<ExplanationLocale, Record<DurationUnit, [one: string, many: string]>> = {
  en: {
    hours: ['hour', 'hours'],
    days: ['day', 'days'],
    working_days: ['working day', 'working days'],
    months: ['month', 'months'],
  },
  fr: {
    hours: ['heure', 'heures'],
    days: ['jour', 'jours'],
    working_days: ['jour ouvré', 'jours ouvrés'],
    months: ['mois', 'mois'],
  },
};

const pad = (n: number): string => String(n).padStart(2, '0');

function localTime(ms: number, timeZone: string): string {
  const { wall } = wallTimeAt(ms, timeZone);
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)} ${pad(wall.hour)}:${pad(wall.minute)}`;
}

function amountOf(duration: ClockDuration, locale: ExplanationLocale): string {
  const [one, many] = UNIT_WORDS[locale][duration.unit];
  // French uses the singular for 0 and 1 ("0 heure"); English only for 1.
  const singular = locale === 'fr' ? duration.amount <= 1 : duration.amount === 1;
  return `${duration.amount} ${singular ? one : many}`;
}

function writtenStart(deadline: Deadline): string {
  const start = deadline.basis.recordedStart;
  if (typeof start === 'string') return start;
  if (start.precision === 'unknown') return '?';
  return start.precision === 'range' ? `${start.from} – ${start.to}` : start.from;
}

/** A paragraph saying how `deadline` was computed, in English or French. */
export function explainDeadline(deadline: Deadline, locale: ExplanationLocale = 'en'): string {
  const { basis } = deadline;
  const zone = basis.timeZone;
  const event = labelText(locale, 'clockStartEventInText', basis.startEvent);
  const amount = amountOf(basis.duration, locale);
  const backward = basis.direction === 'before_event';
  const uncertain = basis.startReading === 'earliest_possible';
  const start = localTime(instantMs(basis.startAt), zone);
  const due = localTime(instantMs(deadline.dueAt), zone);
  const lastDue = localTime(instantMs(deadline.lastPossibleDueAt), zone);
  const weekend = basis.weekendDays.map((day) => labelText(locale, 'weekdayInText', day)).join(', ');
  const zero = basis.duration.amount === 0;
  const sentences: string[] = [];

  if (locale === 'fr') {
    sentences.push(
      backward
        ? zero
          ? `Échéance : avant ${event}.`
          : `Échéance : ${amount} avant ${event}.`
        : zero
          ? `Échéance : dès ${event}.`
          : `Échéance : ${amount} après ${event}.`,
    );
    if (basis.urgentApplied) sentences.push('Délai réduit : affaire urgente.');
    if (!uncertain)
      sentences.push(
        backward ? `Décompté à rebours depuis le ${start} (${zone}).` : `Point de départ : ${start} (${zone}).`,
      );
    else if (backward)
      sentences.push(
        `Date incertaine (${writtenStart(deadline)}) : le décompte part du premier jour ` +
          `possible, ${start} (${zone}), car l'événement peut survenir dès ce moment.`,
      );
    else
      sentences.push(
        `Date incertaine (${writtenStart(deadline)}) : le délai court à partir du premier ` +
          `moment possible, ${start} (${zone}), car pour les preuves et les soins urgents ` +
          `le délai peut se refermer aussi tôt.`,
      );
    if (basis.duration.unit === 'working_days') {
      const holidays =
        basis.holidaysSkipped.length > 0 ? ` et les jours fériés (${basis.holidaysSkipped.join(', ')})` : '';
      sentences.push(`Les jours de week-end (${weekend})${holidays} ne sont pas comptés.`);
    }
    if (basis.wholeDays)
      sentences.push(
        backward
          ? 'Compté en jours entiers : dû au début du jour indiqué.'
          : 'Compté en jours entiers : dû à la fin du dernier jour.',
      );
    sentences.push(`Échéance le ${due} (${zone}).`);
    if (deadline.lastPossibleDueAt !== deadline.dueAt) {
      sentences.push(
        backward
          ? `S'il survient le plus tard possible, l'échéance sera le ${lastDue}.`
          : `Si l'événement a eu lieu le plus tard possible, l'échéance serait le ${lastDue}.`,
      );
    }
    return sentences.join(' ');
  }

  sentences.push(
    backward
      ? zero
        ? `Due before ${event}.`
        : `Due ${amount} before ${event}.`
      : zero
        ? `Due immediately on ${event}.`
        : `Due ${amount} after ${event}.`,
  );
  if (basis.urgentApplied) sentences.push('Shortened: the case is urgent.');
  if (!uncertain)
    sentences.push(backward ? `Counted back from ${start} (${zone}).` : `Counted from ${start} (${zone}).`);
  else if (backward)
    sentences.push(
      `Its date is uncertain (${writtenStart(deadline)}), so the count goes back from ` +
        `the earliest day it could fall on, ${start} (${zone}): it may come that soon.`,
    );
  else
    sentences.push(
      `Its date is uncertain (${writtenStart(deadline)}), so the clock counts from the ` +
        `earliest moment it could have happened, ${start} (${zone}): for time-sensitive ` +
        `evidence and treatment the window may close that early.`,
    );
  if (basis.duration.unit === 'working_days') {
    const holidays = basis.holidaysSkipped.length > 0 ? ` and holidays (${basis.holidaysSkipped.join(', ')})` : '';
    sentences.push(`Weekend days (${weekend})${holidays} are not counted.`);
  }
  if (basis.wholeDays)
    sentences.push(
      backward
        ? 'Counted in whole days: due at the start of the day reached.'
        : 'Counted in whole days: due at the end of the last day.',
    );
  sentences.push(`Due at ${due} (${zone}).`);
  if (deadline.lastPossibleDueAt !== deadline.dueAt) {
    sentences.push(
      backward
        ? `If it comes as late as possible, the deadline moves to ${lastDue}.`
        : `Had it happened as late as possible, it would fall due at ${lastDue}.`,
    );
  }
  return sentences.join(' ');
}
