import { useTranslation } from 'react-i18next';
import { CONFIDENTIALITY_LEVELS, type Confidentiality } from '../../shared/domain/confidentiality.js';
import { optionsOf, SelectField } from './SelectField.js';

/** The level as a coloured pill; `short` drops the "identifies a victim or witness" gloss. */
export function ConfidentialityBadge({ level, short = false }: { level: Confidentiality; short?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-${level}`}>
      {short ? t(`labels.confidentiality.${level}`) : t(`confidentiality.${level}`)}
    </span>
  );
}

export function ConfidentialitySelect({
  label,
  value,
  onChange,
  hint,
  disabled,
  short = false,
}: {
  label: string;
  value: Confidentiality;
  onChange: (level: Confidentiality) => void;
  hint?: string;
  disabled?: boolean;
  /** Level names without their gloss, for a select beside another field. */
  short?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={label}
      value={value}
      options={optionsOf(CONFIDENTIALITY_LEVELS, (level) =>
        short ? t(`labels.confidentiality.${level}`) : t(`confidentiality.${level}`),
      )}
      onChange={(level) => {
        if (level !== '') onChange(level);
      }}
      hint={hint}
      disabled={disabled}
    />
  );
}
