import { useId, type ReactNode } from 'react';
import { describedBy } from './described-by.js';
import { FieldError, RequiredMark } from './TextField.js';

export interface SelectOption<T extends string> {
  value: T;
  label: string;
}

export interface SelectFieldProps<T extends string> {
  label: ReactNode;
  value: T | '';
  options: readonly SelectOption<T>[];
  onChange: (value: T | '') => void;
  /** Label of a first, empty choice ("Not set"); without it the select always holds a value. */
  emptyLabel?: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  disabled?: boolean;
  inputClassName?: string;
  /**
   * The options are text people wrote (a case's title): each is shown in the direction of its own
   * words, so an English title in the Arabic screen shows its beginning, not its end.
   */
  userText?: boolean;
}

/** A labelled select over a closed list of values (an enum of the domain, with translated labels). */
export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {props.label}
        {props.required && <RequiredMark />}
      </label>
      <select
        id={id}
        className={['input', 'select', props.inputClassName ?? ''].filter(Boolean).join(' ')}
        value={props.value}
        required={props.required}
        disabled={props.disabled}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.hint && hintId, props.error && errorId)}
        onChange={(event) => props.onChange(event.target.value as T | '')}
      >
        {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
        {props.options.map((option) => (
          <option key={option.value} value={option.value} dir={props.userText ? 'auto' : undefined}>
            {option.label}
          </option>
        ))}
      </select>
      {props.hint && (
        <p className="field-hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <FieldError id={errorId} message={props.error} />
    </div>
  );
}

/** Options for `values` labelled by `labelOf` (usually `(v) => t(\`group.${v}\`)`). */
export function optionsOf<T extends string>(values: readonly T[], labelOf: (value: T) => string): SelectOption<T>[] {
  return values.map((value) => ({ value, label: labelOf(value) }));
}
