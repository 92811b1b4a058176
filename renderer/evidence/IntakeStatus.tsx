import { useTranslation } from 'react-i18next';
import { errorText } from '../api/errors.js';
import { JobProgress } from './JobProgress.js';
import type { useContentIntake } from './use-content-intake.js';

/** The file being added (bar, bytes, speed, Cancel), then what became of each: its SHA-256, or why not. */
export function IntakeStatus({ intake }: { intake: ReturnType<typeof useContentIntake> }) {
  const { t } = useTranslation();
  const { running, outcomes } = intake;
  return (
    <>
      {running && (
        <JobProgress
          label={
            running.count > 1
              ? t('evidence.intake.addingOf', { file: running.name, position: running.position, count: running.count })
              : t('evidence.intake.adding', { file: running.name })
          }
          bytesDone={running.job?.bytesDone ?? 0}
          bytesTotal={running.job?.bytesTotal}
          bytesPerSecond={running.job?.bytesPerSecond ?? 0}
          onCancel={intake.cancel}
          cancelling={running.cancelling}
        />
      )}
      {outcomes.length > 0 && (
        <ul className="intake-outcomes" role="status">
          {outcomes.map((outcome, index) => (
            <li key={`${index}-${outcome.name}`} className={`intake-outcome intake-${outcome.state}`}>
              {outcome.state === 'done' && (
                <>
                  <span>{t('evidence.intake.added', { file: outcome.name })}</span>
                  <code className="sha256">{outcome.content.sha256}</code>
                </>
              )}
              {outcome.state === 'cancelled' && t('evidence.intake.cancelled', { file: outcome.name })}
              {outcome.state === 'failed' &&
                t('evidence.intake.failed', { file: outcome.name, reason: errorText(t, outcome.error) })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
