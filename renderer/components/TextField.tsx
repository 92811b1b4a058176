import { useId, type ReactNode, type RefObject } from 'react';
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
  /** Given the input or textarea, for a form that moves focus to it (React 19 passes `ref` as a prop). */
  ref?: RefObject<HTMLElement | null>;
  /** Extra classes for the control, e.g. `input-medium`. */
  inputClassName?: string;
  inputMode?: 'numeric' | 'text';
  placeholder?: string;
  /** Called when focus leaves the control (the date and time fields tidy what was typed). */
  onBlur?: () => void;
}

/** A labelled text input (or textarea) with its hint and error, wired for screen readers. */
export function TextField({ ref, ...props }: TextFieldProps) {
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  // A callback fills the one ref whichever control is drawn; a ref object is typed for a single kind of element.
  const control = (element: HTMLInputElement | HTMLTextAreaElement | null) => {
    if (ref) ref.current = element;
  };
  const common = {
    id,
    ref: control,
    className: ['input', props.rows ? 'textarea' : '', props.inputClassName ?? ''].filter(Boolean).join(' '),
    value: props.value,
    required: props.required,
    disabled: props.disabled,
    maxLength: props.maxLength,
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
