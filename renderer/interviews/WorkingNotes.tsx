import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiError, type ApiError } from '../../shared/contract/index.js';
import type { InterviewRecord } from '../../shared/contract/interviews.js';
import { useApi } from '../api/context.js';
import { errorText } from '../api/errors.js';
import { DateField } from '../components/DateField.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { TimeField } from '../components/TimeField.js';
import { TextField } from '../components/TextField.js';
import { localTimeZone } from '../components/uncertain-date-draft.js';
import { useMissionTimeZone } from '../components/mission-time.js';
import { formatClockTime, instantFromLocal, localNow } from '../people/local-time.js';
import { useNotesAutosave, type SaveStatus } from './notes-autosave.js';
import { RefusalFixes } from './RefusalFixes.js';
import { RichTextEditor } from './rich-text/RichTextEditor.js';

type Step = { kind: 'idle' } | { kind: 'conducting' } | { kind: 'signing' } | { kind: 'cancelling' };

function SaveState({ status }: { status: SaveStatus }) {
  const { t, i18n } = useTranslation();
  const zone = useMissionTimeZone();
  // "Saved at 14:32 (Africa/Bangui)": on the mission's clock, the zone named as every time on screen.
  const clock = (at: string) => t('caseFile.date.exactText', { date: formatClockTime(at, i18n.language, zone), zone });
  switch (status.kind) {
    case 'clean':
      return (
        <>
          {status.savedAt
            ? t('interviews.notes.savedAt', { time: clock(status.savedAt) })
            : t('interviews.notes.autosaveHint')}
        </>
      );
    case 'dirty':
      return <>{t('interviews.notes.unsaved')}</>;
    case 'saving':
      return <>{t('interviews.notes.saving')}</>;
    case 'saved':
      return <>{t('interviews.notes.savedAt', { time: clock(status.savedAt) })}</>;
    case 'failed':
      return <>{t('interviews.notes.failed', { reason: errorText(t, status.error) })}</>;
    case 'conflict':
      return null;
  }
}

/**
 * The notes of an interview not yet signed, saved as they are typed, and the steps that move it
 * on: mark it conducted (the core checks consent and do-no-harm rules), sign, or cancel.
 */
export function WorkingNotes({
  interview,
  onChanged,
  onReload,
  onEditArrangements,
}: {
  interview: InterviewRecord;
  onChanged: (interview: InterviewRecord) => void;
  onReload: () => void;
  /** Opens the arrangements, where a refusal about do no harm or a repeat interview is put right. */
  onEditArrangements: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const statusId = useId();
  const zone = interview.timeZone ?? localTimeZone();
  const autosave = useNotesAutosave(api, interview.id, {
    revision: interview.notesRevision,
    savedAt: interview.notesSavedAt,
  });
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [conductedAt, setConductedAt] = useState(() => localNow(zone));
  const [dateInvalid, setDateInvalid] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);

  /** Saves the notes first: an action never runs on notes the core has not got. */
  async function act(action: () => ReturnType<typeof api.interviews.sign>) {
    setBusy(true);
    setRefusal(null);
    await autosave.flush();
    if (!autosave.isSaved()) {
      setBusy(false);
      setRefusal(apiError('CONFLICT', 'interviews.notesNotSaved'));
      return;
    }
    const result = await action();
    setBusy(false);
    if (!result.ok) {
      setRefusal(result.error);
      return;
    }
    setStep({ kind: 'idle' });
    onChanged(result.value);
  }

  function markConducted(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const at = instantFromLocal(conductedAt, zone);
    setDateInvalid(!at || Date.parse(at) > Date.now() + 60_000);
    if (!at || Date.parse(at) > Date.now() + 60_000) return;
    void act(() => api.interviews.markConducted({ interviewId: interview.id, conductedAt: at }));
  }

  function cancelInterview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    void act(() => api.interviews.cancel({ interviewId: interview.id, reason: reason.trim() }));
  }

  const open = (next: Step) => {
    setRefusal(null);
    setStep(next);
  };

  return (
    <section className="panel notes-panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h3 id={headingId}>{t('interviews.notes.heading')}</h3>
        <p className="save-state" id={statusId} role="status">
          <SaveState status={autosave.status} />
        </p>
      </div>
      {autosave.status.kind === 'conflict' ? (
        <div className="alert alert-error" role="alert">
          <p>{t('interviews.notes.conflict')}</p>
          <button type="button" className="button button-secondary" onClick={onReload}>
            {t('interviews.notes.reload')}
          </button>
        </div>
      ) : (
        <RichTextEditor
          initial={interview.notes}
          label={t('interviews.notes.editorLabel', { code: interview.personCode })}
          onChange={autosave.change}
          onBlur={() => void autosave.flush()}
          describedBy={statusId}
        />
      )}

      <div className="interview-steps">
        {step.kind === 'idle' && (
          <div className="actions actions-start">
            {interview.status === 'planned' && (
              <>
                <button
                  type="button"
                  className="button button-primary"
                  onClick={() => {
                    // Proposed as now: usually the step is recorded as the interview ends.
                    setConductedAt(localNow(zone));
                    open({ kind: 'conducting' });
                  }}
                >
                  {t('interviews.actions.markConducted')}
                </button>
                <button type="button" className="button button-quiet" onClick={() => open({ kind: 'cancelling' })}>
                  {t('interviews.actions.cancel')}
                </button>
              </>
            )}
            {interview.status === 'conducted' && (
              <button type="button" className="button button-primary" onClick={() => open({ kind: 'signing' })}>
                {t('interviews.actions.sign')}
              </button>
            )}
          </div>
        )}

        {step.kind === 'conducting' && (
          <form
            className="form step-form"
            onSubmit={markConducted}
            noValidate
            aria-label={t('interviews.actions.markConducted')}
          >
            <ErrorSummary />
            <fieldset className="fieldset-plain">
              <legend className="field-label">{t('interviews.actions.conductedAt')}</legend>
              <p className="field-hint">{t('interviews.actions.conductedAtHint', { zone })}</p>
              <div className="field-row">
                <DateField
                  label={t('interviews.plan.day')}
                  value={conductedAt.day}
                  onChange={(day) => setConductedAt((current) => ({ ...current, day }))}
                  error={dateInvalid ? t('interviews.actions.conductedAtInvalid') : undefined}
                  required
                  disabled={busy}
                />
                <TimeField
                  label={t('interviews.plan.time')}
                  value={conductedAt.time}
                  onChange={(time) => setConductedAt((current) => ({ ...current, time }))}
                  required
                  disabled={busy}
                />
              </div>
            </fieldset>
            <div className="actions actions-start">
              <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy || undefined}>
                {t('interviews.actions.confirmConducted')}
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => open({ kind: 'idle' })}
                disabled={busy}
              >
                {t('common.cancel')}
              </button>
            </div>
          </form>
        )}

        {step.kind === 'signing' && (
          <div className="step-form">
            <p className="note">{t('interviews.actions.signExplained')}</p>
            <div className="actions actions-start">
              <button
                type="button"
                className="button button-primary"
                onClick={() => void act(() => api.interviews.sign({ interviewId: interview.id }))}
                disabled={busy}
                aria-busy={busy || undefined}
              >
                {t('interviews.actions.confirmSign')}
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => open({ kind: 'idle' })}
                disabled={busy}
              >
                {t('common.cancel')}
              </button>
            </div>
          </div>
        )}

        {step.kind === 'cancelling' && (
          <form
            className="form step-form"
            onSubmit={cancelInterview}
            noValidate
            aria-label={t('interviews.actions.cancel')}
          >
            <ErrorSummary />
            <TextField
              label={t('interviews.actions.cancelReason')}
              value={reason}
              onChange={(value) => {
                setReason(value);
                setReasonMissing(false);
              }}
              error={reasonMissing ? t('interviews.actions.reasonRequired') : undefined}
              required
              rows={2}
              maxLength={5_000}
              disabled={busy}
            />
            <div className="actions actions-start">
              <button type="submit" className="button button-danger" disabled={busy} aria-busy={busy || undefined}>
                {t('interviews.actions.confirmCancel')}
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => open({ kind: 'idle' })}
                disabled={busy}
              >
                {t('interviews.actions.keep')}
              </button>
            </div>
          </form>
        )}

        {refusal && (
          <div className="alert alert-error refusal" role="alert">
            <p className="refusal-lead">
              {refusal.code === 'CONSENT_REQUIRED' || refusal.code === 'RULE_BLOCKED'
                ? t('interviews.actions.refused')
                : t('interviews.actions.failed')}
            </p>
            <p className="refusal-detail">{errorText(t, refusal)}</p>
            <RefusalFixes
              error={refusal}
              personId={interview.personId}
              personCode={interview.personCode}
              onEditArrangements={onEditArrangements}
            />
          </div>
        )}
      </div>
    </section>
  );
}
