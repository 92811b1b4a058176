import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/context.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useLoaded } from '../components/use-loaded.js';
import '../styles/evidence.css';
import { useEvidenceChanged } from './evidence-events.js';
import { EvidenceDetail } from './EvidenceDetail.js';
import { EvidenceFormDialog } from './EvidenceFormDialog.js';
import { EvidenceTable } from './EvidenceTable.js';
import { useVerifyJob } from './use-verify-job.js';
import { VerifyProgress } from './VerifyProgress.js';

/**
 * The Evidence tab of a case: the log by number, logging an item, verifying every file of the
 * case, and one item's detail. Unmounted with the case view, and so on lock.
 */
export function EvidenceTab({ caseId, caseClosedAt = null }: { caseId: string; caseClosedAt?: string | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const [logging, setLogging] = useState(false);
  const [open, setOpen] = useState<{ id: string; notice?: string } | null>(null);

  const load = useCallback(async () => {
    const result = await api.evidence.list({ caseId });
    return result.ok ? { ok: true as const, value: result.value.items } : result;
  }, [api, caseId]);
  const { state, reload } = useLoaded(load);
  const refresh = useCallback(() => void reload(), [reload]);
  useEvidenceChanged(caseId, refresh);
  const verify = useVerifyJob(refresh);

  const items = state.status === 'ready' ? state.value : [];
  const withFiles = items.some((item) => item.contentCount > 0);

  if (open) {
    return (
      <EvidenceDetail
        key={open.id}
        caseId={caseId}
        caseClosedAt={caseClosedAt}
        itemId={open.id}
        items={items}
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
      {state.status === 'ready' && items.length === 0 && (
        <div className="empty-state">
          <h3>{t('evidence.tab.emptyHeading')}</h3>
          <p>{t('evidence.tab.emptyBody')}</p>
        </div>
      )}
      {state.status === 'ready' && items.length > 0 && <EvidenceTable items={items} onOpen={(id) => setOpen({ id })} />}

      {logging && (
        <EvidenceFormDialog
          caseId={caseId}
          items={items}
          onClose={() => setLogging(false)}
          onSaved={(record) => {
            setLogging(false);
            setOpen({ id: record.id, notice: t('evidence.tab.logged', { number: record.number }) });
            refresh();
          }}
        />
      )}
    </section>
  );
}
