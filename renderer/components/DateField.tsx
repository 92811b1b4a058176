import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { YEAR_RANGE } from '../../shared/domain/calendar.js';
import { dateTimeFormat } from '../i18n/date-conventions.js';
import { boundText, dateText, monthText, readBound, readDate, readMonth, type DateProblem, type Entry } from './date-time-text.js';
import { displayLocale, formatWrittenDate } from './format-dates.js';
import { TextField } from './TextField.js';
import { useTypedEntry } from './use-typed-entry.js';

export interface DateFieldProps {
  label: ReactNode;
  /** `YYYY-MM-DD` (a month field: `YYYY-MM`), '' when empty, or text that is not a date yet. */
  value: string;
  onChange: (value: string) => void;
  /** Said before the field's own pattern hint. */
  hint?: ReactNode;
  /** The form's message (e.g. "not after today"); a date that does not exist gets the field's own. */
  error?: string | undefined;
  required?: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
}

/** "Tuesday 10 March 2026": read back under the field, so a day typed month-first shows at once. */
function inWords(locale: string, value: string): string {
  return dateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
}

function monthInWords(locale: string, value: string): string {
  return dateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${value}-01T00:00:00Z`));
}

function HintLines({ hint, line }: { hint: ReactNode; line: string }) {
  return hint ? (
    <>
      {hint} <span className="nowrap">{line}</span>
    </>
  ) : (
    line
  );
}

/**
 * A day typed as the interface language writes it (English and French: 10/03/2026; ISO
 * 2026-03-10 is understood too), never the browser's or the system's own date picker, whose
 * order and clock follow the computer's locale rather than the language chosen in Casefile.
 */
export function DateField(props: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const locale = displayLocale(language);
  const field = useTypedEntry<DateProblem>({
    value: props.value,
    onChange: props.onChange,
    language,
    read: (text) => readDate(text, language),
    show: (value) => dateText(value, language),
    refused: props.error !== undefined && props.error !== '',
  });
  const line = field.entry.kind === 'valid' ? inWords(locale, field.entry.value) : t('dateTime.dateHint');
  return (
    <TextField
      label={props.label}
      value={field.text}
      onChange={field.change}
      onBlur={field.leave}
      hint={<HintLines hint={props.hint} line={line} />}
      error={field.problem ? dateProblemText(t, locale, field.problem, 'date') : props.error}
      required={props.required}
      disabled={props.disabled}
      autoFocus={props.autoFocus}
      inputClassName="input-date"
      maxLength={24}
    />
  );
}

/** A month and year ("03/2026", ISO 2026-03 understood), for a date known only to the month. */
export function MonthField(props: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const locale = displayLocale(language);
  const field = useTypedEntry<DateProblem>({
    value: props.value,
    onChange: props.onChange,
    language,
    read: readMonth,
    show: monthText,
    refused: props.error !== undefined && props.error !== '',
  });
  const line = field.entry.kind === 'valid' ? monthInWords(locale, field.entry.value) : t('dateTime.monthHint');
  return (
    <TextField
      label={props.label}
      value={field.text}
      onChange={field.change}
      onBlur={field.leave}
      hint={<HintLines hint={props.hint} line={line} />}
      error={field.problem ? dateProblemText(t, locale, field.problem, 'month') : props.error}
      required={props.required}
      disabled={props.disabled}
      autoFocus={props.autoFocus}
      inputClassName="input-date"
      maxLength={16}
    />
  );
}

/** One end of a date range: a year, a month or a day, as precise as what is known. */
export function DateBoundField(props: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const locale = displayLocale(language);
  const field = useTypedEntry<DateProblem>({
    value: props.value,
    onChange: props.onChange,
    language,
    read: (text) => readBound(text, language),
    show: (value) => boundText(value, language),
    refused: props.error !== undefined && props.error !== '',
  });
  const words = field.entry.kind === 'valid' && field.entry.value.length > 4 ? formatWrittenDate(locale, field.entry.value) : null;
  return (
    <TextField
      label={props.label}
      value={field.text}
      onChange={field.change}
      onBlur={field.leave}
      hint={words ? <HintLines hint={props.hint} line={words} /> : props.hint}
      error={
        field.problem
          ? field.problem.problem === 'format'
            ? t('dateTime.problems.bound.format')
            : dateProblemText(t, locale, field.problem, field.problem.month ? 'date' : 'month')
          : props.error
      }
      required={props.required}
      disabled={props.disabled}
      autoFocus={props.autoFocus}
      inputClassName="input-date"
      maxLength={24}
    />
  );
}

function dateProblemText(t: TFunction, locale: string, problem: Extract<Entry<DateProblem>, { kind: 'invalid' }>, field: 'date' | 'month'): string {
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
      return t('dateTime.problems.date.day', { month: monthInWords(locale, month), days: new Date(Date.UTC(year, number, 0)).getUTCDate() });
    }
  }
}
