import { useId, type ReactNode } from 'react';
import { describedBy } from './described-by.js';

export interface TextFieldProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  /** A translated message; the field is marked invalid while it is set. */
  error?: string;
  required?: boolean;
  disabled?: boolean;
  /** A textarea with this many rows instead of a one-line input. */
  rows?: number;
  /** Dates and times have their own fields (DateField, TimeField): the browser's follow the computer's locale. */
  type?: 'text' | 'number' | 'search';
  maxLength?: number;
  autoFocus?: boolean;
  /** Extra classes for the control, e.g. `input-medium`. */
  inputClassName?: string;
  inputMode?: 'numeric' | 'text';
  placeholder?: string;
  /** Called when focus leaves the control (the date and time fields tidy what was typed). */
  onBlur?: () => void;
}

/** A labelled text input (or textarea) with its hint and error, wired for screen readers. */
export function TextField(props: TextFieldProps) {
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const common = {
    id,
    className: ['input', props.rows ? 'textarea' : '', props.inputClassName ?? ''].filter(Boolean).join(' '),
    value: props.value,
    required: props.required,
    disabled: props.disabled,
    maxLength: props.maxLength,
    autoFocus: props.autoFocus,
    placeholder: props.placeholder,
    onBlur: props.onBlur,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy(props.hint && hintId, props.error && errorId),
  };
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {props.label}
        {props.required && <RequiredMark />}
      </label>
      {props.rows ? (
        <textarea {...common} rows={props.rows} onChange={(event) => props.onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
      {props.hint && (
        <p className="field-hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <FieldError id={errorId} message={props.error} />
    </div>
  );
}

/** The asterisk after a required field's label; the `required` attribute is what assistive technology reads. */
export function RequiredMark() {
  return (
    <span className="required-mark" aria-hidden="true">
      {' *'}
    </span>
  );
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="field-error" id={id}>
      {message}
    </p>
  );
}
