import { useTranslation } from 'react-i18next';
import {
  CASE_CATEGORIES,
  CASE_SUBTYPES,
  EXCHANGE_KINDS,
  USUAL_CATEGORY_OF_SUBTYPE,
} from '../../../shared/domain/case.js';
import { CheckboxGroup } from '../../components/CheckboxGroup.js';
import { RuleTag } from '../../components/RuleTag.js';
import { optionsOf, SelectField } from '../../components/SelectField.js';
import type { FieldErrors } from '../../components/validation.js';
import type { IntakeDraft } from './intake-draft.js';

type Classification = Pick<IntakeDraft, 'category' | 'subtype' | 'allegedExchange'>;

const TRANSACTIONAL = new Set<string>(['transactional_sex', 'solicitation_of_transactional_sex']);

/**
 * Category, subtype and alleged exchange, with the usual category suggested and the R5/R6
 * reminders beside them: the checklist judges the case, these help get it right first time.
 */
export function ClassificationFields({
  draft,
  onChange,
  errors,
  disabled,
}: {
  draft: Classification;
  onChange: (change: Partial<Classification>) => void;
  errors: FieldErrors;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const usual = draft.subtype === '' ? null : USUAL_CATEGORY_OF_SUBTYPE[draft.subtype];
  const unusual = usual !== null && draft.category !== '' && draft.category !== usual;
  const exchangeMismatch =
    draft.allegedExchange.length > 0 && (draft.category !== 'SE' || !TRANSACTIONAL.has(draft.subtype));

  return (
    <fieldset className="fieldset-box" disabled={disabled}>
      <legend>{t('caseFile.intake.classificationSection')}</legend>
      <p className="field-hint">{t('caseFile.intake.classificationIntro')}</p>
      <div className="field-row">
        <SelectField
          label={t('caseFile.fields.category')}
          value={draft.category}
          options={optionsOf(CASE_CATEGORIES, (category) =>
            t('caseFile.enums.categoryOption', { code: category, label: t(`labels.caseCategory.${category}`) }),
          )}
          onChange={(category) => onChange({ category })}
          emptyLabel={t('caseFile.intake.notYetClassified')}
          error={errors['category']}
          hint={
            unusual && draft.subtype !== ''
              ? t('caseFile.intake.usualCategory', {
                  subtype: t(`labels.caseSubtype.${draft.subtype}`),
                  category: usual,
                })
              : undefined
          }
        />
        <SelectField
          label={t('caseFile.fields.subtype')}
          value={draft.subtype}
          options={optionsOf(CASE_SUBTYPES, (subtype) => t(`labels.caseSubtype.${subtype}`))}
          onChange={(subtype) => {
            const suggested = subtype === '' ? null : USUAL_CATEGORY_OF_SUBTYPE[subtype];
            // The usual category is filled in only when none was chosen: a suggestion, never an override.
            onChange(draft.category === '' && suggested ? { subtype, category: suggested } : { subtype });
          }}
          emptyLabel={t('caseFile.intake.notYetClassified')}
          error={errors['subtype']}
        />
      </div>
      <CheckboxGroup
        legend={t('caseFile.fields.allegedExchange')}
        options={optionsOf(EXCHANGE_KINDS, (kind) => t(`labels.exchangeKind.${kind}`))}
        values={draft.allegedExchange}
        onChange={(allegedExchange) => onChange({ allegedExchange })}
        hint={t('caseFile.intake.exchangeHint')}
        error={errors['allegedExchange']}
      />
      {exchangeMismatch && (
        <p className="note note-warn" role="note">
          <RuleTag rule="R6" /> {t('caseFile.intake.r6Hint')}
        </p>
      )}
      <p className="note" role="note">
        <RuleTag rule="R5" /> {t('caseFile.intake.r5Hint')}
      </p>
    </fieldset>
  );
}
