import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/index.js';
import type { UnlockNotice } from '../../shared/contract/vault.js';
import { useApi } from '../api/context.js';
import { errorText } from '../api/errors.js';
import { AuthFrame } from '../app/AuthFrame.js';
import { useFocusOnArrival } from '../components/focus-on-arrival.js';
import { PassphraseField } from './PassphraseField.js';

type Method = 'passphrase' | 'recoveryKey';

/** The locked state: passphrase by default, the recovery key when the passphrase is lost. */
export function UnlockScreen({
  lockedElsewhere,
  onUnlocked,
}: {
  lockedElsewhere: boolean;
  /** With what the unlock had to repair, for the open vault to tell. */
  onUnlocked: (notices: readonly UnlockNotice[]) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [method, setMethod] = useState<Method>('passphrase');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const recoveryId = useId();
  const recoveryHintId = useId();
  const errorId = useId();
  // The lock screen's one task: the field is where the person starts, and where a switch of method leaves them.
  useFocusOnArrival(inputRef, method);

  function switchMethod() {
    setMethod((current) => (current === 'passphrase' ? 'recoveryKey' : 'passphrase'));
    setSecret('');
    setError(null);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (secret === '' || busy) return;
    setBusy(true);
    setError(null);
    const result = await api.vault.unlock(
      method === 'passphrase' ? { method, passphrase: secret } : { method, recoveryKey: secret },
    );
    setBusy(false);
    setSecret('');
    if (result.ok && result.value.state === 'unlocked') {
      onUnlocked(result.value.notices);
      return;
    }
    if (!result.ok) setError(result.error);
    requestAnimationFrame(() => inputRef.current?.focus());
  }

  return (
    <AuthFrame>
      <h1>{t('unlock.heading')}</h1>
      {lockedElsewhere && (
        <p className="alert alert-info" role="status">
          {t('unlock.lockedAutomatically')}
        </p>
      )}
      <p className="lead">{method === 'passphrase' ? t('unlock.intro') : t('unlock.introRecovery')}</p>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        {method === 'passphrase' ? (
          <PassphraseField
            key="passphrase"
            ref={inputRef}
            label={t('unlock.passphraseLabel')}
            value={secret}
            onChange={setSecret}
            revealed={false}
            autoComplete="current-password"
            describedBy={error ? errorId : undefined}
            invalid={error !== null}
            disabled={busy}
          />
        ) : (
          <div className="field" key="recoveryKey">
            <label className="field-label" htmlFor={recoveryId}>
              {t('unlock.recoveryKeyLabel')}
            </label>
            <input
              id={recoveryId}
              ref={inputRef}
              className="input input-mono"
              type="text"
              value={secret}
              onChange={(event) => setSecret(event.target.value)}
              autoComplete="off"
              autoCapitalize="characters"
              autoCorrect="off"
              spellCheck={false}
              aria-describedby={error ? `${recoveryHintId} ${errorId}` : recoveryHintId}
              aria-invalid={error !== null || undefined}
              disabled={busy}
              maxLength={200}
            />
            <p className="field-hint" id={recoveryHintId}>
              {t('unlock.recoveryKeyHint')}
            </p>
          </div>
        )}
        {error && (
          <p className="alert alert-error" role="alert" id={errorId}>
            {errorText(t, error)}
          </p>
        )}
        <div className="actions actions-split">
          <button type="button" className="button button-link" onClick={switchMethod} disabled={busy}>
            {method === 'passphrase' ? t('unlock.useRecoveryKey') : t('unlock.usePassphrase')}
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={secret === '' || busy}
            aria-busy={busy || undefined}
          >
            {busy ? t('unlock.submitting') : t('unlock.submit')}
          </button>
        </div>
      </form>
    </AuthFrame>
  );
}
