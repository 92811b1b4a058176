import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_PRECISIONS, type DatePrecision } from '../../shared/domain/uncertain-date.js';
import { DateBoundField, DateField, MonthField } from './DateField.js';
import { optionsOf, SelectField } from './SelectField.js';
import { TextField } from './TextField.js';
import { TimeField } from './TimeField.js';
import { timeZoneChoices, type UncertainDateDraft } from './uncertain-date-draft.js';

/** Messages per path of the `UncertainDate` schema (`from`, `to`, `timeZone`). */
export type UncertainDateErrors = Partial<Record<'from' | 'to' | 'timeZone' | 'precision', string>>;

export interface UncertainDateInputProps {
  legend: ReactNode;
  value: UncertainDateDraft;
  onChange: (value: UncertainDateDraft) => void;
  errors?: UncertainDateErrors;
  /** Offer only these precisions (a date of birth is rarely an exact time). */
  precisions?: readonly DatePrecision[];
  disabled?: boolean;
  /** e.g. a Remove button, shown at the end of the row. */
  actions?: ReactNode;
}

/**
 * A date as a witness gives it: exact (with time and time zone), a day, a month, a year, a
 * range from–to, or unknown. Nothing is guessed: "March 2015" stays the month.
 */
export function UncertainDateInput({
  legend,
  value,
  onChange,
  errors = {},
  precisions = DATE_PRECISIONS,
  disabled,
  actions,
}: UncertainDateInputProps) {
  const { t } = useTranslation();
  const zones = useMemo(() => timeZoneChoices(value.timeZone), [value.timeZone]);
  const set = (change: Partial<UncertainDateDraft>) => onChange({ ...value, ...change });

  const zoneField = (
    <SelectField
      label={t('caseFile.date.timeZone')}
      value={value.timeZone}
      options={zones.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }))}
      onChange={(zone) => set({ timeZone: zone })}
      error={errors.timeZone}
      disabled={disabled}
      inputClassName="input-medium"
    />
  );

  return (
    <fieldset className="fieldset-plain uncertain-date">
      <legend className="field-label">{legend}</legend>
      <div className="field-row">
        <SelectField
          label={t('caseFile.date.precision')}
          value={value.precision}
          options={optionsOf(precisions, (precision) => t(`labels.datePrecision.${precision}`))}
          onChange={(precision) => {
            if (precision !== '') set({ precision });
          }}
          error={errors.precision}
          disabled={disabled}
          inputClassName="input-medium"
        />
        {value.precision === 'exact' && (
          <>
            <DateField
              label={t('caseFile.date.day')}
              value={value.day}
              onChange={(day) => set({ day })}
              error={errors.from}
              disabled={disabled}
            />
            <TimeField
              label={t('caseFile.date.time')}
              value={value.time}
              onChange={(time) => set({ time })}
              disabled={disabled}
            />
            {zoneField}
          </>
        )}
        {value.precision === 'day' && (
          <>
            <DateField
              label={t('caseFile.date.day')}
              value={value.day}
              onChange={(day) => set({ day })}
              error={errors.from}
              disabled={disabled}
            />
            {zoneField}
          </>
        )}
        {value.precision === 'month' && (
          <>
            <MonthField
              label={t('caseFile.date.month')}
              value={value.month}
              onChange={(month) => set({ month })}
              error={errors.from}
              disabled={disabled}
            />
            {zoneField}
          </>
        )}
        {value.precision === 'year' && (
          <>
            <TextField
              label={t('caseFile.date.year')}
              value={value.year}
              onChange={(year) => set({ year })}
              error={errors.from}
              inputMode="numeric"
              maxLength={4}
              inputClassName="input-narrow"
              disabled={disabled}
            />
            {zoneField}
          </>
        )}
        {value.precision === 'range' && (
          <>
            <DateBoundField
              label={t('caseFile.date.from')}
              value={value.from}
              onChange={(from) => set({ from })}
              error={errors.from}
              hint={t('caseFile.date.boundHint')}
              disabled={disabled}
            />
            <DateBoundField
              label={t('caseFile.date.to')}
              value={value.to}
              onChange={(to) => set({ to })}
              error={errors.to}
              disabled={disabled}
            />
            {zoneField}
          </>
        )}
        {actions && <div className="field-row-actions">{actions}</div>}
      </div>
      {value.precision === 'unknown' && <p className="field-hint">{t('caseFile.date.unknownHint')}</p>}
    </fieldset>
  );
}
