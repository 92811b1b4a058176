import { useId, type ReactNode } from 'react';
import { describedBy } from './described-by.js';
import { FieldError } from './TextField.js';

export interface CheckboxFieldProps {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ReactNode;
  error?: string;
  disabled?: boolean;
}

/** One checkbox with its label on the right and an optional hint under it. */
export function CheckboxField(props: CheckboxFieldProps) {
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  return (
    <div className="field">
      <div className="check">
        <input
          id={id}
          type="checkbox"
          checked={props.checked}
          disabled={props.disabled}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy(props.hint && hintId, props.error && errorId)}
          onChange={(event) => props.onChange(event.target.checked)}
        />
        <label htmlFor={id}>{props.label}</label>
      </div>
      {props.hint && (
        <p className="field-hint field-hint-indented" id={hintId}>
          {props.hint}
        </p>
      )}
      <FieldError id={errorId} message={props.error} />
    </div>
  );
}
