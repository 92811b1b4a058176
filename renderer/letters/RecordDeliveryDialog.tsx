import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/index.js';
import { DELIVERY_METHODS, type LetterEntry } from '../../shared/contract/letters.js';
import { useApi } from '../api/context.js';
import { CheckboxField } from '../components/CheckboxField.js';
import { Dialog } from '../components/Dialog.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { optionsOf, SelectField } from '../components/SelectField.js';
import { DateField } from '../components/DateField.js';
import { TextField } from '../components/TextField.js';
import { TimeField } from '../components/TimeField.js';
import { localTimeZone } from '../components/uncertain-date-draft.js';
import { instantFromLocal, localNow } from '../people/local-time.js';
import { DialogActions } from '../components/DialogActions.js';

type How = (typeof DELIVERY_METHODS)[number];

/** How a closure letter reached its victim: how, when, by whom, in which language, with an interpreter or not. */
export function RecordDeliveryDialog({
  letter,
  onClose,
  onRecorded,
}: {
  letter: LetterEntry;
  onClose: () => void;
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const zone = localTimeZone();
  const [how, setHow] = useState<How>('hand');
  const [at, setAt] = useState(() => localNow(zone));
  // Left as proposed, the time is the moment of recording itself, to the second, so a letter just
  // made is not "delivered before it was made" (the fields show the minute only).
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
  const typedInstant = instantFromLocal(at, zone);
  const atInstant = typedInstant === null ? null : new Date(typedInstant);
  const atValid = atInstant !== null;
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
      ...(oral
        ? {
            oralTranslation: {
              language: oralLanguage.trim(),
              ...(interpreter.trim() ? { interpreter: interpreter.trim() } : {}),
            },
          }
        : {}),
    });
    setBusy(false);
    if (!result.ok) setError(result.error);
    else onRecorded();
  }

  return (
    <Dialog
      title={t('letters.delivery.title', { code: letter.concerns?.code ?? '' })}
      intro={t('letters.delivery.intro')}
      onClose={onClose}
      busy={busy}
    >
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary />
        <SelectField
          label={t('letters.delivery.howLabel')}
          value={how}
          options={optionsOf(DELIVERY_METHODS, (v) => t(`labels.deliveryMethod.${v}`))}
          onChange={(v) => v && setHow(v)}
          required
        />
        <fieldset className="fieldset-plain">
          <legend className="field-label">{t('letters.delivery.atLabel')}</legend>
          <div className="field-row">
            <DateField
              label={t('letters.delivery.atDay')}
              value={at.day}
              onChange={(day) => {
                setAt((current) => ({ ...current, day }));
                setAtTouched(true);
              }}
              error={tried && !atValid ? t('letters.delivery.atInvalid', { zone }) : undefined}
              required
            />
            <TimeField
              label={t('letters.delivery.atTime')}
              value={at.time}
              onChange={(time) => {
                setAt((current) => ({ ...current, time }));
                setAtTouched(true);
              }}
              required
            />
          </div>
        </fieldset>
        <TextField
          label={t('letters.delivery.byLabel')}
          value={by}
          onChange={setBy}
          required
          maxLength={300}
          error={tried && !by.trim() ? required : undefined}
        />
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
            <TextField
              label={t('letters.delivery.oralLanguageLabel')}
              value={oralLanguage}
              onChange={setOralLanguage}
              required
              maxLength={35}
              error={tried && oralLanguage.trim().length < 2 ? required : undefined}
            />
            <TextField
              label={t('letters.delivery.interpreterLabel')}
              value={interpreter}
              onChange={setInterpreter}
              maxLength={300}
            />
          </div>
        )}
        <ErrorAlert error={error} />
        <DialogActions submitLabel={t('letters.delivery.submit')} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
