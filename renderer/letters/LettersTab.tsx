import '../styles/letters.css';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/index.js';
import type { LetterBatchJob, LetterEntry } from '../../shared/contract/letters.js';
import { useApi } from '../api/context.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useLoaded } from '../components/use-loaded.js';
import { usePagedList } from '../components/use-paged-list.js';
import { followJob, JobRequestError } from '../jobs/follow-job.js';
import { FollowUpSection } from '../follow-ups/FollowUpSection.js';
import { ExportLetterDialog } from './ExportLetterDialog.js';
import { kindLabel } from './letter-labels.js';
import { DEFAULT_LETTER_VIEW, LetterListFilters, type LetterListView } from './LetterListFilters.js';
import { LetterRegisterTable } from './LetterRegisterTable.js';
import { NewLetterDialog } from './NewLetterDialog.js';
import { RecordDeliveryDialog } from './RecordDeliveryDialog.js';
import { VictimClosureDialog } from './VictimClosureDialog.js';

/** Letters asked for at a time: a few screens' worth, so scrolling rarely waits. */
const PAGE_SIZE = 100;

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

  const [view, setView] = useState<LetterListView>(DEFAULT_LETTER_VIEW);
  const fetchPage = useCallback(
    (after: string | undefined) =>
      api.letters.page({ caseId, ...view, limit: PAGE_SIZE, ...(after === undefined ? {} : { after }) }),
    [api, caseId, view],
  );
  const { state: register, reload: reloadRegister, loadMore } = usePagedList(fetchPage);
  const loadClosure = useCallback(() => api.letters.closureStatus({ caseId }), [api, caseId]);
  const { state: closureState, reload: reloadClosure } = useLoaded(loadClosure);
  const reload = () => {
    reloadRegister();
    void reloadClosure();
  };
  // Both read: the register's first page and who is owed a closure letter.
  const state =
    register.status === 'failed'
      ? register
      : closureState.status === 'failed'
        ? closureState
        : register.status === 'ready' && closureState.status === 'ready'
          ? { status: 'ready' as const }
          : { status: 'loading' as const };
  const figure = (n: number) => new Intl.NumberFormat(i18n.language).format(n);

  const chain = register.status === 'ready' ? register.loaded : null;
  // The counts came with the first page; every later page keeps them.
  const counts = chain?.counts;
  const closure = closureState.status === 'ready' ? closureState.value : null;
  const undelivered = closure ? closure.victims.filter((victim) => !victim.delivered) : [];
  // A closure letter is one made to a victim of the case: the closure status lists them.
  const hasClosureLetters = closure ? closure.victims.some((victim) => victim.letterIds.length > 0) : false;

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
      {chain && counts?.total === 0 && <p className="empty-state">{t('letters.tab.empty')}</p>}
      {chain && counts && counts.total > 0 && (
        <>
          <LetterListFilters view={view} onChange={setView} />
          <p className="virtual-list-count muted" role="status">
            {counts.matching === counts.total
              ? t('letters.list.countAll', { count: counts.total, total: figure(counts.total) })
              : t('letters.list.countSome', {
                  count: counts.total,
                  matching: figure(counts.matching),
                  total: figure(counts.total),
                })}
          </p>
          {register.status === 'ready' && <ErrorAlert error={register.error ?? null} />}
          {counts.matching === 0 ? (
            <p className="empty-state">{t('letters.list.noMatch')}</p>
          ) : (
            <LetterRegisterTable
              key={JSON.stringify(view)}
              letters={chain.rows}
              matching={counts.matching}
              onExport={setExporting}
              onDeliver={setDelivering}
              onNearEnd={loadMore}
            />
          )}
        </>
      )}

      {creating && (
        <NewLetterDialog
          caseId={caseId}
          onClose={() => setCreating(false)}
          onGenerated={(entry) => {
            setCreating(false);
            setNotice(t('letters.new.generated', { kind: kindLabel(t, entry.kind) }));
            reload();
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
            reload();
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
            reload();
          }}
        />
      )}
      <FollowUpSection caseId={caseId} refreshKey={counts?.total ?? 0} />
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
