import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/index.js';
import type { CaseSummary } from '../../shared/contract/cases.js';
import { CONFIDENTIALITY_LEVELS, type Confidentiality } from '../../shared/domain/confidentiality.js';
import { useApi } from '../api/context.js';
import { errorText } from '../api/errors.js';

/** A modal to open a case with the three fields `cases.create` takes; the rest comes later. */
export function NewCaseDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (created: CaseSummary) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [confidentiality, setConfidentiality] = useState<Confidentiality>('confidential');
  const [titleMissing, setTitleMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const ids = { heading: useId(), intro: useId(), title: useId(), titleHint: useId(), titleError: useId(), summary: useId(), level: useId() };

  useEffect(() => {
    const dialog = dialogRef.current;
    // showModal() makes the rest of the page inert and traps focus, which a div cannot do.
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (title.trim() === '') {
      setTitleMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    const result = await api.cases.create({ title: title.trim(), summary, confidentiality });
    setBusy(false);
    if (result.ok) onCreated(result.value);
    else setError(result.error);
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={ids.heading}
      aria-describedby={ids.intro}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={ids.heading}>{t('cases.create.heading')}</h2>
        <p className="muted" id={ids.intro}>
          {t('cases.create.intro')}
        </p>
        <div className="field">
          <label className="field-label" htmlFor={ids.title}>
            {t('cases.create.titleLabel')}
          </label>
          <input
            id={ids.title}
            className="input"
            value={title}
            onChange={(event) => {
              setTitle(event.target.value);
              setTitleMissing(false);
            }}
            maxLength={300}
            required
            aria-invalid={titleMissing || undefined}
            aria-describedby={titleMissing ? `${ids.titleHint} ${ids.titleError}` : ids.titleHint}
            autoFocus
            disabled={busy}
          />
          <p className="field-hint" id={ids.titleHint}>
            {t('cases.create.titleHint')}
          </p>
          {titleMissing && (
            <p className="field-error" id={ids.titleError} role="alert">
              {t('cases.create.titleRequired')}
            </p>
          )}
        </div>
        <div className="field">
          <label className="field-label" htmlFor={ids.summary}>
            {t('cases.create.summaryLabel')}
          </label>
          <textarea
            id={ids.summary}
            className="input textarea"
            rows={5}
            value={summary}
            onChange={(event) => setSummary(event.target.value)}
            maxLength={100_000}
            disabled={busy}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={ids.level}>
            {t('cases.create.confidentialityLabel')}
          </label>
          <select
            id={ids.level}
            className="input select"
            value={confidentiality}
            onChange={(event) => setConfidentiality(event.target.value as Confidentiality)}
            disabled={busy}
          >
            {CONFIDENTIALITY_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`confidentiality.${level}`)}
              </option>
            ))}
          </select>
        </div>
        {error && (
          <p className="alert alert-error" role="alert">
            {errorText(t, error)}
          </p>
        )}
        <div className="actions">
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy || undefined}>
            {busy ? t('cases.create.submitting') : t('cases.create.submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
