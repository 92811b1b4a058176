import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from './date-time-text.js';
import { displayLocale } from './format-dates.js';
import { TextField } from './TextField.js';
import { useTypedEntry } from './use-typed-entry.js';

export interface TypedEntryFieldProps {
  label: ReactNode;
  /** The ISO value (`YYYY-MM-DD`, `YYYY-MM`, `HH:mm`), '' when empty, or text that is not one yet. */
  value: string;
  onChange: (value: string) => void;
  /** Said before the field's own line (the value in words, or how to write it). */
  hint?: ReactNode;
  /** The form's message (e.g. "not after today"); text that is no date or time gets the field's own. */
  error?: string | undefined;
  required?: boolean;
  disabled?: boolean;
}

/** What differs between a day, a month, a date bound and a time field. */
export interface EntryKind<Problem extends string> {
  read: (text: string, language: string) => Entry<Problem>;
  show: (value: string, language: string) => string;
  /** The line under the field: the value read back in words, or how to write it; null for none. */
  line: (entry: Entry<Problem>, t: TFunction, locale: string) => string | null;
  problemText: (problem: Extract<Entry<Problem>, { kind: 'invalid' }>, t: TFunction, locale: string) => string;
  inputClassName: string;
  maxLength: number;
}

/**
 * A date or time typed as the interface language writes it, never the browser's own picker, whose
 * order and clock follow the computer's locale rather than the language chosen in Casefile.
 */
export function TypedEntryField<Problem extends string>({
  kind,
  ...props
}: TypedEntryFieldProps & { kind: EntryKind<Problem> }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const locale = displayLocale(language);
  const field = useTypedEntry<Problem>({
    value: props.value,
    onChange: props.onChange,
    language,
    read: (text) => kind.read(text, language),
    show: (value) => kind.show(value, language),
    refused: Boolean(props.error),
  });
  const line = kind.line(field.entry, t, locale);
  return (
    <TextField
      label={props.label}
      value={field.text}
      onChange={field.change}
      onBlur={field.leave}
      hint={
        line && props.hint ? (
          <>
            {props.hint} <span className="nowrap">{line}</span>
          </>
        ) : (
          (line ?? props.hint)
        )
      }
      error={field.problem ? kind.problemText(field.problem, t, locale) : props.error}
      required={props.required}
      disabled={props.disabled}
      inputClassName={kind.inputClassName}
      maxLength={kind.maxLength}
    />
  );
}
