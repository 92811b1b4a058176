import { useTranslation } from 'react-i18next';
import { emptyDateDraft, type UncertainDateDraft } from '../../components/uncertain-date-draft.js';
import { UncertainDateInput } from '../../components/UncertainDateInput.js';
import { errorsUnder, type FieldErrors } from '../../components/validation.js';

/** The schema's limit (CaseIntake.incidentDates max 50). */
const MAX_DATES = 50;

/** One or more incident dates, each as precise as it is known. */
export function IncidentDatesField({
  value,
  onChange,
  errors,
  disabled,
}: {
  value: UncertainDateDraft[];
  onChange: (dates: UncertainDateDraft[]) => void;
  errors: FieldErrors;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const replace = (index: number, date: UncertainDateDraft) =>
    onChange(value.map((current, i) => (i === index ? date : current)));
  const last = value[value.length - 1];

  return (
    <fieldset className="fieldset-box" disabled={disabled}>
      <legend>{t('caseFile.intake.incidentSection')}</legend>
      <p className="field-hint">{t('caseFile.intake.incidentHint')}</p>
      {value.map((date, index) => (
        <UncertainDateInput
          // Dates have no identity of their own; the position is what the user sees and edits.
          key={index}
          legend={t('caseFile.intake.incidentDate', { number: index + 1 })}
          value={date}
          onChange={(next) => replace(index, next)}
          errors={errorsUnder(errors, `incidentDates.${index}`)}
          actions={
            value.length > 1 ? (
              <button
                type="button"
                className="button button-quiet button-small"
                aria-label={t('caseFile.intake.removeIncidentDate', { number: index + 1 })}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                {t('caseFile.common.remove')}
              </button>
            ) : undefined
          }
        />
      ))}
      {value.length < MAX_DATES && (
        <div className="actions actions-start">
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => onChange([...value, emptyDateDraft('day', last?.timeZone)])}
          >
            {t('caseFile.intake.addIncidentDate')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
