import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineItem } from '../../shared/contract/deadlines.js';
import type { EvidenceRecord } from '../../shared/contract/evidence.js';
import type { ApiError } from '../../shared/contract/index.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { DeadlineCountdowns } from '../evidence/DeadlineCountdowns.js';
import { IntakeStatus } from '../evidence/IntakeStatus.js';
import type { useContentIntake } from '../evidence/use-content-intake.js';

/** After a quick capture: the item's number, the clocks it runs counting down, its file being added. */
export function QuickCaptureSaved({
  record,
  caseReference,
  deadlines,
  deadlinesError,
  intake,
  onAgain,
  onClose,
}: {
  record: EvidenceRecord;
  caseReference: string;
  deadlines: readonly DeadlineItem[];
  deadlinesError: ApiError | null;
  intake: ReturnType<typeof useContentIntake>;
  onAgain: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  return (
    <div className="quick-capture-saved">
      <p className="alert alert-success" role="status">
        {t('evidence.quickCapture.saved', { number: record.number, reference: caseReference })}
      </p>
      <IntakeStatus intake={intake} />
      <h3 className="quick-capture-deadlines-heading">{t('evidence.quickCapture.deadlinesHeading')}</h3>
      <ErrorAlert error={deadlinesError} />
      {deadlines.length > 0 ? (
        <DeadlineCountdowns deadlines={deadlines} />
      ) : (
        <p className="muted">
          {record.type === 'biological'
            ? t('evidence.quickCapture.noDeadlineBiological')
            : t('evidence.quickCapture.noDeadline')}
        </p>
      )}
      <p className="muted">{t('evidence.quickCapture.completeLater', { number: record.number })}</p>
      <div className="actions">
        <button type="button" className="button button-secondary" onClick={onAgain} disabled={intake.running !== null}>
          {t('evidence.quickCapture.again')}
        </button>
        <button ref={closeRef} type="button" className="button button-primary" onClick={onClose}>
          {t('evidence.quickCapture.close')}
        </button>
      </div>
    </div>
  );
}
