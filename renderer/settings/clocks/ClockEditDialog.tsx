import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CLOCK_START_EVENTS,
  DURATION_UNITS,
  FIRMNESS_LEVELS,
  type ClockDefinition,
} from '../../../shared/clocks/clock.js';
import type { ApiError } from '../../../shared/contract/index.js';
import { CheckboxField } from '../../components/CheckboxField.js';
import { Dialog } from '../../components/Dialog.js';
import { DialogActions } from '../../components/DialogActions.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { optionsOf, SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { clockLabel } from '../../deadlines/deadline-display.js';
import { interfaceLanguage } from '../../i18n/date-conventions.js';
import { clockFromDraft, draftOfClock, type ClockDraft, type ClockField } from './clock-draft.js';

/**
 * One clock's numbers and words. Saving replaces the clock in the settings at once; the core
 * then recomputes every open deadline it runs.
 */
export function ClockEditDialog({
  clock,
  onClose,
  onSave,
}: {
  clock: ClockDefinition;
  onClose: () => void;
  /** Stores the clock; resolves to the refusal, or null once saved. */
  onSave: (clock: ClockDefinition) => Promise<ApiError | null>;
}) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<ClockDraft>(() => draftOfClock(clock, interfaceLanguage(i18n.language)));
  const [errors, setErrors] = useState<Partial<Record<ClockField, string>>>({});
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const set = (change: Partial<ClockDraft>) => setDraft((current) => ({ ...current, ...change }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const checked = clockFromDraft(t, draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    setRefusal(await onSave(checked.clock));
    setBusy(false);
  }

  return (
    <Dialog
      title={t('deadlines.settings.editHeading', { clock: clockLabel(i18n.language, clock.id, clock.name) })}
      intro={t('deadlines.settings.editIntro')}
      onClose={onClose}
      busy={busy}
      size="wide"
    >
      <form className="form clock-form" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary />
        <div className="field-row">
          <TextField
            label={t('deadlines.settings.fields.name')}
            value={draft.name}
            onChange={(name) => set({ name })}
            error={errors.name}
            required
            maxLength={200}
            disabled={busy}
          />
          <SelectField
            label={t('deadlines.settings.fields.firmness')}
            value={draft.firmness}
            options={optionsOf(FIRMNESS_LEVELS, (level) => t(`labels.firmness.${level}`))}
            onChange={(firmness) => firmness !== '' && set({ firmness })}
            hint={t(`deadlines.firmnessHints.${draft.firmness}`)}
            disabled={busy}
          />
        </div>
        <CheckboxField
          label={t('deadlines.settings.fields.enabled')}
          hint={t('deadlines.settings.fields.enabledHint')}
          checked={draft.enabled}
          onChange={(enabled) => set({ enabled })}
          disabled={busy}
        />
        <SelectField
          label={t('deadlines.settings.fields.startEvent')}
          value={draft.startEvent}
          options={optionsOf(CLOCK_START_EVENTS, (event) => t(`labels.clockStartEvent.${event}`))}
          onChange={(startEvent) => startEvent !== '' && set({ startEvent })}
          error={errors.startEvent}
          disabled={busy}
        />
        <div className="field-row">
          <TextField
            label={t('deadlines.settings.fields.amount')}
            value={draft.amount}
            onChange={(amount) => set({ amount })}
            error={errors.amount}
            inputMode="numeric"
            inputClassName="input-narrow"
            required
            disabled={busy}
          />
          <SelectField
            label={t('deadlines.settings.fields.unit')}
            value={draft.unit}
            options={optionsOf(DURATION_UNITS, (unit) => t(`labels.durationUnit.${unit}`))}
            // Hours are counted as they run: "end of the day" has no meaning for them.
            onChange={(unit) => unit !== '' && set({ unit, wholeDays: unit === 'hours' ? false : draft.wholeDays })}
            disabled={busy}
          />
          <TextField
            label={t('deadlines.settings.fields.urgentAmount')}
            hint={t('deadlines.settings.fields.urgentAmountHint')}
            value={draft.urgentAmount}
            onChange={(urgentAmount) => set({ urgentAmount })}
            error={errors.urgentAmount}
            inputMode="numeric"
            inputClassName="input-narrow"
            disabled={busy}
          />
        </div>
        <CheckboxField
          label={t('deadlines.settings.fields.wholeDays')}
          hint={t('deadlines.settings.fields.wholeDaysHint')}
          checked={draft.unit !== 'hours' && draft.wholeDays}
          onChange={(wholeDays) => set({ wholeDays })}
          error={errors.wholeDays}
          disabled={busy || draft.unit === 'hours'}
        />
        <TextField
          label={t('deadlines.settings.fields.action')}
          value={draft.action}
          onChange={(action) => set({ action })}
          error={errors.action}
          required
          maxLength={300}
          disabled={busy}
        />
        <TextField
          label={t('deadlines.settings.fields.source')}
          value={draft.source}
          onChange={(source) => set({ source })}
          error={errors.source}
          required
          rows={2}
          maxLength={1_000}
          disabled={busy}
        />
        <TextField
          label={t('deadlines.settings.fields.note')}
          value={draft.note}
          onChange={(note) => set({ note })}
          error={errors.note}
          rows={2}
          maxLength={2_000}
          disabled={busy}
        />
        <ErrorAlert error={refusal} />
        <DialogActions submitLabel={t('deadlines.settings.saveClock')} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
