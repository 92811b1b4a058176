import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/index.js';
import { DELIVERY_METHODS, type LetterEntry } from '../../shared/contract/letters.js';
import { useApi } from '../api/context.js';
import { CheckboxField } from '../components/CheckboxField.js';
import { Dialog } from '../components/Dialog.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { optionsOf, SelectField } from '../components/SelectField.js';
import { TextField } from '../components/TextField.js';

type How = (typeof DELIVERY_METHODS)[number];

/** A datetime-local value ("2026-03-02T14:30:05") for now on this computer: to the second, so a letter just made is not "delivered before it was made". */
function localNow(): string {
  const now = new Date();
  now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
  return now.toISOString().slice(0, 19);
}

/** How a closure letter reached its victim: how, when, by whom, in which language, with an interpreter or not. */
export function RecordDeliveryDialog({ letter, onClose, onRecorded }: { letter: LetterEntry; onClose: () => void; onRecorded: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const atId = useId();
  const [how, setHow] = useState<How>('hand');
  const [at, setAt] = useState(localNow);
  // Left as proposed, the time is the moment of recording itself (the field shows it to the second only).
  const [atTouched, setAtTouched] = useState(false);
  const [by, setBy] = useState('');
  const [language, setLanguage] = useState<string>(letter.language);
  const [oral, setOral] = useState(false);
  const [oralLanguage, setOralLanguage] = useState('');
  const [interpreter, setInterpreter] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [tried, setTried] = useState(false);

  const required = t('letters.common.required');
  const atInstant = at ? new Date(at) : null;
  const atValid = atInstant !== null && !Number.isNaN(atInstant.getTime());
  const invalid = !by.trim() || language.trim().length < 2 || !atValid || (oral && oralLanguage.trim().length < 2);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (invalid || !atInstant) return;
    setBusy(true);
    setError(null);
    const result = await api.letters.recordDelivery({
      letterId: letter.id,
      how,
      at: (atTouched ? atInstant : new Date()).toISOString(),
      by: by.trim(),
      language: language.trim(),
      ...(oral ? { oralTranslation: { language: oralLanguage.trim(), ...(interpreter.trim() ? { interpreter: interpreter.trim() } : {}) } } : {}),
    });
    setBusy(false);
    if (!result.ok) setError(result.error);
    else onRecorded();
  }

  return (
    <Dialog title={t('letters.delivery.title', { code: letter.concerns?.code ?? '' })} intro={t('letters.delivery.intro')} onClose={onClose} busy={busy}>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <SelectField label={t('letters.delivery.howLabel')} value={how} options={optionsOf(DELIVERY_METHODS, (v) => t(`letters.delivery.how.${v}`))} onChange={(v) => v && setHow(v)} required />
        <div className="field">
          <label className="field-label" htmlFor={atId}>
            {t('letters.delivery.atLabel')}
          </label>
          <input id={atId} className="input input-medium" type="datetime-local" step={1} value={at} required onChange={(e) => {
              setAt(e.target.value);
              setAtTouched(true);
            }} aria-invalid={tried && !atValid ? true : undefined} />
        </div>
        <TextField label={t('letters.delivery.byLabel')} value={by} onChange={setBy} required maxLength={300} error={tried && !by.trim() ? required : undefined} />
        <TextField
          label={t('letters.delivery.languageLabel')}
          hint={t('letters.delivery.languageHint')}
          value={language}
          onChange={setLanguage}
          required
          maxLength={35}
          inputClassName="input-medium"
          error={tried && language.trim().length < 2 ? required : undefined}
        />
        <CheckboxField label={t('letters.delivery.oralLabel')} checked={oral} onChange={setOral} />
        {oral && (
          <div className="fieldset-box">
            <TextField label={t('letters.delivery.oralLanguageLabel')} value={oralLanguage} onChange={setOralLanguage} required maxLength={35} error={tried && oralLanguage.trim().length < 2 ? required : undefined} />
            <TextField label={t('letters.delivery.interpreterLabel')} value={interpreter} onChange={setInterpreter} maxLength={300} />
          </div>
        )}
        <ErrorAlert error={error} />
        <div className="actions">
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy || undefined}>
            {t('letters.delivery.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
