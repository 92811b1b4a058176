import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert.js';
import '../styles/evidence.css';
import { useEvidenceChanged } from './evidence-events.js';
import { EvidenceDetail } from './EvidenceDetail.js';
import { EvidenceFormDialog } from './EvidenceFormDialog.js';
import { EvidenceLogFilters } from './EvidenceLogFilters.js';
import { EvidenceTable } from './EvidenceTable.js';
import { DEFAULT_LOG_VIEW, useEvidenceLog, type EvidenceLogView } from './use-evidence-log.js';
import { useVerifyJob } from './use-verify-job.js';
import { VerifyProgress } from './VerifyProgress.js';

/**
 * The Evidence tab of a case: the log (searched, filtered, sorted and read a page at a time as it
 * is scrolled), logging an item, verifying every file of the case, and one item's detail. The
 * loaded pages and the selected row stay while an item is open. Unmounted with the case view, and
 * so on lock.
 */
export function EvidenceTab({ caseId, caseClosedAt = null }: { caseId: string; caseClosedAt?: string | null }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [logging, setLogging] = useState(false);
  const [open, setOpen] = useState<{ id: string; notice?: string } | null>(null);
  const [view, setView] = useState<EvidenceLogView>(DEFAULT_LOG_VIEW);
  const [selectedId, setSelectedId] = useState<string | null>(null);

  const { state, reload: refresh, loadMore } = useEvidenceLog(caseId, view);
  useEvidenceChanged(caseId, refresh);
  const verify = useVerifyJob(refresh);

  // The counts came with the first page; every later page keeps them.
  const counts = state.status === 'ready' ? state.loaded.counts : undefined;
  const withFiles = counts?.withFiles === true;
  const figure = (n: number) => new Intl.NumberFormat(i18n.language).format(n);

  if (open) {
    return (
      <EvidenceDetail
        key={open.id}
        caseId={caseId}
        caseClosedAt={caseClosedAt}
        itemId={open.id}
        notice={open.notice}
        onBack={() => setOpen(null)}
        onChanged={refresh}
        onOpen={(id) => setOpen({ id })}
      />
    );
  }

  return (
    <section className="case-section evidence-tab" aria-labelledby={headingId}>
      <header className="panel-header">
        <div>
          <h2 id={headingId}>{t('evidence.tab.heading')}</h2>
          <p className="muted">{t('evidence.tab.intro')}</p>
        </div>
        {state.status === 'ready' && (
          <div className="panel-actions">
            {withFiles && (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => void verify.start({ caseId })}
                disabled={verify.running}
              >
                {t('evidence.tab.verifyAll')}
              </button>
            )}
            <button type="button" className="button button-primary" onClick={() => setLogging(true)}>
              {t('evidence.tab.log')}
            </button>
          </div>
        )}
      </header>

      <ErrorAlert error={verify.error} />
      {verify.job && (
        <div className="feedback-slot">
          <VerifyProgress
            job={verify.job}
            label={t('evidence.verify.caseLabel')}
            onCancel={verify.cancel}
            onDismiss={verify.dismiss}
          />
        </div>
      )}

      {state.status === 'loading' && (
        <p className="muted" role="status">
          {t('evidence.tab.loading')}
        </p>
      )}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {state.status === 'ready' && counts?.total === 0 && (
        <div className="empty-state">
          <h3>{t('evidence.tab.emptyHeading')}</h3>
          <p>{t('evidence.tab.emptyBody')}</p>
        </div>
      )}
      {state.status === 'ready' && counts && counts.total > 0 && (
        <>
          <EvidenceLogFilters view={view} onChange={setView} />
          <p className="evidence-log-count muted" role="status">
            {counts.matching === counts.total
              ? t('evidence.log.countAll', { count: counts.total, total: figure(counts.total) })
              : t('evidence.log.countSome', {
                  count: counts.total,
                  matching: figure(counts.matching),
                  total: figure(counts.total),
                })}
          </p>
          <ErrorAlert error={state.error ?? null} />
          {counts.matching === 0 ? (
            <p className="empty-state">{t('evidence.log.noMatch')}</p>
          ) : (
            <EvidenceTable
              rows={state.loaded.rows}
              matching={counts.matching}
              selectedId={selectedId}
              onSelect={setSelectedId}
              onOpen={(id) => setOpen({ id })}
              onNearEnd={loadMore}
            />
          )}
        </>
      )}

      {logging && (
        <EvidenceFormDialog
          caseId={caseId}
          onClose={() => setLogging(false)}
          onSaved={(record) => {
            setLogging(false);
            setSelectedId(record.id);
            setOpen({ id: record.id, notice: t('evidence.tab.logged', { number: record.number }) });
            refresh();
          }}
        />
      )}
    </section>
  );
}
