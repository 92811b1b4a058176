import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry, AuditVerification } from '../../shared/contract/audit.js';
import type { ApiError } from '../../shared/contract/index.js';
import { useApi } from '../api/context.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { displayLocale, formatInstant } from '../components/format-dates.js';
import { useLoaded } from '../components/use-loaded.js';
import { auditActionText, auditDetailsText } from './audit-text.js';

const PAGE = 200;

/** The case's slice of the hash-chained audit trail, newest first, and a check of the whole chain. */
export function AuditTab({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const [older, setOlder] = useState<AuditEntry[]>([]);
  const [olderError, setOlderError] = useState<ApiError | null>(null);
  const [verification, setVerification] = useState<{
    busy: boolean;
    result: AuditVerification | null;
    error: ApiError | null;
  }>({
    busy: false,
    result: null,
    error: null,
  });

  const load = useCallback(() => {
    setOlder([]);
    return api.audit.list({ caseId, limit: PAGE });
  }, [api, caseId]);
  const { state } = useLoaded(load);
  const rows = state.status === 'ready' ? [...state.value.items, ...older] : [];
  const lastLoaded = rows[rows.length - 1];
  const mayHaveMore = state.status === 'ready' && rows.length >= PAGE && rows.length % PAGE === 0;

  async function loadOlder() {
    if (!lastLoaded) return;
    const result = await api.audit.list({ caseId, limit: PAGE, beforeSeq: lastLoaded.seq });
    if (result.ok) setOlder((current) => [...current, ...result.value.items]);
    else setOlderError(result.error);
  }

  async function verify() {
    setVerification({ busy: true, result: null, error: null });
    const result = await api.audit.verify({});
    setVerification(
      result.ok
        ? { busy: false, result: result.value, error: null }
        : { busy: false, result: null, error: result.error },
    );
  }

  const outcome = verification.result;
  return (
    <section className="audit" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>{t('caseFile.audit.heading')}</h2>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => void verify()}
          disabled={verification.busy}
          aria-busy={verification.busy || undefined}
        >
          {verification.busy ? t('caseFile.audit.verifying') : t('caseFile.audit.verify')}
        </button>
      </div>
      <p className="muted">{t('caseFile.audit.intro')}</p>
      <div className="feedback-slot" role="status">
        {outcome?.ok && (
          <p className="alert alert-success">{t('caseFile.audit.verifiedOk', { n: outcome.checkedRows })}</p>
        )}
      </div>
      {outcome && !outcome.ok && (
        <p className="alert alert-error" role="alert">
          {outcome.firstBroken
            ? t('caseFile.audit.broken', { seq: outcome.firstBroken.seq, reason: outcome.firstBroken.reason })
            : t('caseFile.audit.brokenUnknown')}
        </p>
      )}
      <ErrorAlert error={verification.error} />

      {state.status === 'loading' && (
        <p className="muted" role="status">
          {t('caseFile.audit.loading')}
        </p>
      )}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {state.status === 'ready' && rows.length === 0 && <p className="muted">{t('caseFile.audit.empty')}</p>}
      {rows.length > 0 && (
        <table className="table table-dense audit-table">
          <caption className="visually-hidden">{t('caseFile.audit.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="col-narrow">
                {t('caseFile.audit.seq')}
              </th>
              <th scope="col">{t('caseFile.audit.when')}</th>
              <th scope="col">{t('caseFile.audit.actor')}</th>
              <th scope="col">{t('caseFile.audit.action')}</th>
              <th scope="col">{t('caseFile.audit.target')}</th>
              <th scope="col">{t('caseFile.audit.hash')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((entry) => {
              const details = auditDetailsText(t, displayLocale(i18n.language), entry.details);
              const broken = outcome?.firstBroken?.seq === entry.seq;
              return (
                <tr key={entry.seq} className={broken ? 'is-broken' : undefined}>
                  <td className="mono col-narrow">{entry.seq}</td>
                  <td className="nowrap">
                    <time dateTime={entry.at}>{formatInstant(displayLocale(i18n.language), entry.at)}</time>
                  </td>
                  <td>{entry.actor}</td>
                  <td>
                    {auditActionText(t, entry.action)}
                    {details && <span className="audit-details">{details}</span>}
                  </td>
                  <td className="mono nowrap">
                    {entry.target ? (entry.target.label ?? entry.target.kind) : <span className="muted">{'—'}</span>}
                  </td>
                  <td className="mono">
                    <abbr title={entry.hash}>{entry.hash.slice(0, 12)}</abbr>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {mayHaveMore && (
        <div className="actions actions-start">
          <button type="button" className="button button-secondary button-small" onClick={() => void loadOlder()}>
            {t('caseFile.audit.loadOlder')}
          </button>
        </div>
      )}
      <ErrorAlert error={olderError} />
    </section>
  );
}
