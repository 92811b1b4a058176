import { useTranslation } from 'react-i18next';
import type { VerifyJob } from '../../shared/contract/evidence.js';
import { errorText } from '../api/errors.js';
import { JobProgress } from './JobProgress.js';

/** A verification while it runs, then what it found: every file that failed its check is named. */
export function VerifyProgress({
  job,
  label,
  onCancel,
  onDismiss,
}: {
  job: VerifyJob;
  label: string;
  onCancel: () => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const checked = t('evidence.verify.checked', { checked: job.contentsChecked, total: job.contentsTotal });
  if (job.state === 'running') {
    return (
      <JobProgress
        label={label}
        bytesDone={job.bytesDone}
        bytesTotal={job.bytesTotal}
        bytesPerSecond={job.bytesPerSecond}
        detail={checked}
        onCancel={onCancel}
      />
    );
  }
  const failed = job.failures.length > 0;
  return (
    <div
      className={
        `alert ${failed ? 'alert-error' : job.state === 'done' ? 'alert-success' : 'alert-info'}` + ' verify-outcome'
      }
      role={failed ? 'alert' : 'status'}
    >
      <p className="verify-outcome-summary">
        {failed && t('evidence.verify.failedSummary', { failed: job.failures.length, total: job.contentsTotal })}
        {!failed && job.state === 'done' && t('evidence.verify.allMatch', { total: job.contentsTotal })}
        {!failed &&
          job.state === 'cancelled' &&
          t('evidence.verify.cancelled', { checked: job.contentsChecked, total: job.contentsTotal })}
        {!failed && job.state === 'failed' && (job.error ? errorText(t, job.error) : t('evidence.verify.stopped'))}
      </p>
      {failed && (
        <ul className="verify-failures">
          {job.failures.map((failure) => (
            <li key={failure.contentId}>
              <span className="flag-mark" aria-hidden="true">
                {'✗ '}
              </span>
              {t('evidence.verify.failureLine', {
                number: failure.itemNumber,
                file: failure.fileName,
                problem: t(`labels.contentProblem.${failure.problem}`),
              })}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button button-link button-small" onClick={onDismiss}>
        {t('evidence.verify.dismiss')}
      </button>
    </div>
  );
}
