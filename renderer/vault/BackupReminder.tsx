import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupJob } from '../../shared/contract/backup.js';
import type { ApiError } from '../../shared/contract/index.js';
import { useApi } from '../api/context.js';
import { CheckboxField } from '../components/CheckboxField.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useInstantText } from '../components/mission-time.js';
import { useLoaded } from '../components/use-loaded.js';
import { percentDone } from '../evidence/transfer-figures.js';
import { followJob, JobRequestError } from '../jobs/follow-job.js';

/**
 * At the top of the open vault when it was never backed up, or longer ago than the days set in
 * Settings: "Back up now" (the folder is chosen in the native dialog the core opens) with progress
 * and a cancel, or "Not now", which hides it until the vault is next unlocked. "Check every file" has
 * the backup read again every evidence file already on the drive, not only those whose size or date changed.
 */
export function BackupReminder() {
  const { t } = useTranslation();
  const instantText = useInstantText();
  const api = useApi();
  const load = useCallback(() => api.backup.status({}), [api]);
  const { state, reload } = useLoaded(load);
  const [dismissed, setDismissed] = useState(false);
  const [job, setJob] = useState<BackupJob | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<BackupJob['outcome'] | null>(null);
  const [checkAll, setCheckAll] = useState(false);
  const leaving = useRef(new AbortController());
  useEffect(() => () => leaving.current.abort(), []);

  async function backUpNow() {
    setError(null);
    const started = await api.backup.start({ verifyAll: checkAll });
    if (!started.ok) {
      setError(started.error);
      return;
    }
    if (started.value.job === null) return; // the folder dialog was closed
    try {
      const finished = await followJob(api, started.value.job, setJob, leaving.current.signal);
      setJob(null);
      if (finished.state === 'done') setDone(finished.outcome ?? null);
      else if (finished.error) setError(finished.error);
      void reload();
    } catch (failure) {
      setJob(null);
      if (failure instanceof JobRequestError) setError(failure.apiError);
    }
  }

  if (done) {
    return (
      <div className="alert alert-success backup-reminder" role="status">
        <p>{t('backup.done', { count: done.evidenceFiles, copied: done.objectsCopied })}</p>
        <button type="button" className="button button-link" onClick={() => setDone(null)}>
          {t('backup.close')}
        </button>
      </div>
    );
  }
  if (dismissed || state.status !== 'ready' || !state.value.due) return null;
  const { lastBackupAt } = state.value;
  const percent = job ? percentDone(job.bytesDone, job.bytesTotal ?? 0) : 0;
  return (
    <section className="alert alert-warning backup-reminder" aria-label={t('backup.reminderLabel')}>
      <p>{lastBackupAt === null ? t('backup.never') : t('backup.old', { when: instantText(lastBackupAt) })}</p>
      <ErrorAlert error={error} />
      {job ? (
        <div className="backup-progress">
          <progress max={100} value={percent} aria-label={t('backup.progressLabel')} />
          <span role="status">{t('backup.progress', { percent })}</span>
          <button type="button" className="button" onClick={() => void api.jobs.cancel({ jobId: job.jobId })}>
            {t('backup.cancel')}
          </button>
        </div>
      ) : (
        <>
          <CheckboxField
            label={t('backup.checkAll')}
            hint={t('backup.checkAllHint')}
            checked={checkAll}
            onChange={setCheckAll}
          />
          <div className="panel-actions">
            <button type="button" className="button button-primary" onClick={() => void backUpNow()}>
              {t('backup.now')}
            </button>
            <button type="button" className="button button-link" onClick={() => setDismissed(true)}>
              {t('backup.notNow')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
