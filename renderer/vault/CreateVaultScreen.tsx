import { useDeferredValue, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/context.js';
import { errorText } from '../api/errors.js';
import { AuthFrame } from '../app/AuthFrame.js';
import { useFocusOnArrival } from '../components/focus-on-arrival.js';
import { localTimeZone } from '../components/uncertain-date-draft.js';
import { PassphraseField } from './PassphraseField.js';
import { PassphraseStrength } from './PassphraseStrength.js';
import { RestoreBackupForm } from './RestoreBackupForm.js';
import { usePassphrasePolicy } from './passphrase-policy.js';
import { useSubmit } from '../components/use-submit.js';

/** First run: choose the passphrase; the core refuses weak ones too, this screen explains why first. */
export function CreateVaultScreen({
  onCreated,
  onRestored,
}: {
  onCreated: (recoveryKey: string) => void;
  /** A backup was restored here instead: the vault now exists, locked. */
  onRestored: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const policy = usePassphrasePolicy();
  // The mission's time zone starts as this computer's: the core reads "today" there from the first case.
  const [timeZone] = useState(localTimeZone);
  const [restoring, setRestoring] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [confirmationLeft, setConfirmationLeft] = useState(false);
  const [revealed, setRevealed] = useState(false);
  const { busy, error, send } = useSubmit();
  const hintId = useId();
  const strengthId = useId();
  const mismatchId = useId();
  const passphraseRef = useRef<HTMLInputElement>(null);
  // First run's one task: choosing the passphrase starts in its field.
  useFocusOnArrival(passphraseRef);

  // zxcvbn runs on every keystroke; deferring keeps typing smooth on a slow laptop.
  const typed = useDeferredValue(passphrase);
  const assessment = useMemo(() => (policy && typed !== '' ? policy.assessPassphrase(typed) : null), [policy, typed]);
  const differs = confirmation !== '' && confirmation !== passphrase;
  // While the second field is being typed, only a wrong character so far counts as a mismatch.
  const showMismatch = differs && (confirmationLeft || !passphrase.startsWith(confirmation));
  const acceptable = assessment !== null && typed === passphrase && assessment.acceptable;
  const canSubmit = acceptable && confirmation === passphrase && !busy;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!canSubmit) return;
    await send(
      () => api.vault.create({ passphrase, timeZone }),
      (value) => {
        setPassphrase('');
        setConfirmation('');
        onCreated(value.recoveryKey);
      },
    );
  }

  if (restoring) {
    return (
      <AuthFrame>
        <RestoreBackupForm onRestored={onRestored} onCancel={() => setRestoring(false)} />
      </AuthFrame>
    );
  }

  return (
    <AuthFrame>
      <h1>{t('create.heading')}</h1>
      <p className="lead">{t('create.intro')}</p>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <PassphraseField
          label={t('create.passphraseLabel')}
          value={passphrase}
          onChange={setPassphrase}
          revealed={revealed}
          onToggleReveal={() => setRevealed((shown) => !shown)}
          autoComplete="new-password"
          describedBy={`${hintId} ${strengthId}`}
          invalid={assessment !== null && !assessment.acceptable}
          ref={passphraseRef}
          disabled={busy}
        />
        <p className="field-hint" id={hintId}>
          {policy ? t('create.passphraseHint', { min: policy.PASSPHRASE_POLICY.minLength }) : '\u00a0'}
        </p>
        <PassphraseStrength
          id={strengthId}
          assessment={assessment}
          minLength={policy?.PASSPHRASE_POLICY.minLength ?? null}
        />
        <PassphraseField
          label={t('create.confirmLabel')}
          value={confirmation}
          onChange={(value) => {
            setConfirmation(value);
            setConfirmationLeft(false);
          }}
          onBlur={() => setConfirmationLeft(true)}
          revealed={revealed}
          autoComplete="new-password"
          describedBy={showMismatch ? mismatchId : undefined}
          invalid={showMismatch}
          disabled={busy}
        />
        {showMismatch && (
          <p className="field-error" id={mismatchId} role="alert">
            {t('create.mismatch')}
          </p>
        )}
        {error && (
          <p className="alert alert-error" role="alert">
            {errorText(t, error)}
          </p>
        )}
        <p className="note">{t('create.noRecovery')}</p>
        <p className="note">{t('create.timeZoneNote', { zone: timeZone })}</p>
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={!canSubmit} aria-busy={busy || undefined}>
            {busy ? t('create.submitting') : t('create.submit')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setRestoring(true)} disabled={busy}>
            {t('restore.open')}
          </button>
        </div>
      </form>
    </AuthFrame>
  );
}
