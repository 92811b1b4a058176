import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { listText } from '../../shared/i18n/list-text.js';
import type { DeadlineItem } from '../../shared/contract/deadlines.js';
import type { ChosenFile, EvidenceRecord } from '../../shared/contract/evidence.js';
import type { ApiError } from '../../shared/contract/index.js';
import { EVIDENCE_TYPES, type EvidenceType } from '../../shared/domain/evidence.js';
import { useApi } from '../api/context.js';
import { CasePicker, useStartingCase, type CaseChoice } from '../components/CasePicker.js';
import { Dialog } from '../components/Dialog.js';
import { DialogActions } from '../components/DialogActions.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { optionsOf, SelectField } from '../components/SelectField.js';
import { TextField } from '../components/TextField.js';
import { localTimeZone } from '../components/uncertain-date-draft.js';
import { explanationLocale } from '../deadlines/deadline-display.js';
import { deadlinesOfItem } from '../evidence/deadline-relevance.js';
import { announceEvidenceChanged } from '../evidence/evidence-events.js';
import { MomentFields } from '../evidence/MomentFields.js';
import { useContentIntake } from '../evidence/use-content-intake.js';
import { instantFromLocal, localNow, type LocalMoment } from '../people/local-time.js';
import { QuickCaptureSaved } from './QuickCaptureSaved.js';

interface Draft {
  type: EvidenceType;
  description: string;
  collected: LocalMoment;
  /** Untouched, the item is dated when it is saved, not when the form opened. */
  timeTouched: boolean;
  files: ChosenFile[];
}

interface Saved {
  record: EvidenceRecord;
  caseReference: string;
  deadlines: DeadlineItem[];
  deadlinesError: ApiError | null;
}

/**
 * The minimal evidence form: case, type, a short description, the time (now unless changed) and
 * optionally a file. Enter saves a complete item (an evidentiary original, collected,
 * confidential) whose clocks start at once; the dialog then shows them counting down.
 */
export function QuickCaptureDialog({
  openCaseId,
  initialType,
  onTypeUsed,
  onClose,
}: {
  openCaseId: string | null;
  /** The type the last capture used: captures in a row are often of one kind. */
  initialType: EvidenceType;
  onTypeUsed: (type: EvidenceType) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const zone = localTimeZone();
  const descriptionRef = useRef<HTMLDivElement>(null);
  const [draft, setDraft] = useState<Draft>(() => ({
    type: initialType,
    description: '',
    collected: localNow(zone),
    timeTouched: false,
    files: [],
  }));
  const [errors, setErrors] = useState<{ description?: string; collectedAt?: string; caseId?: string }>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  const intake = useContentIntake(() => {
    if (saved) announceEvidenceChanged(saved.record.caseId);
  });
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  // The open case if it can take evidence, else the case worked on last, until another is picked
  // (null: the text box cleared).
  const starting = useStartingCase(openCaseId);
  const [picked, setPicked] = useState<CaseChoice | null | undefined>(undefined);
  const theCase = picked !== undefined ? picked : starting.status === 'ready' ? starting.value : null;
  const caseId = theCase?.id ?? '';
  const noOpenCase = starting.status === 'ready' && starting.value === null;

  // Start in the description, once, as the form appears: this effect runs after the dialog's own
  // (showModal focuses its first control), in the same commit, so no keystroke can come between.
  // Never again later (no timer, not when the case box appears): focus would leave the field being
  // typed in, and the case box puts back its chosen case's words when it loses focus.
  useEffect(() => {
    if (!saved) descriptionRef.current?.querySelector('input')?.focus();
  }, [saved]);

  async function chooseFile() {
    setError(null);
    const chosen = await api.evidence.chooseFiles({});
    if (!chosen.ok) setError(chosen.error);
    else if (chosen.value.files.length > 0) set({ files: chosen.value.files });
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const collectedAt = draft.timeTouched ? instantFromLocal(draft.collected, zone) : undefined;
    const problems = {
      ...(caseId === '' ? { caseId: t('evidence.quickCapture.errors.caseId') } : {}),
      ...(draft.description.trim() === '' ? { description: t('evidence.quickCapture.errors.description') } : {}),
      ...(collectedAt === null ? { collectedAt: t('evidence.form.errors.collectedAt') } : {}),
    };
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    setError(null);
    const locale = explanationLocale(i18n.language);
    // Deadlines before and after tell which ones this item started.
    const before = await api.deadlines.list({ caseId, locale });
    const created = await api.evidence.create({
      caseId,
      type: draft.type,
      description: draft.description,
      ...(collectedAt ? { collectedAt } : {}),
      timeZone: zone,
    });
    if (!created.ok) {
      setBusy(false);
      setError(created.error);
      return;
    }
    onTypeUsed(draft.type);
    const record = created.value;
    announceEvidenceChanged(record.caseId);
    const after = await api.deadlines.list({ caseId, locale });
    const known = new Set(before.ok ? before.value.items.map((item) => item.id) : []);
    const startedNow = new Set(
      after.ok ? after.value.items.filter((item) => !known.has(item.id)).map((item) => item.id) : [],
    );
    setBusy(false);
    setSaved({
      record,
      caseReference: theCase?.reference ?? '',
      deadlines: after.ok ? deadlinesOfItem(after.value.items, record, startedNow) : [],
      deadlinesError: after.ok ? null : after.error,
    });
    intake.add(
      record.id,
      draft.files.map((file) => ({ kind: 'chosen' as const, file })),
    );
  }

  const again = () => {
    setSaved(null);
    intake.clearOutcomes();
    setDraft((current) => ({ ...current, description: '', collected: localNow(zone), timeTouched: false, files: [] }));
  };

  return (
    <Dialog
      title={t('evidence.quickCapture.title')}
      intro={saved ? undefined : t('evidence.quickCapture.intro')}
      onClose={onClose}
      busy={busy}
    >
      {saved ? (
        <QuickCaptureSaved
          record={saved.record}
          caseReference={saved.caseReference}
          deadlines={saved.deadlines}
          deadlinesError={saved.deadlinesError}
          intake={intake}
          onAgain={again}
          onClose={onClose}
        />
      ) : (
        <form
          className="form quick-capture-form"
          onSubmit={(event) => void submit(event)}
          noValidate
          aria-label={t('evidence.quickCapture.title')}
        >
          <ErrorSummary />
          {starting.status === 'failed' && <ErrorAlert error={starting.error} />}
          {noOpenCase && <p className="alert alert-info">{t('evidence.quickCapture.noCases')}</p>}
          {/* Shown once the case it starts on is known: the text box starts with that case's words. */}
          {starting.status !== 'loading' && (
            <CasePicker
              label={t('evidence.quickCapture.case')}
              chosen={theCase}
              onChange={setPicked}
              error={errors.caseId}
              required
              disabled={busy || noOpenCase}
            />
          )}
          <SelectField
            label={t('evidence.fields.type')}
            value={draft.type}
            options={optionsOf(EVIDENCE_TYPES, (type) => t(`labels.evidenceType.${type}`))}
            onChange={(type) => {
              if (type !== '') set({ type });
            }}
            required
            disabled={busy}
          />
          <div ref={descriptionRef}>
            <TextField
              label={t('evidence.quickCapture.description')}
              value={draft.description}
              onChange={(description) => set({ description })}
              hint={t('evidence.quickCapture.descriptionHint')}
              error={errors.description}
              maxLength={5_000}
              required
              disabled={busy}
            />
          </div>
          <MomentFields
            legend={t('evidence.quickCapture.collectedAt')}
            value={draft.collected}
            onChange={(collected) => set({ collected, timeTouched: true })}
            timeZone={zone}
            error={errors.collectedAt}
            disabled={busy}
          />
          <div className="quick-capture-file">
            <button type="button" className="button button-secondary" onClick={() => void chooseFile()} disabled={busy}>
              {t('evidence.quickCapture.chooseFile')}
            </button>
            {draft.files.length === 0 ? (
              <span className="muted">{t('evidence.quickCapture.noFile')}</span>
            ) : (
              <span className="quick-capture-chosen">
                {listText(
                  i18n.language,
                  draft.files.map((file) => file.name),
                  { type: 'unit' },
                )}
                <button type="button" className="button button-link button-small" onClick={() => set({ files: [] })}>
                  {t('evidence.quickCapture.removeFile')}
                </button>
              </span>
            )}
          </div>
          <ErrorAlert error={error} />
          <DialogActions
            submitLabel={t('evidence.quickCapture.save')}
            busy={busy}
            onCancel={onClose}
            submitDisabled={noOpenCase}
          />
        </form>
      )}
    </Dialog>
  );
}
