import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { readTime, timeText, type TimeProblem } from './date-time-text.js';
import { TextField } from './TextField.js';
import { useTypedEntry } from './use-typed-entry.js';

export interface TimeFieldProps {
  label: ReactNode;
  /** `HH:mm`, '' when empty, or text that is not a time yet. */
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
}

/**
 * A time of day on the 24-hour clock, to the minute, in every language: "2321", "23:21",
 * "23h21" and "9:05" are understood and shown back as 23:21 or 09:05. A text field rather than
 * the browser's time input, which follows the computer's locale (AM/PM on an English system).
 */
export function TimeField(props: TimeFieldProps) {
  const { t, i18n } = useTranslation();
  const field = useTypedEntry<TimeProblem>({
    value: props.value,
    onChange: props.onChange,
    language: i18n.language,
    read: readTime,
    show: timeText,
    refused: props.error !== undefined && props.error !== '',
  });
  const line = t('dateTime.timeHint');
  return (
    <TextField
      label={props.label}
      value={field.text}
      onChange={field.change}
      onBlur={field.leave}
      hint={
        props.hint ? (
          <>
            {props.hint} <span className="nowrap">{line}</span>
          </>
        ) : (
          line
        )
      }
      error={field.problem ? t(`dateTime.problems.time.${field.problem.problem}`) : props.error}
      required={props.required}
      disabled={props.disabled}
      autoFocus={props.autoFocus}
      inputClassName="input-time"
      maxLength={16}
    />
  );
}
