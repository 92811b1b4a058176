import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatSpeed, percentDone } from './transfer-figures.js';

export interface JobProgressProps {
  /** What is being done, e.g. "Adding scene-photos.zip (1 of 3)"; it names the bar. */
  label: string;
  bytesDone: number;
  /** Unknown while a dropped file's size is not confirmed: the bar is then indeterminate. */
  bytesTotal: number | undefined;
  bytesPerSecond: number;
  /** More to say under the figures (files checked so far). */
  detail?: ReactNode;
  onCancel?: () => void;
  cancelling?: boolean;
}

/** A long transfer: a bar with bytes done of total, speed, and Cancel. */
export function JobProgress({
  label,
  bytesDone,
  bytesTotal,
  bytesPerSecond,
  detail,
  onCancel,
  cancelling = false,
}: JobProgressProps) {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  const language = i18n.language;
  const known = bytesTotal !== undefined && bytesTotal > 0;
  const figures = known
    ? t('evidence.job.figures', {
        done: formatBytes(language, bytesDone),
        total: formatBytes(language, bytesTotal),
        percent: percentDone(bytesDone, bytesTotal),
        speed: formatSpeed(language, bytesPerSecond),
      })
    : t('evidence.job.figuresUnknownTotal', {
        done: formatBytes(language, bytesDone),
        speed: formatSpeed(language, bytesPerSecond),
      });
  return (
    <div className="job-progress">
      <div className="job-progress-head">
        <p className="job-progress-label" id={labelId}>
          {cancelling ? t('evidence.job.cancelling', { label }) : label}
        </p>
        {onCancel && (
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={onCancel}
            disabled={cancelling}
          >
            {t('common.cancel')}
          </button>
        )}
      </div>
      <progress
        className="job-progress-bar"
        aria-labelledby={labelId}
        max={known ? bytesTotal : undefined}
        value={known ? Math.min(bytesDone, bytesTotal) : undefined}
        aria-valuetext={figures}
      />
      <p className="job-progress-figures">{figures}</p>
      {detail && <p className="job-progress-detail">{detail}</p>}
    </div>
  );
}
