import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../components/SelectField.js';
import { DateField } from '../components/DateField.js';
import { TimeField } from '../components/TimeField.js';
import { timeZoneChoices } from '../components/uncertain-date-draft.js';
import type { LocalMoment } from '../people/local-time.js';

/**
 * A moment as a day and a time on the clocks of a zone: one row of the form. Without
 * `onZoneChange` the zone is shown, not chosen (quick capture: the computer's own).
 */
export function MomentFields({
  legend,
  hint,
  value,
  onChange,
  timeZone,
  onZoneChange,
  error,
  disabled,
}: {
  legend: string;
  hint?: string;
  value: LocalMoment;
  onChange: (value: LocalMoment) => void;
  timeZone: string;
  onZoneChange?: (zone: string) => void;
  error?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  const zones = useMemo(() => timeZoneChoices(timeZone), [timeZone]);
  return (
    <fieldset className="fieldset-plain moment-fields" aria-describedby={hint ? hintId : undefined}>
      <legend className="field-label">{legend}</legend>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="field-row">
        <DateField
          label={t('evidence.moment.day')}
          value={value.day}
          onChange={(day) => onChange({ ...value, day })}
          error={error}
          disabled={disabled}
        />
        <TimeField
          label={t('evidence.moment.time')}
          value={value.time}
          onChange={(time) => onChange({ ...value, time })}
          disabled={disabled}
        />
        {onZoneChange ? (
          <SelectField
            label={t('evidence.moment.timeZone')}
            value={timeZone}
            options={zones.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }))}
            onChange={(zone) => {
              if (zone !== '') onZoneChange(zone);
            }}
            disabled={disabled}
            inputClassName="input-medium"
          />
        ) : (
          <p className="moment-zone muted">{t('evidence.moment.zoneShown', { zone: timeZone.replace(/_/g, ' ') })}</p>
        )}
      </div>
    </fieldset>
  );
}
