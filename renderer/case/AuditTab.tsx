import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditCheckJob } from '../../shared/contract/audit.js';
import { useApi } from '../api/context.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { usePagedList } from '../components/use-paged-list.js';
import { auditBreakText } from './audit-text.js';
import { AuditTable } from './AuditTable.js';
import { useAuditCheck } from './use-audit-check.js';

/** Rows asked for at a time: a few screens' worth. */
const PAGE = 100;

/**
 * The case's slice of the hash-chained audit trail, newest first, read a page at a time as it is
 * scrolled; and a check of the whole chain, run as a job with its progress and a cancel.
 */
export function AuditTab({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const check = useAuditCheck();

  const fetchPage = useCallback(
    (after: string | undefined) =>
      api.audit.page({
        caseId,
        sort: { by: 'seq', direction: 'desc' },
        limit: PAGE,
        ...(after === undefined ? {} : { after }),
      }),
    [api, caseId],
  );
  const { state, loadMore } = usePagedList(fetchPage);
  const outcome = check.job?.result;

  return (
    <section className="audit" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>{t('caseFile.audit.heading')}</h2>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => void check.start()}
          disabled={check.running}
          aria-busy={check.running || undefined}
        >
          {check.running ? t('caseFile.audit.verifying') : t('caseFile.audit.verify')}
        </button>
      </div>
      <p className="muted">{t('caseFile.audit.intro')}</p>
      <div className="feedback-slot" role="status">
        {check.job && <CheckProgress job={check.job} onCancel={check.cancel} />}
      </div>
      {outcome && !outcome.ok && (
        <p className="alert alert-error" role="alert">
          {outcome.firstBroken
            ? t('caseFile.audit.broken', {
                seq: outcome.firstBroken.seq,
                reason: auditBreakText(t, outcome.firstBroken),
              })
            : t('caseFile.audit.brokenUnknown')}
        </p>
      )}
      <ErrorAlert error={check.error ?? check.job?.error ?? null} />

      {state.status === 'loading' && (
        <p className="muted" role="status">
          {t('caseFile.audit.loading')}
        </p>
      )}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {state.status === 'ready' && state.loaded.rows.length === 0 && (
        <p className="muted">{t('caseFile.audit.empty')}</p>
      )}
      {state.status === 'ready' && state.loaded.rows.length > 0 && (
        <AuditTable
          rows={state.loaded.rows}
          matching={state.loaded.counts?.matching ?? state.loaded.rows.length}
          brokenSeq={outcome?.firstBroken?.seq ?? null}
          onNearEnd={loadMore}
        />
      )}
      {state.status === 'ready' && <ErrorAlert error={state.error ?? null} />}
    </section>
  );
}

/** Where the chain check has got to, and its outcome once it is over (a break is told apart, as an alert). */
function CheckProgress({ job, onCancel }: { job: AuditCheckJob; onCancel: () => void }) {
  const { t } = useTranslation();
  const labelId = useId();
  if (job.state === 'done') {
    return job.result?.ok ? (
      <p className="alert alert-success">{t('caseFile.audit.verifiedOk', { n: job.result.checkedRows })}</p>
    ) : null;
  }
  if (job.state === 'cancelled') {
    return <p className="muted">{t('caseFile.audit.checkStopped', { count: job.rowsChecked })}</p>;
  }
  if (job.state !== 'running') return null;
  return (
    <div className="job-progress">
      <div className="job-progress-head">
        <p className="job-progress-label" id={labelId}>
          {t('caseFile.audit.checking', { done: job.rowsChecked, count: job.rowsTotal })}
        </p>
        <button type="button" className="button button-secondary button-small" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      <progress
        className="job-progress-bar"
        aria-labelledby={labelId}
        max={Math.max(job.rowsTotal, 1)}
        value={job.rowsChecked}
      />
    </div>
  );
}
