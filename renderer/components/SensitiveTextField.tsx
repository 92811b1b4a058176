import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Confidentiality } from '../../shared/domain/confidentiality.js';
import type { SensitiveText } from '../../shared/domain/primitives.js';
import { ConfidentialitySelect } from './ConfidentialityBadge.js';
import { describedBy } from './described-by.js';
import { FieldError } from './TextField.js';

export interface SensitiveTextFieldProps {
  label: string;
  value: SensitiveText;
  onChange: (value: SensitiveText) => void;
  hint?: ReactNode;
  error?: string;
  disabled?: boolean;
  maxLength?: number;
}

/**
 * Text that can locate or identify someone, with its own confidentiality level. Masked on screen
 * (someone may be looking over the shoulder) until the field has focus or is revealed.
 */
export function SensitiveTextField({
  label,
  value,
  onChange,
  hint,
  error,
  disabled,
  maxLength = 10_000,
}: SensitiveTextFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const [focused, setFocused] = useState(false);
  const [revealed, setRevealed] = useState(false);
  const masked = !focused && !revealed && value.text !== '';
  return (
    <div className="sensitive-field">
      <div className="field">
        <label className="field-label" htmlFor={id}>
          {label}
        </label>
        <div className="secret-input">
          <input
            id={id}
            className={`input${masked ? ' input-masked' : ''}`}
            value={value.text}
            maxLength={maxLength}
            disabled={disabled}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(hint && hintId, error && errorId)}
            onFocus={() => setFocused(true)}
            onBlur={() => setFocused(false)}
            onChange={(event) => onChange({ ...value, text: event.target.value })}
          />
          <button
            type="button"
            className="button button-quiet secret-toggle"
            aria-pressed={revealed}
            aria-label={
              revealed
                ? t('caseFile.common.hideField', { field: label })
                : t('caseFile.common.showField', { field: label })
            }
            onClick={() => setRevealed((shown) => !shown)}
            disabled={disabled}
          >
            {revealed ? t('common.hide') : t('common.show')}
          </button>
        </div>
        {hint && (
          <p className="field-hint" id={hintId}>
            {hint}
          </p>
        )}
        <FieldError id={errorId} message={error} />
      </div>
      <ConfidentialitySelect
        label={t('caseFile.common.levelOf', { field: label.toLocaleLowerCase() })}
        short
        value={value.confidentiality}
        onChange={(confidentiality: Confidentiality) => onChange({ ...value, confidentiality })}
        disabled={disabled}
      />
    </div>
  );
}

/** Read-only sensitive text: a mask and a Show button, so it is seen only on purpose. */
export function SensitiveTextView({ value, label }: { value: SensitiveText; label: string }) {
  const { t } = useTranslation();
  const [revealed, setRevealed] = useState(false);
  if (value.text === '') return <span className="muted">{t('caseFile.common.notRecorded')}</span>;
  return (
    <span className="sensitive-view">
      {revealed ? (
        <span className="user-text">{value.text}</span>
      ) : (
        <span className="masked-text">{t('caseFile.common.hiddenText')}</span>
      )}
      <button
        type="button"
        className="button button-link button-small"
        aria-pressed={revealed}
        aria-label={
          revealed ? t('caseFile.common.hideField', { field: label }) : t('caseFile.common.showField', { field: label })
        }
        onClick={() => setRevealed((shown) => !shown)}
      >
        {revealed ? t('common.hide') : t('common.show')}
      </button>
    </span>
  );
}
