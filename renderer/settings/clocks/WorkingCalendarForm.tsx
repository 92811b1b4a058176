import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS } from '../../../shared/clocks/working-days.js';
import type { MissionCalendar } from '../../../shared/contract/deadlines.js';
import type { ApiError } from '../../../shared/contract/index.js';
import { CalendarDate } from '../../../shared/domain/calendar.js';
import { CheckboxGroup } from '../../components/CheckboxGroup.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { displayLocale, formatWrittenDate } from '../../components/format-dates.js';
import { optionsOf, SelectField } from '../../components/SelectField.js';
import { DateField } from '../../components/DateField.js';
import { timeZoneChoices } from '../../components/uncertain-date-draft.js';
import { checkCalendar, type CalendarField } from './clock-draft.js';

/**
 * The mission's working calendar: which weekdays are off, its public holidays, and its time
 * zone (where "end of the day" and working days are read). Saved as one change.
 */
export function WorkingCalendarForm({
  calendar,
  onSave,
}: {
  calendar: MissionCalendar;
  /** Stores the calendar; resolves to the refusal, or null once saved. */
  onSave: (calendar: MissionCalendar) => Promise<ApiError | null>;
}) {
  const { t, i18n } = useTranslation();
  const locale = displayLocale(i18n.language);
  const ids = { holidays: useId() };
  const [draft, setDraft] = useState<MissionCalendar>(calendar);
  const [newHoliday, setNewHoliday] = useState('');
  const [holidayProblem, setHolidayProblem] = useState<string | undefined>();
  const [errors, setErrors] = useState<Partial<Record<CalendarField, string>>>({});
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const zones = useMemo(() => timeZoneChoices(draft.timeZone), [draft.timeZone]);
  const changed = JSON.stringify(draft) !== JSON.stringify(calendar);

  function addHoliday() {
    if (!CalendarDate.safeParse(newHoliday).success) {
      setHolidayProblem(t('caseFile.validation.date'));
      return;
    }
    setHolidayProblem(undefined);
    setDraft((current) => ({ ...current, holidays: [...new Set([...current.holidays, newHoliday])].sort() }));
    setNewHoliday('');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const checked = checkCalendar(t, draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    setRefusal(await onSave(checked.calendar));
    setBusy(false);
  }

  return (
    <form className="form calendar-form" onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary />
      <CheckboxGroup
        legend={t('deadlines.settings.calendar.weekend')}
        hint={t('deadlines.settings.calendar.weekendHint')}
        options={optionsOf(WEEKDAYS, (day) => t(`labels.weekday.${day}`))}
        values={draft.weekendDays}
        onChange={(weekendDays) => setDraft((current) => ({ ...current, weekendDays }))}
        error={errors.weekendDays}
        disabled={busy}
      />

      <fieldset className="fieldset-plain" aria-describedby={ids.holidays}>
        <legend className="field-label">{t('deadlines.settings.calendar.holidays')}</legend>
        <p className="field-hint" id={ids.holidays}>
          {t('deadlines.settings.calendar.holidaysHint')}
        </p>
        {draft.holidays.length === 0 ? (
          <p className="muted">{t('deadlines.settings.calendar.noHolidays')}</p>
        ) : (
          <ul className="holiday-list">
            {draft.holidays.map((day) => {
              const written = formatWrittenDate(locale, day);
              return (
                <li key={day}>
                  <time dateTime={day}>{written}</time>
                  <button
                    type="button"
                    className="button button-link button-small"
                    aria-label={t('deadlines.settings.calendar.removeHolidayLabel', { day: written })}
                    onClick={() =>
                      setDraft((current) => ({
                        ...current,
                        holidays: current.holidays.filter((other) => other !== day),
                      }))
                    }
                    disabled={busy}
                  >
                    {t('deadlines.settings.calendar.removeHoliday')}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <div className="field-row">
          <DateField
            label={t('deadlines.settings.calendar.newHoliday')}
            value={newHoliday}
            onChange={(value) => {
              setNewHoliday(value);
              setHolidayProblem(undefined);
            }}
            error={holidayProblem ?? errors.holidays}
            disabled={busy}
          />
          <div className="field-row-actions">
            <button type="button" className="button button-secondary button-small" onClick={addHoliday} disabled={busy}>
              {t('deadlines.settings.calendar.addHoliday')}
            </button>
          </div>
        </div>
      </fieldset>

      <SelectField
        label={t('deadlines.settings.calendar.timeZone')}
        hint={t('deadlines.settings.calendar.timeZoneHint')}
        value={draft.timeZone}
        options={zones.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }))}
        onChange={(timeZone) => timeZone !== '' && setDraft((current) => ({ ...current, timeZone }))}
        error={errors.timeZone}
        disabled={busy}
        inputClassName="input-medium"
      />

      <ErrorAlert error={refusal} />
      <div className="actions actions-start">
        <button
          type="submit"
          className="button button-primary"
          disabled={busy || !changed}
          aria-busy={busy || undefined}
        >
          {t('deadlines.settings.calendar.save')}
        </button>
        {changed && (
          <button type="button" className="button button-secondary" onClick={() => setDraft(calendar)} disabled={busy}>
            {t('deadlines.settings.calendar.discard')}
          </button>
        )}
      </div>
    </form>
  );
}
