import '../styles/letters.css';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/index.js';
import type { LetterBatchJob, LetterEntry } from '../../shared/contract/letters.js';
import { isClosureKind } from '../../shared/documents/template.js';
import { useApi } from '../api/context.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { displayLocale, formatInstant } from '../components/format-dates.js';
import { useLoaded } from '../components/use-loaded.js';
import { followJob, JobRequestError } from '../jobs/follow-job.js';
import { FollowUpSection } from '../follow-ups/FollowUpSection.js';
import { ExportLetterDialog } from './ExportLetterDialog.js';
import { kindLabel, languageLabel } from './letter-labels.js';
import { NewLetterDialog } from './NewLetterDialog.js';
import { RecordDeliveryDialog } from './RecordDeliveryDialog.js';
import { VictimClosureDialog } from './VictimClosureDialog.js';

/**
 * The Letters tab of a case: the letter register (every letter made, with the SHA-256 of each
 * file), making a letter, exporting, and the delivery of closure letters to victims. `closed`: the
 * case is closed, so the victims still waiting for their closure letter are named (none can be made
 * before).
 */
export function LettersTab({ caseId, closed }: { caseId: string; closed: boolean }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const [creating, setCreating] = useState(false);
  const [exporting, setExporting] = useState<LetterEntry | null>(null);
  const [delivering, setDelivering] = useState<LetterEntry | null>(null);
  const [recordingClosure, setRecordingClosure] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const batch = useBatchExport(caseId);

  const load = useCallback(async () => {
    const [letters, closure] = await Promise.all([api.letters.list({ caseId }), api.letters.closureStatus({ caseId })]);
    if (!letters.ok) return letters;
    if (!closure.ok) return closure;
    return { ok: true as const, value: { letters: letters.value.letters, closure: closure.value } };
  }, [api, caseId]);
  const { state, reload } = useLoaded(load);
  const locale = displayLocale(i18n.language);

  const letters = state.status === 'ready' ? state.value.letters : [];
  const closure = state.status === 'ready' ? state.value.closure : null;
  const undelivered = closure ? closure.victims.filter((victim) => !victim.delivered) : [];
  const hasClosureLetters = letters.some((letter) => isClosureKind(letter.kind));

  return (
    <section className="case-section letters-tab" aria-labelledby={headingId}>
      <header className="panel-header">
        <div>
          <h2 id={headingId}>{t('letters.tab.heading')}</h2>
          <p className="muted">{t('letters.tab.intro')}</p>
        </div>
        {state.status === 'ready' && (
          <div className="panel-actions">
            {hasClosureLetters && (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => void batch.start()}
                disabled={batch.running}
              >
                {t('letters.batch.start')}
              </button>
            )}
            {closure && closure.victims.length > 0 && (
              <button type="button" className="button button-secondary" onClick={() => setRecordingClosure(true)}>
                {t('letters.victimClosure.open')}
              </button>
            )}
            <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
              {t('letters.tab.new')}
            </button>
          </div>
        )}
      </header>

      {closed && undelivered.length > 0 && (
        <div className="alert alert-warning" role="note">
          <p>{t('letters.closure.missing', { count: undelivered.length })}</p>
          <ul className="letters-missing">
            {undelivered.map((victim) => (
              <li key={victim.personId}>
                <span className="mono">{victim.code}</span>{' '}
                {victim.letterIds.length > 0 ? t('letters.closure.notDelivered') : t('letters.closure.noLetter')}
              </li>
            ))}
          </ul>
        </div>
      )}
      {notice && (
        <p className="alert alert-success" role="status">
          {notice}
        </p>
      )}
      <ErrorAlert error={batch.error} />
      {batch.job && <BatchProgress job={batch.job} onCancel={batch.cancel} />}

      {state.status === 'loading' && (
        <p className="muted" role="status">
          {t('letters.tab.loading')}
        </p>
      )}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {state.status === 'ready' && letters.length === 0 && <p className="empty-state">{t('letters.tab.empty')}</p>}
      {letters.length > 0 && (
        <div className="table-scroll">
          <table className="table table-dense letters-table">
            <caption className="visually-hidden">{t('letters.tab.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('letters.register.letter')}</th>
                <th scope="col">{t('letters.register.language')}</th>
                <th scope="col">{t('letters.register.template')}</th>
                <th scope="col">{t('letters.register.made')}</th>
                <th scope="col">{t('letters.register.files')}</th>
                <th scope="col">{t('letters.register.delivery')}</th>
              </tr>
            </thead>
            <tbody>
              {letters.map((letter) => (
                <tr key={letter.id}>
                  <td>
                    <span className="letters-kind">{kindLabel(t, letter.kind)}</span>
                    <span className="cell-sub">{letter.recipientName}</span>
                    <span className="letters-identities">
                      {[
                        ...letter.disclosures.map((d) =>
                          t('letters.register.named', { code: d.code, basis: t(`letters.preview.basis.${d.basis}`) }),
                        ),
                        ...letter.withheld.map((w) => t('letters.register.pseudonymised', { code: w.code })),
                      ].join(' · ')}
                    </span>
                    {letter.overrides.length > 0 && (
                      <span className="badge badge-marker">
                        {t('letters.register.overrides', { count: letter.overrides.length })}
                      </span>
                    )}
                    {letter.exception && (
                      <span className="letters-exception-mark">
                        <span className="badge badge-marker">{t('letters.register.exceptionBadge')}</span>{' '}
                        {t('letters.register.exception', { reason: letter.exception.reason })}
                      </span>
                    )}
                  </td>
                  <td>{languageLabel(t, letter.language)}</td>
                  <td className="nowrap">{t('letters.register.version', { version: letter.templateVersion })}</td>
                  <td>
                    <span className="nowrap">{formatInstant(locale, letter.createdAt)}</span>
                    <span className="cell-sub">{letter.author}</span>
                  </td>
                  <td>
                    <ul className="letters-outputs">
                      {letter.outputs.map((output) => (
                        <li key={output.format}>
                          <span className="letters-format">{output.format.toUpperCase()}</span>{' '}
                          <span className="mono letters-hash" title={output.sha256}>
                            {t('letters.register.sha', { hash: output.sha256.slice(0, 16) })}
                          </span>
                        </li>
                      ))}
                    </ul>
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      aria-label={t('letters.export.buttonFor', {
                        kind: kindLabel(t, letter.kind),
                        date: formatInstant(locale, letter.createdAt),
                      })}
                      onClick={() => setExporting(letter)}
                    >
                      {t('letters.export.button')}
                    </button>
                  </td>
                  <td>
                    {isClosureKind(letter.kind) ? (
                      <>
                        {letter.deliveries.length > 0 ? (
                          <span className="letters-delivered">
                            {t('letters.delivery.delivered', {
                              how: t(`labels.deliveryMethod.${letter.deliveries[0]!.how}`),
                              at: formatInstant(locale, letter.deliveries[0]!.at),
                              by: letter.deliveries[0]!.by,
                            })}
                          </span>
                        ) : (
                          <span className="letters-undelivered">{t('letters.delivery.none')}</span>
                        )}
                        {/* Named by its visible words first (WCAG 2.5.3: said aloud, they must work), then
                            whose letter it is. */}
                        <button type="button" className="button button-link" onClick={() => setDelivering(letter)}>
                          {t('letters.delivery.button')}
                          <span className="visually-hidden">
                            {' '}
                            {t('letters.delivery.buttonSuffix', { code: letter.concerns?.code ?? '' })}
                          </span>
                        </button>
                      </>
                    ) : (
                      <span className="muted">{t('letters.delivery.notApplicable')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {creating && (
        <NewLetterDialog
          caseId={caseId}
          onClose={() => setCreating(false)}
          onGenerated={(entry) => {
            setCreating(false);
            setNotice(t('letters.new.generated', { kind: kindLabel(t, entry.kind) }));
            void reload();
          }}
        />
      )}
      {recordingClosure && closure && (
        <VictimClosureDialog
          caseId={caseId}
          victims={closure.victims}
          onClose={() => setRecordingClosure(false)}
          onRecorded={(recorded) => {
            setRecordingClosure(false);
            setNotice(
              t('letters.victimClosure.recorded', {
                code: recorded.code,
                ground: t(`labels.closureGround.${recorded.ground}`),
              }),
            );
            void reload();
          }}
        />
      )}
      {exporting && <ExportLetterDialog letter={exporting} onClose={() => setExporting(null)} />}
      {delivering && (
        <RecordDeliveryDialog
          letter={delivering}
          onClose={() => setDelivering(null)}
          onRecorded={() => {
            setDelivering(null);
            void reload();
          }}
        />
      )}
      <FollowUpSection caseId={caseId} refreshKey={letters.length} />
    </section>
  );
}

function BatchProgress({ job, onCancel }: { job: LetterBatchJob; onCancel: () => void }) {
  const { t } = useTranslation();
  const labelId = useId();
  const label =
    job.state === 'running'
      ? t('letters.batch.running', { done: job.done, total: job.total })
      : job.state === 'done'
        ? t('letters.batch.done', { count: job.files.length })
        : job.state === 'cancelled'
          ? t('letters.batch.cancelled')
          : t('letters.batch.failed');
  return (
    <div className="job-progress feedback-slot" role="status">
      <div className="job-progress-head">
        <p className="job-progress-label" id={labelId}>
          {label}
        </p>
        {job.state === 'running' && (
          <button type="button" className="button button-secondary button-small" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
      <progress className="job-progress-bar" aria-labelledby={labelId} max={Math.max(job.total, 1)} value={job.done} />
      {job.state !== 'cancelled' && job.state !== 'failed' && <p className="export-path mono">{job.folder}</p>}
      {job.state === 'done' && <p className="muted">{t('letters.export.reminder')}</p>}
    </div>
  );
}

/** "Export all closure letters": one folder chosen once, then a job followed to its end. */
function useBatchExport(caseId: string) {
  const api = useApi();
  const [job, setJob] = useState<LetterBatchJob | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [running, setRunning] = useState(false);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const start = useCallback(async () => {
    setError(null);
    setJob(null);
    setRunning(true);
    const started = await api.letters.exportBatch({ caseId, kind: 'closure', formats: ['pdf', 'docx'] });
    if (!started.ok) {
      setRunning(false);
      setError(started.error);
      return;
    }
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    try {
      const finished = await followJob(api, started.value, setJob, controller.signal);
      if (finished.state === 'failed' && finished.error) setError(finished.error);
    } catch (failure) {
      // The tab went away: nothing to show.
      if (controller.signal.aborted) return;
      if (failure instanceof JobRequestError) setError(failure.apiError);
    }
    setRunning(false);
  }, [api, caseId]);

  const cancel = useCallback(() => {
    if (job?.state === 'running') void api.jobs.cancel({ jobId: job.jobId });
  }, [api, job]);

  return { job, error, running, start, cancel };
}
