import { useTranslation } from 'react-i18next';
import { DateField } from '../components/DateField.js';
import { TimeField } from '../components/TimeField.js';
import type { LocalMoment } from '../people/local-time.js';

/** When something happened, as a day and a time on this computer's clock (its zone named in the hint). */
export function MomentFields({
  legend,
  zone,
  value,
  onChange,
  error,
  disabled,
}: {
  legend: string;
  zone: string;
  value: LocalMoment;
  onChange: (value: LocalMoment) => void;
  error: string | undefined;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset-plain form-grid-wide">
      <legend className="field-label">{legend}</legend>
      <p className="field-hint">{t('assistance.form.momentHint', { zone })}</p>
      <div className="field-row">
        <DateField
          label={t('people.form.day')}
          value={value.day}
          onChange={(day) => onChange({ ...value, day })}
          error={error}
          required
          disabled={disabled}
        />
        <TimeField
          label={t('people.form.time')}
          value={value.time}
          onChange={(time) => onChange({ ...value, time })}
          required
          disabled={disabled}
        />
      </div>
    </fieldset>
  );
}
