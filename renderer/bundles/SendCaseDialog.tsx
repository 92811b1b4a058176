import '../styles/bundles.css';
import '../styles/identity.css';
import { useCallback, useDeferredValue, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleAudience, BundleExportJob } from '../../shared/contract/bundles.js';
import type { ApiError } from '../../shared/contract/index.js';
import { useApi } from '../api/context.js';
import { CheckboxField } from '../components/CheckboxField.js';
import { Dialog } from '../components/Dialog.js';
import { DialogActions } from '../components/DialogActions.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useLoaded } from '../components/use-loaded.js';
import { formatBytes } from '../evidence/transfer-figures.js';
import { PassphraseField } from '../vault/PassphraseField.js';
import { PassphraseStrength } from '../vault/PassphraseStrength.js';
import { usePassphrasePolicy } from '../vault/passphrase-policy.js';
import { JobProgress } from './JobProgress.js';
import { useBundleJob } from './use-bundle-job.js';
import { listText } from '../../shared/i18n/list-text.js';

type Audience = 'contacts' | 'passphrase';

/** The file's name without its folder: what the person recognises in their file manager. */
const fileNameOf = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * "Send this case…" (issue 12): the case as one encrypted file for colleagues from the contacts
 * (an unverified one marked in words and sent to only after a confirmation) or for a passphrase
 * typed twice, optionally without the people's identities; then the file dialog, a progress bar
 * with Cancel, and the file's name and size.
 */
export function SendCaseDialog({
  caseId,
  reference,
  onClose,
}: {
  caseId: string;
  reference: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const ids = { audience: useId(), contacts: useId(), strength: useId(), mismatch: useId() };
  const loadContacts = useCallback(() => api.contacts.list({}), [api]);
  const contacts = useLoaded(loadContacts);
  const policy = usePassphrasePolicy();
  const [audience, setAudience] = useState<Audience>('contacts');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [unverifiedAccepted, setUnverifiedAccepted] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [revealed, setRevealed] = useState(false);
  const [withoutIdentities, setWithoutIdentities] = useState(false);
  // Once the person has tried to send, what still stops it is shown, and goes as soon as it is fixed.
  const [attempted, setAttempted] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [written, setWritten] = useState<BundleExportJob | null>(null);
  const { running, run, cancel } = useBundleJob<BundleExportJob>();

  const items = contacts.state.status === 'ready' ? contacts.state.value.items : [];
  const unverified = items.filter((contact) => chosen.has(contact.id) && !contact.verified);
  const typed = useDeferredValue(passphrase);
  const assessment = useMemo(() => (policy && typed !== '' ? policy.assessPassphrase(typed) : null), [policy, typed]);

  function toggle(contactId: string, on: boolean) {
    // A confirmation covers the unverified contacts it was given for: ticking another one asks again.
    const newlyUnverified = on && !chosen.has(contactId) && items.some((c) => c.id === contactId && !c.verified);
    if (newlyUnverified) setUnverifiedAccepted(false);
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(contactId);
      else next.delete(contactId);
      return next;
    });
  }

  /** What stops the export, in words; null when it may go. */
  function problemNow(): string | null {
    if (audience === 'contacts') {
      if (chosen.size === 0) return t('bundles.send.problems.noContact');
      if (unverified.length > 0 && !unverifiedAccepted) return t('bundles.send.problems.unverified');
      return null;
    }
    if (!assessment?.acceptable) return t('bundles.send.problems.weak');
    if (confirmation !== passphrase) return t('bundles.send.problems.mismatch');
    return null;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const stop = problemNow();
    setAttempted(true);
    setError(null);
    setNotice(null);
    if (stop) return;
    const to: BundleAudience =
      audience === 'contacts' ? { kind: 'contacts', contactIds: [...chosen] } : { kind: 'passphrase', passphrase };
    const end = await run(() =>
      api.bundles.export({ caseId, audience: to, omit: withoutIdentities ? ['identities'] : [] }),
    );
    if (end === null) return;
    if (end.state === 'done') {
      setPassphrase('');
      setConfirmation('');
      setWritten(end.job);
    } else if (end.state === 'failed') setError(end.error);
    else setNotice(t('bundles.send.cancelled'));
  }

  const problem = attempted ? problemNow() : null;
  const title = t('bundles.send.title', { reference });
  if (written?.outcome) {
    return (
      <Dialog title={title} onClose={onClose}>
        <div className="alert alert-success" role="status">
          <p>
            {t('bundles.send.done', {
              file: fileNameOf(written.file),
              size: formatBytes(i18n.language, written.outcome.bytesWritten),
            })}
          </p>
        </div>
        {written.unverifiedRecipients.length > 0 && (
          <p className="alert alert-warning">
            {t('bundles.send.doneUnverified', { names: listText(i18n.language, written.unverifiedRecipients) })}
          </p>
        )}
        <dl className="bundle-facts">
          <dt>{t('bundles.send.fingerprint')}</dt>
          <dd>
            <code className="bundle-hash">{written.outcome.manifestSha256}</code>
          </dd>
        </dl>
        <div className="actions">
          <button type="button" className="button button-primary" onClick={onClose}>
            {t('bundles.close')}
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={title} intro={t('bundles.send.intro')} onClose={onClose} busy={running !== null} size="wide">
      {running ? (
        <JobProgress job={running} label={t('bundles.send.writing', { reference })} onCancel={cancel} />
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <p role="status" className="bundle-notice">
            {notice}
          </p>
          <ErrorAlert error={error} />
          <fieldset className="fieldset-plain">
            <legend>{t('bundles.send.audience')}</legend>
            {(['contacts', 'passphrase'] as const).map((kind) => (
              <div className="check" key={kind}>
                <input
                  id={`${ids.audience}-${kind}`}
                  type="radio"
                  name={`${ids.audience}-audience`}
                  checked={audience === kind}
                  onChange={() => setAudience(kind)}
                />
                <label htmlFor={`${ids.audience}-${kind}`}>{t(`bundles.send.audiences.${kind}`)}</label>
              </div>
            ))}
          </fieldset>
          {audience === 'contacts' && (
            <fieldset className="fieldset-box" aria-describedby={`${ids.contacts}-hint`}>
              <legend>{t('bundles.send.contacts')}</legend>
              <p className="field-hint" id={`${ids.contacts}-hint`}>
                {items.length === 0 && contacts.state.status === 'ready'
                  ? t('bundles.send.noContacts')
                  : t('bundles.send.contactsHint')}
              </p>
              <ErrorAlert error={contacts.state.status === 'failed' ? contacts.state.error : null} />
              {items.map((contact) => (
                <div className="check bundle-contact" key={contact.id}>
                  <input
                    id={`${ids.contacts}-${contact.id}`}
                    type="checkbox"
                    checked={chosen.has(contact.id)}
                    onChange={(event) => toggle(contact.id, event.target.checked)}
                  />
                  <label htmlFor={`${ids.contacts}-${contact.id}`}>
                    {contact.name}
                    {contact.role ? ` (${contact.role})` : ''}{' '}
                    {contact.verified ? (
                      <span className="badge badge-verified">{t('identity.contacts.verified')}</span>
                    ) : (
                      <span className="badge badge-unverified">{t('identity.contacts.unverified')}</span>
                    )}
                  </label>
                </div>
              ))}
              {unverified.length > 0 && (
                <div className="alert alert-warning">
                  <p>
                    {t('bundles.send.unverifiedWarning', {
                      names: listText(
                        i18n.language,
                        unverified.map((contact) => contact.name),
                      ),
                    })}
                  </p>
                  <CheckboxField
                    label={t('bundles.send.unverifiedConfirm')}
                    checked={unverifiedAccepted}
                    onChange={setUnverifiedAccepted}
                  />
                </div>
              )}
            </fieldset>
          )}
          {audience === 'passphrase' && (
            <fieldset className="fieldset-box">
              <legend>{t('bundles.send.passphrase')}</legend>
              <p className="field-hint">{t('bundles.send.passphraseHint')}</p>
              <PassphraseField
                label={t('bundles.send.passphraseLabel')}
                value={passphrase}
                onChange={setPassphrase}
                revealed={revealed}
                onToggleReveal={() => setRevealed((shown) => !shown)}
                autoComplete="new-password"
                describedBy={ids.strength}
              />
              <PassphraseStrength
                id={ids.strength}
                assessment={assessment}
                minLength={policy?.PASSPHRASE_POLICY.minLength ?? null}
              />
              <PassphraseField
                label={t('bundles.send.confirmLabel')}
                value={confirmation}
                onChange={setConfirmation}
                revealed={revealed}
                autoComplete="new-password"
                invalid={confirmation !== '' && confirmation !== passphrase}
              />
            </fieldset>
          )}
          <CheckboxField
            label={t('bundles.send.withoutIdentities')}
            hint={t('bundles.send.withoutIdentitiesHint')}
            checked={withoutIdentities}
            onChange={setWithoutIdentities}
          />
          {problem && (
            <p className="alert alert-error" role="alert">
              {problem}
            </p>
          )}
          <DialogActions submitLabel={t('bundles.send.submit')} busy={false} onCancel={onClose} />
        </form>
      )}
    </Dialog>
  );
}
