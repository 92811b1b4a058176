import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../shared/contract/index.js';
import { useApi } from '../api/context.js';
import { errorText } from '../api/errors.js';
import { useSubmit } from '../components/use-submit.js';
import { useInstantText } from '../components/mission-time.js';
import { PassphraseField } from './PassphraseField.js';

type Restored = NonNullable<MethodOutput<'backup.restore'>['restored']>;

/**
 * Before any vault exists on this laptop: rebuild it from a backup folder (the folder dialog comes after
 * the secret is typed), opened with the backup's passphrase or its recovery key. The core checks every
 * file first and refuses in words; nothing is left behind by a refusal. The vault is then unlocked as usual.
 */
export function RestoreBackupForm({ onRestored, onCancel }: { onRestored: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const instantText = useInstantText();
  const api = useApi();
  const [method, setMethod] = useState<'passphrase' | 'recoveryKey'>('passphrase');
  const [secret, setSecret] = useState('');
  const [revealed, setRevealed] = useState(false);
  const [restored, setRestored] = useState<Restored | null>(null);
  const { busy, error, send } = useSubmit();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (secret === '' || busy) return;
    const given = method === 'passphrase' ? { method, passphrase: secret } : { method, recoveryKey: secret };
    await send(
      () => api.backup.restore(given),
      (value) => {
        if (value.restored === null) return; // no folder chosen: the form stays as it was
        setSecret('');
        setRestored(value.restored);
      },
    );
  }

  if (restored) {
    return (
      <div className="form">
        <p className="alert alert-success" role="status">
          {t('restore.done', {
            when: instantText(restored.backupCreatedAt, restored.missionTimeZone),
            cases: restored.cases,
            files: restored.evidenceFiles,
          })}
        </p>
        <div className="actions">
          <button type="button" className="button button-primary" onClick={onRestored}>
            {t('restore.continue')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form className="form" aria-label={t('restore.heading')} onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t('restore.heading')}</h2>
      <p className="lead">{t('restore.intro')}</p>
      <fieldset className="field" disabled={busy}>
        <legend className="field-label">{t('restore.methodLabel')}</legend>
        {(['passphrase', 'recoveryKey'] as const).map((choice) => (
          <label key={choice} className="check">
            <input
              type="radio"
              name="restore-method"
              checked={method === choice}
              onChange={() => {
                setMethod(choice);
                setSecret('');
              }}
            />
            {choice === 'passphrase' ? t('restore.withPassphrase') : t('restore.withRecoveryKey')}
          </label>
        ))}
      </fieldset>
      <PassphraseField
        label={method === 'passphrase' ? t('restore.passphraseLabel') : t('restore.recoveryKeyLabel')}
        value={secret}
        onChange={setSecret}
        revealed={revealed}
        onToggleReveal={() => setRevealed((shown) => !shown)}
        autoComplete="off"
        disabled={busy}
      />
      {error && (
        <p className="alert alert-error" role="alert">
          {errorText(t, error)}
        </p>
      )}
      {busy && (
        <p className="note" role="status">
          {t('restore.working')}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
          {t('restore.cancel')}
        </button>
        <button
          type="submit"
          className="button button-primary"
          disabled={secret === '' || busy}
          aria-busy={busy || undefined}
        >
          {t('restore.submit')}
        </button>
      </div>
    </form>
  );
}
