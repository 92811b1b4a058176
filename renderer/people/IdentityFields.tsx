import { useTranslation } from 'react-i18next';
import type { PersonRole } from '../../shared/domain/person.js';
import { ConfidentialityBadge } from '../components/ConfidentialityBadge.js';
import { DateField, MonthField } from '../components/DateField.js';
import { optionsOf, SelectField } from '../components/SelectField.js';
import { TextField } from '../components/TextField.js';
import { BIRTH_PRECISIONS, type IdentityDraft, type IdentityTextField } from './identity-draft.js';

/**
 * The identity inputs (names, contacts, date of birth, address, safety notes). Strictly
 * confidential: they are shown only here and in the person's own identity panel.
 */
export function IdentityFields({
  role,
  draft,
  onChange,
  invalid,
  disabled,
}: {
  role: PersonRole;
  draft: IdentityDraft;
  onChange: (patch: Partial<IdentityDraft>) => void;
  invalid: readonly ('dateOfBirth' | IdentityTextField)[];
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const BirthDateField = draft.birthPrecision === 'month' ? MonthField : DateField;
  const error = (field: 'dateOfBirth' | IdentityTextField) =>
    invalid.includes(field) ? t(`people.identity.invalid.${field}`) : undefined;
  const text = (field: IdentityTextField, rows?: number, maxLength = 300) => (
    <TextField
      label={t(`labels.identityField.${field}`)}
      hint={field === 'safetyNotes' ? t('people.identity.safetyNotesHint') : undefined}
      value={draft[field]}
      onChange={(value) => onChange({ [field]: value })}
      error={error(field)}
      rows={rows}
      maxLength={maxLength}
      disabled={disabled}
    />
  );

  return (
    <fieldset className="identity-fieldset">
      <legend>
        <span>{t('people.identity.legend')}</span> <ConfidentialityBadge level="strictly_confidential" short />
      </legend>
      <p className="field-hint">{t('people.identity.fieldsIntro')}</p>
      <div className="form-grid">
        {text('fullName')}
        {text('otherNames')}
        <SelectField
          label={t('people.identity.birthPrecision')}
          value={draft.birthPrecision}
          options={optionsOf(BIRTH_PRECISIONS, (precision) => t(`people.identity.birthPrecisions.${precision}`))}
          onChange={(birthPrecision) => birthPrecision !== '' && onChange({ birthPrecision, birthDate: '' })}
          hint={t('people.identity.birthHint')}
          disabled={disabled}
        />
        {(draft.birthPrecision === 'day' || draft.birthPrecision === 'month') && (
          <BirthDateField
            label={t('labels.identityField.dateOfBirth')}
            value={draft.birthDate}
            onChange={(birthDate) => onChange({ birthDate })}
            error={error('dateOfBirth')}
            required
            disabled={disabled}
          />
        )}
        {draft.birthPrecision === 'year' && (
          <TextField
            label={t('labels.identityField.dateOfBirth')}
            inputMode="numeric"
            value={draft.birthDate}
            onChange={(birthDate) => onChange({ birthDate })}
            error={error('dateOfBirth')}
            required
            maxLength={4}
            disabled={disabled}
            inputClassName="input-narrow"
          />
        )}
        <div className="form-grid-wide">{text('contact', 2, 2_000)}</div>
        <div className="form-grid-wide">{text('address', 2, 2_000)}</div>
        {text('identityDocument')}
        {role === 'subject' && text('serviceNumber', undefined, 100)}
        <div className="form-grid-wide">{text('safetyNotes', 3, 10_000)}</div>
      </div>
    </fieldset>
  );
}
