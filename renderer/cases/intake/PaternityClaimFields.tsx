import { useTranslation } from 'react-i18next';
import { PATERNITY_CLAIM_STATUSES } from '../../../shared/domain/case.js';
import { CheckboxField } from '../../components/CheckboxField.js';
import { optionsOf, SelectField } from '../../components/SelectField.js';
import { DateField } from '../../components/DateField.js';
import { TextField } from '../../components/TextField.js';
import type { FieldErrors } from '../../components/validation.js';
import type { PaternityDraft } from './intake-draft.js';

const DNA_LAW = ['yes', 'no', 'unknown'] as const;

/**
 * Paternity claim: DNA only where national law accepts it, and always subject to the mother's or
 * guardian's wishes. Once a child is recorded, the claim, its status and its DNA sample follow the
 * child records (the core keeps them in step), so those fields are shown but not offered.
 */
export function PaternityClaimFields({
  value,
  onChange,
  errors,
  disabled,
  childRecords = 0,
}: {
  value: PaternityDraft;
  onChange: (value: PaternityDraft) => void;
  errors: FieldErrors;
  disabled?: boolean;
  /** How many children of the claim are recorded on the case (none at intake). */
  childRecords?: number;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof PaternityDraft>(key: K, field: PaternityDraft[K]) =>
    onChange({ ...value, [key]: field });
  const error = (key: string) => errors[`paternityClaim.${key}`];

  return (
    <fieldset className="fieldset-box" disabled={disabled}>
      <legend>{t('caseFile.intake.paternitySection')}</legend>
      {childRecords > 0 && (
        <p className="note" role="note">
          {t('caseFile.intake.paternityFollowsChildren', { n: childRecords })}
        </p>
      )}
      <CheckboxField
        label={t('caseFile.fields.paternityClaimed')}
        checked={value.claimed}
        onChange={(claimed) => set('claimed', claimed)}
        disabled={childRecords > 0}
      />
      {value.claimed && (
        <>
          <p className="note" role="note">
            {t('caseFile.intake.paternityNote')}
          </p>
          <div className="field-row">
            <SelectField
              label={t('caseFile.fields.paternityStatus')}
              value={value.status}
              options={optionsOf(PATERNITY_CLAIM_STATUSES, (status) => t(`labels.paternityStatus.${status}`))}
              onChange={(status) => set('status', status)}
              emptyLabel={t('caseFile.intake.choose')}
              error={error('status')}
              required
              disabled={childRecords > 0}
            />
            <SelectField
              label={t('caseFile.fields.dnaPermitted')}
              value={value.dnaPermittedByNationalLaw}
              options={optionsOf(DNA_LAW, (answer) => t(`labels.dnaPermitted.${answer}`))}
              onChange={(answer) => {
                if (answer !== '') set('dnaPermittedByNationalLaw', answer);
              }}
              error={error('dnaPermittedByNationalLaw')}
            />
          </div>
          <CheckboxField
            label={t('caseFile.fields.dnaSampleTaken')}
            checked={value.dnaSampleTaken}
            onChange={(taken) => set('dnaSampleTaken', taken)}
            disabled={childRecords > 0}
          />
          {value.dnaSampleTaken && value.dnaPermittedByNationalLaw !== 'yes' && (
            <p className="note note-warn" role="note">
              {t('caseFile.intake.dnaLawWarning')}
            </p>
          )}
          <div className="field-row">
            <DateField
              label={t('caseFile.fields.memberStateNotifiedOn')}
              value={value.memberStateNotifiedOn}
              onChange={(date) => set('memberStateNotifiedOn', date)}
              error={error('memberStateNotifiedOn')}
            />
            <TextField
              label={t('caseFile.fields.nationalFocalPoint')}
              value={value.nationalFocalPoint}
              onChange={(text) => set('nationalFocalPoint', text)}
              error={error('nationalFocalPoint')}
              maxLength={300}
            />
          </div>
          <TextField
            label={t('caseFile.fields.wishesOfMotherOrGuardian')}
            value={value.wishesOfMotherOrGuardian}
            onChange={(text) => set('wishesOfMotherOrGuardian', text)}
            error={error('wishesOfMotherOrGuardian')}
            rows={3}
            maxLength={5_000}
          />
        </>
      )}
    </fieldset>
  );
}
