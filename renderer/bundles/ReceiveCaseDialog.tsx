import '../styles/bundles.css';
import '../styles/identity.css';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleImportJob, BundlePreview } from '../../shared/contract/bundles.js';
import type { ApiError } from '../../shared/contract/index.js';
import { useApi } from '../api/context.js';
import { CheckboxField } from '../components/CheckboxField.js';
import { DenseTable } from '../components/DenseTable.js';
import { Dialog } from '../components/Dialog.js';
import { DialogActions } from '../components/DialogActions.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { JobProgress } from './JobProgress.js';
import { formatBytes } from '../evidence/transfer-figures.js';
import { PassphraseField } from '../vault/PassphraseField.js';
import { ConflictChoice } from './ConflictChoice.js';
import { SignerFacts } from './SignerFacts.js';
import { tableLabel } from './table-labels.js';
import { useBundleJob } from './use-bundle-job.js';

interface Previewed {
  jobId: string;
  preview: BundlePreview;
}

/**
 * "Receive a case…" (issue 12): the bundle file (and its passphrase, if the sender used one) is
 * checked whole first, writing nothing; the preview says who signed it, what it adds and changes,
 * and shows each conflicting record mine | theirs for a decision; then Import, with progress.
 */
export function ReceiveCaseDialog({
  onClose,
  onImported,
}: {
  onClose: () => void;
  onImported: (caseId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const [passphrase, setPassphrase] = useState('');
  const [revealed, setRevealed] = useState(false);
  const [previewed, setPreviewed] = useState<Previewed | null>(null);
  const [accepted, setAccepted] = useState(false);
  const [takeTheirs, setTakeTheirs] = useState<ReadonlySet<string>>(new Set());
  const [imported, setImported] = useState<BundlePreview | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [attempted, setAttempted] = useState(false);
  const { running, run, cancel } = useBundleJob<BundleImportJob>();
  const secret = passphrase === '' ? {} : { passphrase };

  async function check(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setNotice(null);
    const end = await run(() => api.bundles.import({ ...secret, dryRun: true }));
    if (end === null) return;
    if (end.state === 'done' && end.job.preview) {
      setPreviewed({ jobId: end.job.jobId, preview: end.job.preview });
      setAccepted(false);
      setAttempted(false);
      setTakeTheirs(new Set());
    } else if (end.state === 'failed') setError(end.error);
    else setNotice(t('bundles.receive.cancelled'));
  }

  async function importNow(event: FormEvent) {
    event.preventDefault();
    if (!previewed) return;
    const trusted = previewed.preview.signer.status === 'contact' && previewed.preview.signer.verified;
    setAttempted(true);
    if (!trusted && !accepted) return;
    setError(null);
    setNotice(null);
    const end = await run(() =>
      api.bundles.import({
        ...secret,
        previewJobId: previewed.jobId,
        acceptUnknownSigner: !trusted && accepted,
        // Each choice names the conflict as previewed (its token): one changed here since refuses the import.
        takeTheirs: previewed.preview.conflicts
          .filter((conflict) => takeTheirs.has(conflict.key))
          .map(({ key, token }) => ({ key, token })),
      }),
    );
    if (end === null) return;
    if (end.state === 'done' && end.job.preview) {
      setPassphrase('');
      setImported(end.job.preview);
    } else if (end.state === 'failed') setError(end.error);
    else setNotice(t('bundles.receive.importCancelled'));
  }

  if (imported) {
    const added = imported.tables.reduce((sum, table) => sum + table.added, 0);
    return (
      <Dialog title={t('bundles.receive.title')} onClose={onClose}>
        <div className="alert alert-success" role="status">
          <p>{t('bundles.receive.done', { reference: imported.reference, count: added })}</p>
        </div>
        <div className="actions">
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('bundles.close')}
          </button>
          <button type="button" className="button button-primary" onClick={() => onImported(imported.caseId)}>
            {t('bundles.receive.open', { reference: imported.reference })}
          </button>
        </div>
      </Dialog>
    );
  }

  const signerTrusted = previewed?.preview.signer.status === 'contact' && previewed.preview.signer.verified;
  const problem = attempted && !signerTrusted && !accepted ? t('bundles.receive.problems.signer') : null;
  const progressLabel = previewed ? t('bundles.receive.importing') : t('bundles.receive.checking');
  return (
    <Dialog
      title={t('bundles.receive.title')}
      intro={previewed ? undefined : t('bundles.receive.intro')}
      onClose={onClose}
      busy={running !== null}
      size="wide"
    >
      <p role="status" className="bundle-notice">
        {notice}
      </p>
      <ErrorAlert error={error} />
      {running ? (
        <JobProgress job={running} label={progressLabel} onCancel={cancel} />
      ) : previewed ? (
        <form onSubmit={(event) => void importNow(event)} aria-labelledby={headingId}>
          <h3 id={headingId}>{t('bundles.receive.previewHeading', { reference: previewed.preview.reference })}</h3>
          <SignerFacts signer={previewed.preview.signer} />
          {!(previewed.preview.signer.status === 'contact' && previewed.preview.signer.verified) && (
            <CheckboxField label={t('bundles.receive.acceptSigner')} checked={accepted} onChange={setAccepted} />
          )}
          <section className="bundle-changes" aria-labelledby={`${headingId}-changes`}>
            <h4 id={`${headingId}-changes`}>{t('bundles.receive.changesHeading')}</h4>
            <p>
              {previewed.preview.caseExists
                ? t('bundles.receive.caseExists', { reference: previewed.preview.reference })
                : t('bundles.receive.caseNew', { reference: previewed.preview.reference })}
            </p>
            {previewed.preview.senderReference && (
              <p>
                {t('bundles.receive.renumbered', {
                  theirs: previewed.preview.senderReference,
                  reference: previewed.preview.reference,
                })}
              </p>
            )}
            <p>
              {t('bundles.receive.evidence', {
                count: previewed.preview.evidenceFiles,
                size: formatBytes(i18n.language, previewed.preview.evidenceBytes),
              })}
            </p>
            {previewed.preview.omitted.includes('identities') && <p>{t('bundles.receive.withoutIdentities')}</p>}
            <ChangesTable preview={previewed.preview} />
          </section>
          {previewed.preview.conflicts.length > 0 && (
            <section aria-labelledby={`${headingId}-conflicts`}>
              <h4 id={`${headingId}-conflicts`}>{t('bundles.receive.conflictsHeading')}</h4>
              <p className="muted">{t('bundles.receive.conflictsIntro')}</p>
              {previewed.preview.conflicts.map((conflict) => (
                <ConflictChoice
                  key={conflict.key}
                  conflict={conflict}
                  takeTheirs={takeTheirs.has(conflict.key)}
                  onChange={(theirs) =>
                    setTakeTheirs((current) => {
                      const next = new Set(current);
                      if (theirs) next.add(conflict.key);
                      else next.delete(conflict.key);
                      return next;
                    })
                  }
                />
              ))}
            </section>
          )}
          {problem && (
            <p className="alert alert-error" role="alert">
              {problem}
            </p>
          )}
          <DialogActions submitLabel={t('bundles.receive.import')} busy={false} onCancel={onClose} />
        </form>
      ) : (
        <form onSubmit={(event) => void check(event)} noValidate>
          <PassphraseField
            label={t('bundles.receive.passphraseLabel')}
            value={passphrase}
            onChange={setPassphrase}
            revealed={revealed}
            onToggleReveal={() => setRevealed((shown) => !shown)}
            autoComplete="off"
          />
          <p className="field-hint">{t('bundles.receive.passphraseHint')}</p>
          <DialogActions submitLabel={t('bundles.receive.choose')} busy={false} onCancel={onClose} />
        </form>
      )}
    </Dialog>
  );
}

/** Per kind of record: how many are new, newer, kept as here, in conflict, the same (kinds left alone: not listed). */
function ChangesTable({ preview }: { preview: BundlePreview }) {
  const { t, i18n } = useTranslation();
  const rows = preview.tables.filter((table) => table.added + table.changed + table.kept + table.conflicting > 0);
  if (rows.length === 0) return <p>{t('bundles.receive.nothingNew')}</p>;
  return (
    <DenseTable
      className="bundle-changes-table"
      caption={t('bundles.receive.changesHeading')}
      columns={[
        t('bundles.receive.columns.records'),
        t('bundles.receive.columns.added'),
        t('bundles.receive.columns.changed'),
        t('bundles.receive.columns.kept'),
        t('bundles.receive.columns.conflicting'),
        t('bundles.receive.columns.same'),
      ]}
    >
      {rows.map((row) => (
        <tr key={row.table}>
          <th scope="row">{tableLabel(i18n.language, row.table)}</th>
          <td>{row.added}</td>
          <td>{row.changed}</td>
          <td>{row.kept}</td>
          <td>{row.conflicting}</td>
          <td>{row.same}</td>
        </tr>
      ))}
    </DenseTable>
  );
}
