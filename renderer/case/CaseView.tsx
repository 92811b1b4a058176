import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../shared/contract/cases.js';
import { useApi } from '../api/context.js';
import { ConfidentialityBadge } from '../components/ConfidentialityBadge.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { StatusBadge, UrgentBadge } from '../components/StatusBadge.js';
import { Tabs, type TabSpec } from '../components/Tabs.js';
import { useLoaded } from '../components/use-loaded.js';
import { EvidenceTab } from '../evidence/EvidenceTab.js';
import { InterviewsTab } from '../interviews/InterviewsTab.js';
import { LettersTab } from '../letters/LettersTab.js';
import { PeopleTab } from '../people/PeopleTab.js';
import { CaseBenchmarks } from '../deadlines/CaseBenchmarks.js';
import { caseClosedAt } from '../deadlines/deadline-outcome.js';
import { InvestigationTab } from '../investigation/InvestigationTab.js';
import { TimelineTab } from '../timeline/TimelineTab.js';
import { AuditTab } from './AuditTab.js';
import {
  CaseNavigationContext,
  type CaseNavigation,
  type NumberedActionRequest,
  type NumberedAssistanceRequest,
  type NumberedConsentRequest,
} from './case-navigation.js';
import { CASE_TABS, type CaseTab } from './case-tabs.js';
import { ChecklistTab } from './ChecklistTab.js';
import { OverviewTab } from './OverviewTab.js';

/**
 * One case: its header (reference, title, status, urgency, confidentiality) and its tabs. Each
 * tab loads its own data when shown, so the Checklist and Audit are always current.
 */
export function CaseView({
  caseId,
  onBack,
  openedNotice,
}: {
  caseId: string;
  onBack: () => void;
  /** The reference of a case just created here, to confirm it was opened. */
  openedNotice?: string;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const [tab, setTab] = useState<CaseTab>('overview');
  const [edited, setEdited] = useState<CaseRecord | null>(null);
  const [consentRequest, setConsentRequest] = useState<NumberedConsentRequest | null>(null);
  const [assistanceRequest, setAssistanceRequest] = useState<NumberedAssistanceRequest | null>(null);
  const [actionRequest, setActionRequest] = useState<NumberedActionRequest | null>(null);
  const requests = useRef(0);
  const navigation = useMemo<CaseNavigation>(
    () => ({
      recordConsent(request) {
        requests.current += 1;
        setConsentRequest({ ...request, seq: requests.current });
        setTab('people');
      },
      offerAssistance(personId) {
        requests.current += 1;
        setAssistanceRequest({ personId, seq: requests.current });
        setTab('people');
      },
      recordInvestigativeAction(request) {
        requests.current += 1;
        setActionRequest({ ...request, seq: requests.current });
        setTab('investigation');
      },
      openTab: setTab,
      caseChanged() {
        void api.cases.get({ caseId }).then((result) => {
          if (result.ok) setEdited(result.value);
        });
      },
    }),
    [api, caseId],
  );

  const load = useCallback(() => api.cases.get({ caseId }), [api, caseId]);
  const { state } = useLoaded(load);
  // A mutation's reply is the case as stored: show it without asking again.
  const record = edited ?? (state.status === 'ready' ? state.value : null);

  const tabs: TabSpec<CaseTab>[] = CASE_TABS.map((key) => ({ key, label: t(`caseFile.view.tabs.${key}`) }));

  return (
    <section className="page page-wide case-view" aria-labelledby={headingId}>
      <button type="button" className="button button-link back-link" onClick={onBack}>
        {t('caseFile.view.backToCases')}
      </button>
      {state.status === 'loading' && (
        <p className="muted" role="status">
          {t('caseFile.view.loading')}
        </p>
      )}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {record && (
        <>
          <header className="case-header">
            <p className="case-reference mono">{record.reference}</p>
            <h1 id={headingId} className="user-text">
              {record.title}
            </h1>
            <div className="case-badges">
              <StatusBadge status={record.status} />
              {record.urgent && <UrgentBadge />}
              <ConfidentialityBadge level={record.confidentiality} />
              {record.archived && <span className="badge badge-archived">{t('caseFile.list.archived')}</span>}
            </div>
            {/* A closed case's clocks have stopped: no countdown in its header. */}
            {caseClosedAt(record) === null && <CaseBenchmarks caseId={record.id} refreshKey={record.updatedAt} />}
          </header>
          {openedNotice && (
            <p className="alert alert-success" role="status">
              {t('cases.created', { reference: openedNotice })}
            </p>
          )}
          <CaseNavigationContext.Provider value={navigation}>
            <Tabs
              label={t('caseFile.view.tabsLabel')}
              tabs={tabs}
              selected={tab}
              onSelect={(next) => {
                // A tab chosen by hand shows that tab as it is, not a consent form asked for earlier.
                setConsentRequest(null);
                setActionRequest(null);
                setTab(next);
              }}
            >
              {tab === 'overview' && (
                <OverviewTab record={record} onChanged={setEdited} onOpenLetters={() => setTab('letters')} />
              )}
              {tab === 'people' && (
                <PeopleTab caseId={record.id} consentRequest={consentRequest} assistanceRequest={assistanceRequest} />
              )}
              {tab === 'interviews' && <InterviewsTab caseId={record.id} />}
              {tab === 'evidence' && <EvidenceTab caseId={record.id} caseClosedAt={caseClosedAt(record)} />}
              {tab === 'investigation' && <InvestigationTab caseId={record.id} request={actionRequest} />}
              {tab === 'letters' && <LettersTab caseId={record.id} closed={caseClosedAt(record) !== null} />}
              {tab === 'timeline' && <TimelineTab caseId={record.id} readOnly={record.archived !== null} />}
              {tab === 'checklist' && <ChecklistTab caseId={record.id} />}
              {tab === 'audit' && <AuditTab caseId={record.id} />}
            </Tabs>
          </CaseNavigationContext.Provider>
        </>
      )}
    </section>
  );
}
