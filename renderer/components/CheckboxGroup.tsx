import { useId, type ReactNode } from 'react';
import { describedBy } from './described-by.js';
import type { SelectOption } from './SelectField.js';
import { FieldError } from './TextField.js';

export interface CheckboxGroupProps<T extends string> {
  legend: ReactNode;
  options: readonly SelectOption<T>[];
  values: readonly T[];
  onChange: (values: T[]) => void;
  hint?: ReactNode;
  error?: string;
  disabled?: boolean;
}

/** Several independent choices under one legend; the values keep the order of `options`. */
export function CheckboxGroup<T extends string>(props: CheckboxGroupProps<T>) {
  const hintId = useId();
  const errorId = useId();
  const baseId = useId();
  const toggle = (value: T, on: boolean) => {
    const next = new Set(props.values);
    if (on) next.add(value);
    else next.delete(value);
    props.onChange(props.options.map((option) => option.value).filter((candidate) => next.has(candidate)));
  };
  return (
    <fieldset className="fieldset-plain" aria-describedby={describedBy(props.hint && hintId, props.error && errorId)}>
      <legend className="field-label">{props.legend}</legend>
      {props.hint && (
        <p className="field-hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <div className="check-row">
        {props.options.map((option) => {
          const id = `${baseId}-${option.value}`;
          return (
            <div className="check" key={option.value}>
              <input
                id={id}
                type="checkbox"
                checked={props.values.includes(option.value)}
                disabled={props.disabled}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <label htmlFor={id}>{option.label}</label>
            </div>
          );
        })}
      </div>
      <FieldError id={errorId} message={props.error} />
    </fieldset>
  );
}
