import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, Result } from '../../shared/contract/index.js';
import { describedBy } from './described-by.js';
import { ErrorAlert } from './ErrorAlert.js';
import { FieldError, RequiredMark } from './TextField.js';

export interface ComboboxOption {
  value: string;
  label: string;
}

/**
 * A labelled choice among records too many to list (WAI-ARIA combobox with a listbox popup): what
 * is typed is searched by `search` in the core, a few matches at a time, and one is chosen with
 * the arrows and Enter, or the mouse; the Down arrow opens the list without typing. Focus stays
 * in the text box, which points at the active option. Escape closes the list and puts back the
 * chosen record's words; clearing the text clears the choice.
 */
export function SearchCombobox({
  label,
  value,
  selectedLabel,
  onChange,
  search,
  noMatches,
  hint,
  error,
  required,
  disabled,
}: {
  label: ReactNode;
  /** The chosen record's id, or '' for none. */
  value: string;
  /** The chosen record's words, shown in the text box. */
  selectedLabel: string;
  onChange: (value: string, label: string) => void;
  search: (text: string) => Promise<Result<ComboboxOption[]>>;
  /** Said in the list when nothing matches what was typed. */
  noMatches: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const listId = useId();
  const hintId = useId();
  const errorId = useId();
  const [text, setText] = useState(selectedLabel);
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<ComboboxOption[] | null>(null);
  const [active, setActive] = useState(0);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const latest = useRef(0);

  useEffect(
    () => () => {
      latest.current += 1;
    },
    [],
  );

  async function find(typed: string) {
    const call = ++latest.current;
    const reply = await search(typed.trim());
    if (call !== latest.current) return;
    setFailure(reply.ok ? null : reply.error);
    setOptions(reply.ok ? reply.value : []);
    setActive(0);
    setOpen(true);
  }

  function choose(option: ComboboxOption) {
    onChange(option.value, option.label);
    setText(option.label);
    setOpen(false);
  }

  function close() {
    latest.current += 1;
    setOpen(false);
  }

  const shown = open && options !== null;
  const count = shown ? options.length : 0;
  const activeId = count > 0 ? `${listId}-${Math.min(active, count - 1)}` : undefined;

  return (
    <div className="field combobox">
      <label className="field-label" htmlFor={id}>
        {label}
        {required && <RequiredMark />}
      </label>
      <input
        id={id}
        className="input"
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && hintId, error && errorId)}
        required={required}
        disabled={disabled}
        value={text}
        onChange={(event) => {
          const typed = event.target.value;
          setText(typed);
          if (typed.trim() === '' && value !== '') onChange('', '');
          void find(typed);
        }}
        onBlur={() => {
          close();
          setText(selectedLabel);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            if (!shown) return void find(value === '' ? text : '');
            if (count > 0) setActive((active + (event.key === 'ArrowDown' ? 1 : -1) + count) % count);
          } else if (event.key === 'Enter' && shown && count > 0) {
            event.preventDefault();
            choose(options[Math.min(active, count - 1)]!);
          } else if (event.key === 'Escape' && shown) {
            event.preventDefault();
            event.stopPropagation();
            close();
            setText(selectedLabel);
          }
        }}
      />
      <div className="combobox-popup" hidden={!shown}>
        <div id={listId} role="listbox" aria-label={typeof label === 'string' ? label : undefined}>
          {shown &&
            options.map((option, index) => (
              // Focus stays in the text box, which points at the active option (aria-activedescendant).
              // eslint-disable-next-line jsx-a11y/interactive-supports-focus -- chosen by the text box's keys
              <div
                key={option.value}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'combobox-option combobox-option-active' : 'combobox-option'}
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(option);
                }}
              >
                {option.label}
              </div>
            ))}
        </div>
        {shown && count === 0 && !failure && <p className="combobox-empty muted">{noMatches}</p>}
        {shown && failure && <ErrorAlert error={failure} />}
      </div>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <FieldError id={errorId} message={error} />
      <span className="visually-hidden" aria-live="polite">
        {shown ? t('common.matches', { count }) : ''}
      </span>
    </div>
  );
}
