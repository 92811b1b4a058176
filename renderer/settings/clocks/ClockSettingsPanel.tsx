import '../../styles/deadlines-timeline.css';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClockDefinition } from '../../../shared/clocks/clock.js';
import type { ClockConfiguration, MissionCalendar } from '../../../shared/contract/deadlines.js';
import type { ApiError } from '../../../shared/contract/index.js';
import { useApi } from '../../api/context.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useLoaded } from '../../components/use-loaded.js';
import { announceDeadlineChange } from '../../deadlines/deadline-refresh.js';
import { ClockEditDialog } from './ClockEditDialog.js';
import { ClocksTable } from './ClocksTable.js';
import { WorkingCalendarForm } from './WorkingCalendarForm.js';

/**
 * The clocks of domain.md §3 and the mission's working calendar, as this vault sets them.
 * Each save recomputes every open deadline (closed ones keep their values) and says how many moved.
 */
export function ClockSettingsPanel() {
  const { t } = useTranslation();
  const api = useApi();
  const ids = { heading: useId(), calendar: useId() };
  const load = useCallback(() => api.clocks.get({}), [api]);
  const { state } = useLoaded(load);
  const [saved, setSaved] = useState<ClockConfiguration | null>(null);
  const configuration = saved ?? (state.status === 'ready' ? state.value : null);
  const [editing, setEditing] = useState<ClockDefinition | null>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const [resetBusy, setResetBusy] = useState(false);
  const [resetError, setResetError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const stored = (next: ClockConfiguration & { recomputed: number }, message: string) => {
    setSaved(next);
    setNotice(t('deadlines.settings.savedNotice', { what: message, n: next.recomputed }));
    announceDeadlineChange();
  };

  async function saveClock(clock: ClockDefinition): Promise<ApiError | null> {
    if (!configuration) return null;
    const clocks = configuration.clocks.map((other) => (other.id === clock.id ? clock : other));
    const result = await api.clocks.update({ clocks });
    if (!result.ok) return result.error;
    setEditing(null);
    stored(result.value, t('deadlines.settings.clockSaved'));
    return null;
  }

  async function saveCalendar(calendar: MissionCalendar): Promise<ApiError | null> {
    const result = await api.clocks.update({ calendar });
    if (!result.ok) return result.error;
    stored(result.value, t('deadlines.settings.calendarSaved'));
    return null;
  }

  async function reset() {
    setResetBusy(true);
    setResetError(null);
    const result = await api.clocks.reset({});
    setResetBusy(false);
    if (!result.ok) return setResetError(result.error);
    setConfirmingReset(false);
    stored(result.value, t('deadlines.settings.resetDone'));
  }

  return (
    <section className="panel clock-settings" aria-labelledby={ids.heading}>
      <div className="panel-header">
        <h2 id={ids.heading}>{t('deadlines.settings.heading')}</h2>
        {configuration && (
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => setConfirmingReset(true)}
            disabled={configuration.isDefault}
          >
            {t('deadlines.settings.reset')}
          </button>
        )}
      </div>
      <p className="muted">{t('deadlines.settings.intro')}</p>
      <div className="feedback-slot" role="status">
        {notice && <p className="alert alert-success">{notice}</p>}
      </div>
      {state.status === 'loading' && <p className="muted">{t('deadlines.settings.loading')}</p>}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {configuration && (
        <>
          <ClocksTable clocks={configuration.clocks} onEdit={setEditing} />
          <section aria-labelledby={ids.calendar} className="calendar-section">
            <h3 id={ids.calendar}>{t('deadlines.settings.calendar.heading')}</h3>
            {/* Keyed by the stored version, so a reset or a save shows the stored calendar afresh. */}
            <WorkingCalendarForm
              key={configuration.updatedAt ?? 'defaults'}
              calendar={configuration.calendar}
              onSave={saveCalendar}
            />
          </section>
        </>
      )}

      {editing && <ClockEditDialog clock={editing} onClose={() => setEditing(null)} onSave={saveClock} />}
      {confirmingReset && (
        <Dialog
          title={t('deadlines.settings.resetHeading')}
          intro={t('deadlines.settings.resetIntro')}
          onClose={() => setConfirmingReset(false)}
          busy={resetBusy}
          size="narrow"
        >
          <ErrorAlert error={resetError} />
          <div className="actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setConfirmingReset(false)}
              disabled={resetBusy}
            >
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="button button-danger"
              onClick={() => void reset()}
              disabled={resetBusy}
              aria-busy={resetBusy || undefined}
            >
              {t('deadlines.settings.resetConfirm')}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
