import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/index.js';
import type { CaseSummary } from '../../shared/contract/cases.js';
import { useApi } from '../api/context.js';
import { errorText } from '../api/errors.js';
import { NewCaseDialog } from './NewCaseDialog.js';

type CasesState = { status: 'loading' } | { status: 'ready'; items: CaseSummary[] } | { status: 'failed'; error: ApiError };

/** The case list. It lives under the unlocked shell only, so a lock unmounts it and its data. */
export function CasesPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [cases, setCases] = useState<CasesState>({ status: 'loading' });
  const [creating, setCreating] = useState(false);
  const [opened, setOpened] = useState<string | null>(null);
  const headingId = useId();

  const load = useCallback(async () => {
    const result = await api.cases.list({});
    setCases(result.ok ? { status: 'ready', items: result.value.items } : { status: 'failed', error: result.error });
  }, [api]);

  useEffect(() => {
    void load();
  }, [load]);

  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const newCaseButton = (
    <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
      {t('cases.newCase')}
    </button>
  );

  return (
    <section className="page" aria-labelledby={headingId}>
      <header className="page-header">
        <div>
          <h1 id={headingId}>{t('cases.heading')}</h1>
          <p className="page-intro">{t('cases.intro')}</p>
        </div>
        {cases.status === 'ready' && cases.items.length > 0 && newCaseButton}
      </header>

      {opened && (
        <p className="alert alert-success" role="status">
          {t('cases.created', { reference: opened })}
        </p>
      )}

      {cases.status === 'loading' && (
        <p className="muted" role="status">
          {t('cases.loading')}
        </p>
      )}
      {cases.status === 'failed' && (
        <p className="alert alert-error" role="alert">
          {errorText(t, cases.error)}
        </p>
      )}
      {cases.status === 'ready' && cases.items.length === 0 && (
        <div className="empty-state">
          <h2>{t('cases.emptyHeading')}</h2>
          <p>{t('cases.emptyBody')}</p>
          <p className="muted">{t('cases.emptyHint')}</p>
          <div className="actions actions-start">{newCaseButton}</div>
        </div>
      )}
      {cases.status === 'ready' && cases.items.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">{t('cases.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cases.columns.reference')}</th>
              <th scope="col">{t('cases.columns.title')}</th>
              <th scope="col">{t('cases.columns.confidentiality')}</th>
              <th scope="col">{t('cases.columns.created')}</th>
            </tr>
          </thead>
          <tbody>
            {cases.items.map((item) => (
              <tr key={item.id}>
                <td className="mono">{item.reference}</td>
                <td>{item.title}</td>
                <td>
                  <span className={`badge badge-${item.confidentiality}`}>{t(`confidentiality.${item.confidentiality}`)}</span>
                </td>
                <td>
                  <time dateTime={item.createdAt}>{dateFormat.format(new Date(item.createdAt))}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {creating && (
        <NewCaseDialog
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            setOpened(created.reference);
            void load();
          }}
        />
      )}
    </section>
  );
}
