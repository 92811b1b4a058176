import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

interface PassphraseFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  revealed: boolean;
  onToggleReveal?: () => void;
  autoComplete: 'new-password' | 'current-password' | 'off';
  describedBy?: string;
  invalid?: boolean;
  onBlur?: () => void;
  /** The input, for a screen that moves focus to it (React 19 passes `ref` as a prop). */
  ref?: Ref<HTMLInputElement>;
  disabled?: boolean;
}

/** A labelled secret input; the optional reveal toggle lets people check what they typed. */
export function PassphraseField({ ref, ...props }: PassphraseFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {props.label}
      </label>
      <div className="secret-input">
        <input
          id={id}
          ref={ref}
          className="input"
          dir="ltr"
          type={props.revealed ? 'text' : 'password'}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
          onBlur={props.onBlur}
          autoComplete={props.autoComplete}
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          aria-describedby={props.describedBy}
          aria-invalid={props.invalid || undefined}
          disabled={props.disabled}
          maxLength={1024}
        />
        {props.onToggleReveal && (
          <button
            type="button"
            className="button button-quiet secret-toggle"
            onClick={props.onToggleReveal}
            aria-label={props.revealed ? t('common.hidePassphrase') : t('common.showPassphrase')}
          >
            {props.revealed ? t('common.hide') : t('common.show')}
          </button>
        )}
      </div>
    </div>
  );
}
