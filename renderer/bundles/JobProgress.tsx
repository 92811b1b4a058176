import { useTranslation } from 'react-i18next';
import type { BundleExportJob, BundleImportJob } from '../../shared/contract/bundles.js';
import { formatBytes } from '../evidence/transfer-figures.js';

/** A running bundle job: what it does, a progress bar with the bytes done, and Cancel. */
export function JobProgress({
  job,
  label,
  onCancel,
}: {
  job: BundleExportJob | BundleImportJob;
  label: string;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const total = job.bytesTotal ?? 0;
  const percent = total > 0 ? Math.min(100, Math.floor((job.bytesDone / total) * 100)) : 0;
  return (
    <div className="bundle-progress">
      <progress max={100} value={percent} aria-label={label} />
      <p role="status">
        {total > 0
          ? t('bundles.progress.bytes', {
              label,
              percent,
              done: formatBytes(i18n.language, job.bytesDone),
              total: formatBytes(i18n.language, total),
            })
          : label}
      </p>
      <div className="actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('bundles.progress.cancel')}
        </button>
      </div>
    </div>
  );
}
