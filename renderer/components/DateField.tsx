import type { TFunction } from 'i18next';
import { YEAR_RANGE } from '../../shared/domain/calendar.js';
import { dateTimeFormat } from '../i18n/date-conventions.js';
import {
  boundText,
  dateText,
  monthText,
  readBound,
  readDate,
  readMonth,
  type DateProblem,
  type Entry,
} from './date-time-text.js';
import { formatWrittenDate } from './format-dates.js';
import { TypedEntryField, type EntryKind, type TypedEntryFieldProps } from './TypedEntryField.js';

/** "Tuesday 10 March 2026": read back under the field, so a day typed month-first shows at once. */
function inWords(locale: string, value: string): string {
  return dateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${value}T00:00:00Z`));
}

function monthInWords(locale: string, value: string): string {
  return dateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${value}-01T00:00:00Z`),
  );
}

const DAY: EntryKind<DateProblem> = {
  read: readDate,
  show: dateText,
  line: (entry, t, locale) => (entry.kind === 'valid' ? inWords(locale, entry.value) : t('dateTime.dateHint')),
  problemText: (problem, t, locale) => dateProblemText(t, locale, problem, 'date'),
  inputClassName: 'input-date',
  maxLength: 24,
};

const MONTH: EntryKind<DateProblem> = {
  read: readMonth,
  show: monthText,
  line: (entry, t, locale) => (entry.kind === 'valid' ? monthInWords(locale, entry.value) : t('dateTime.monthHint')),
  problemText: (problem, t, locale) => dateProblemText(t, locale, problem, 'month'),
  inputClassName: 'input-date',
  maxLength: 16,
};

const BOUND: EntryKind<DateProblem> = {
  read: readBound,
  show: boundText,
  line: (entry, _t, locale) =>
    entry.kind === 'valid' && entry.value.length > 4 ? formatWrittenDate(locale, entry.value) : null,
  problemText: (problem, t, locale) =>
    problem.problem === 'format'
      ? t('dateTime.problems.bound.format')
      : dateProblemText(t, locale, problem, problem.month ? 'date' : 'month'),
  inputClassName: 'input-date',
  maxLength: 24,
};

/**
 * A day typed as the interface language writes it (English and French: 10/03/2026; ISO
 * 2026-03-10 is understood too), never the browser's or the system's own date picker, whose
 * order and clock follow the computer's locale rather than the language chosen in Casefile.
 */
export function DateField(props: TypedEntryFieldProps) {
  return <TypedEntryField {...props} kind={DAY} />;
}

/** A month and year ("03/2026", ISO 2026-03 understood), for a date known only to the month. */
export function MonthField(props: TypedEntryFieldProps) {
  return <TypedEntryField {...props} kind={MONTH} />;
}

/** One end of a date range: a year, a month or a day, as precise as what is known. */
export function DateBoundField(props: TypedEntryFieldProps) {
  return <TypedEntryField {...props} kind={BOUND} />;
}

function dateProblemText(
  t: TFunction,
  locale: string,
  problem: Extract<Entry<DateProblem>, { kind: 'invalid' }>,
  field: 'date' | 'month',
): string {
  switch (problem.problem) {
    case 'format':
      return field === 'date' ? t('dateTime.problems.date.format') : t('dateTime.problems.month.format');
    case 'year':
      return field === 'date'
        ? t('dateTime.problems.date.year', { min: YEAR_RANGE.min, max: YEAR_RANGE.max })
        : t('dateTime.problems.month.year', { min: YEAR_RANGE.min, max: YEAR_RANGE.max });
    case 'month':
      return field === 'date' ? t('dateTime.problems.date.month') : t('dateTime.problems.month.month');
    case 'day': {
      const month = problem.month ?? '';
      const [year = 0, number = 1] = month.split('-').map(Number);
      return t('dateTime.problems.date.day', {
        month: monthInWords(locale, month),
        days: new Date(Date.UTC(year, number, 0)).getUTCDate(),
      });
    }
  }
}
