import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../shared/contract/cases.js';
import { useApi } from '../api/context.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { missionTimeZoneOf, useClockConfiguration } from '../deadlines/use-clock-configuration.js';
import { usePagedList } from '../components/use-paged-list.js';
import { CaseFilters } from './CaseFilters.js';
import { CasesTable } from './CasesTable.js';
import { DEFAULT_CASES_QUERY, isFiltered, toPageView, type CasesQuery } from './cases-query.js';
import { ReceiveCaseDialog } from '../bundles/ReceiveCaseDialog.js';
import { NewCaseDialog } from './NewCaseDialog.js';

/**
 * The case list, read a page at a time as it is scrolled, sorted and filtered in the core's SQL.
 * It lives under the unlocked shell only, so a lock unmounts it and its data.
 */
export function CasesPage({ onOpenCase }: { onOpenCase: (caseId: string, created?: CaseRecord) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [query, setQuery] = useState<CasesQuery>(DEFAULT_CASES_QUERY);
  const [creating, setCreating] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [receiving, setReceiving] = useState(false);
  const headingId = useId();
  const calendar = useClockConfiguration();
  const missionTimeZone = missionTimeZoneOf(calendar);

  const fetchPage = useCallback(
    (after: string | undefined, limit: number) =>
      api.cases.page({ ...toPageView(query), limit, ...(after === undefined ? {} : { after }) }),
    [api, query],
  );
  const { state, loadMore } = usePagedList(fetchPage);
  // The counts came with the first page: `total` is every case of the vault, archived ones too.
  const counts = state.status === 'ready' ? state.loaded.counts : undefined;
  const vaultIsEmpty = counts?.total === 0;
  // An empty unfiltered list may still hide archived cases: say so rather than "no cases yet".
  const onlyArchived = !isFiltered(query) && counts !== undefined && counts.total > 0;

  // Intake proposes today on the mission's calendar: offered once that calendar is read (or known unreadable).
  const newCaseButton = calendar.status !== 'loading' && (
    <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
      {t('cases.newCase')}
    </button>
  );
  const receiveButton = (
    <button type="button" className="button button-secondary" onClick={() => setReceiving(true)}>
      {t('bundles.receive.action')}
    </button>
  );

  return (
    <section className="page page-wide" aria-labelledby={headingId}>
      <header className="page-header">
        <div>
          <h1 id={headingId}>{t('cases.heading')}</h1>
          <p className="page-intro">{t('cases.intro')}</p>
        </div>
        {state.status === 'ready' && !vaultIsEmpty && (
          <div className="panel-actions">
            {receiveButton}
            {newCaseButton}
          </div>
        )}
      </header>

      {state.status === 'loading' && (
        <p className="muted" role="status">
          {t('cases.loading')}
        </p>
      )}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}

      {vaultIsEmpty && (
        <div className="empty-state">
          <h2>{t('cases.emptyHeading')}</h2>
          <p>{t('cases.emptyBody')}</p>
          <p className="muted">{t('cases.emptyHint')}</p>
          <div className="actions actions-start">
            {newCaseButton}
            {receiveButton}
          </div>
        </div>
      )}

      {state.status === 'ready' && counts && !vaultIsEmpty && (
        <>
          <CaseFilters query={query} onChange={setQuery} />
          <ErrorAlert error={state.error ?? null} />
          {counts.matching === 0 ? (
            <div className="empty-state empty-state-compact" role="status">
              <h2>{t('caseFile.list.noMatchHeading')}</h2>
              <p>{onlyArchived ? t('caseFile.list.onlyArchived') : t('caseFile.list.noMatchBody')}</p>
            </div>
          ) : (
            <>
              <p className="muted list-count" role="status">
                {t('caseFile.list.count', { n: counts.matching })}
              </p>
              <CasesTable
                key={JSON.stringify(query)}
                items={state.loaded.rows}
                matching={counts.matching}
                selectedId={selectedId}
                onSelect={setSelectedId}
                onNearEnd={loadMore}
                sort={query.sort}
                onSort={(sort) => setQuery((current) => ({ ...current, sort }))}
                onOpen={onOpenCase}
                caption={
                  query.sort.by === DEFAULT_CASES_QUERY.sort.by &&
                  query.sort.direction === DEFAULT_CASES_QUERY.sort.direction
                    ? t('cases.tableCaption')
                    : t('caseFile.list.captionSorted', {
                        column: t(`caseFile.list.sortKeys.${query.sort.by}`),
                        direction: t(`caseFile.list.directions.${query.sort.direction}`),
                      })
                }
              />
            </>
          )}
        </>
      )}

      {receiving && (
        <ReceiveCaseDialog
          onClose={() => setReceiving(false)}
          onImported={(caseId) => {
            setReceiving(false);
            onOpenCase(caseId);
          }}
        />
      )}
      {creating && (
        <NewCaseDialog
          missionTimeZone={missionTimeZone}
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            onOpenCase(created.id, created);
          }}
        />
      )}
    </section>
  );
}
