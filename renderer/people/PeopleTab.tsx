import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../shared/contract/index.js';
import type { PeopleListPage, PersonSummary, PersonWithCodes } from '../../shared/contract/people.js';
import { useApi } from '../api/context.js';
import type { NumberedAssistanceRequest, NumberedConsentRequest } from '../case/case-navigation.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useLoaded } from '../components/use-loaded.js';
import { joinPages, usePagedList } from '../components/use-paged-list.js';
import '../styles/people-interviews.css';
import { AddPersonDialog } from './AddPersonDialog.js';
import { DEFAULT_PEOPLE_VIEW, PeopleListFilters, type PeopleListView } from './PeopleListFilters.js';
import { PeopleTable } from './PeopleTable.js';
import { PersonDetail } from './PersonDetail.js';

/** Pages joined: their rows one after the other, the codes they refer to together. */
const joinPeoplePages = (loaded: PeopleListPage, page: PeopleListPage): PeopleListPage => ({
  ...joinPages(loaded, page),
  codes: { ...loaded.codes, ...page.codes },
});

/**
 * The People tab of a case: everyone by pseudonym code and profile, a page at a time, searched by
 * code and narrowed by role; and one person's detail (the only place an identity can be
 * revealed). The list's view, loaded pages and selected row stay while a person is open.
 * Unmounted with the case view, and so on lock.
 */
export function PeopleTab({
  caseId,
  consentRequest = null,
  assistanceRequest = null,
}: {
  caseId: string;
  consentRequest?: NumberedConsentRequest | null;
  /** An offer of assistance asked by the checklist (R8): its victim opens with the offer form. */
  assistanceRequest?: NumberedAssistanceRequest | null;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const [openId, setOpenId] = useState<string | null>(assistanceRequest?.personId ?? consentRequest?.personId ?? null);
  const [selectedId, setSelectedId] = useState<string | null>(openId);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const [view, setView] = useState<PeopleListView>(DEFAULT_PEOPLE_VIEW);
  // Back from a person, the list scrolls to them; a new search or filter starts at the top.
  const [backToSelected, setBackToSelected] = useState(true);
  // A new request (another refusal's link) opens its person, even with this tab already showing.
  const [shownRequest, setShownRequest] = useState(consentRequest?.seq ?? 0);
  if (consentRequest && consentRequest.seq !== shownRequest) {
    setShownRequest(consentRequest.seq);
    setOpenId(consentRequest.personId);
    setJustAdded(null);
  }
  const [shownAssistance, setShownAssistance] = useState(assistanceRequest?.seq ?? 0);
  if (assistanceRequest && assistanceRequest.seq !== shownAssistance) {
    setShownAssistance(assistanceRequest.seq);
    setOpenId(assistanceRequest.personId);
    setJustAdded(null);
  }

  const fetchPage = useCallback(
    (after: string | undefined, limit: number) =>
      api.people.page({ caseId, ...view, limit, ...(after === undefined ? {} : { after }) }),
    [api, caseId, view],
  );
  const { state, reload: refresh, loadMore } = usePagedList(fetchPage, joinPeoplePages);
  const figure = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  // The counts came with the first page; every later page keeps them.
  const counts = state.status === 'ready' ? state.loaded.counts : undefined;

  const open = (personId: string) => {
    setSelectedId(personId);
    setOpenId(personId);
    setBackToSelected(true);
  };
  // The person open, with the codes of those their profile names; read again when they change.
  const opened = useOpenPerson(openId);
  // A person just added, read before the dialog closes: shown at once, so focus lands on their page.
  const [added, setAdded] = useState<PersonWithCodes | null>(null);
  const shown =
    opened.state.status === 'ready' && opened.state.value?.person.id === openId
      ? opened.state.value
      : added?.person.id === openId
        ? added
        : null;

  async function personAdded(person: PersonSummary) {
    const read = await api.people.get({ personId: person.id });
    setAdded(read.ok ? read.value : { person, codes: {} });
    setAdding(false);
    setJustAdded(person.id);
    open(person.id);
    refresh();
  }

  const addDialog = adding && (
    <AddPersonDialog caseId={caseId} onClose={() => setAdding(false)} onAdded={(person) => void personAdded(person)} />
  );

  if (openId) {
    return (
      <>
        {opened.state.status === 'failed' && <ErrorAlert error={opened.state.error} />}
        {shown ? (
          <PersonDetail
            caseId={caseId}
            person={shown.person}
            codes={shown.codes}
            justAdded={justAdded === openId}
            consentRequest={consentRequest?.personId === openId ? consentRequest : null}
            assistanceRequest={assistanceRequest?.personId === openId ? assistanceRequest.seq : 0}
            onBack={() => {
              setOpenId(null);
              setJustAdded(null);
            }}
            // The next person is added from here: no need to go back to the list first.
            onAddPerson={() => setAdding(true)}
            onChanged={() => {
              void opened.reload();
              refresh();
            }}
          />
        ) : (
          opened.state.status !== 'failed' && (
            <p className="muted" role="status">
              {t('people.tab.loading')}
            </p>
          )
        )}
        {addDialog}
      </>
    );
  }

  return (
    <section className="case-section" aria-labelledby={headingId}>
      <header className="panel-header">
        <div>
          <h2 id={headingId}>{t('people.tab.heading')}</h2>
          <p className="muted">{t('people.tab.intro')}</p>
        </div>
        {state.status === 'ready' && (
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            {t('people.tab.add')}
          </button>
        )}
      </header>

      {state.status === 'loading' && (
        <p className="muted" role="status">
          {t('people.tab.loading')}
        </p>
      )}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {state.status === 'ready' && counts?.total === 0 && (
        <div className="empty-state">
          <h3>{t('people.tab.emptyHeading')}</h3>
          <p>{t('people.tab.emptyBody')}</p>
        </div>
      )}
      {state.status === 'ready' && counts && counts.total > 0 && (
        <>
          <PeopleListFilters
            view={view}
            onChange={(changed) => {
              setView(changed);
              setBackToSelected(false);
            }}
          />
          <p className="people-list-count muted" role="status">
            {counts.matching === counts.total
              ? t('people.list.countAll', { count: counts.total, total: figure(counts.total) })
              : t('people.list.countSome', {
                  count: counts.total,
                  matching: figure(counts.matching),
                  total: figure(counts.total),
                })}
          </p>
          <ErrorAlert error={state.error ?? null} />
          {counts.matching === 0 ? (
            <p className="empty-state">{t('people.list.noMatch')}</p>
          ) : (
            <PeopleTable
              key={JSON.stringify(view)}
              scrollToSelected={backToSelected}
              people={state.loaded.rows}
              matching={counts.matching}
              codes={state.loaded.codes}
              selectedId={selectedId}
              onSelect={setSelectedId}
              onOpen={open}
              onNearEnd={loadMore}
            />
          )}
        </>
      )}

      {addDialog}
    </section>
  );
}

/** The person `personId` (none: null), with the codes of the people their profile names. */
function useOpenPerson(personId: string | null) {
  const api = useApi();
  const load = useCallback(
    async (): Promise<Result<PersonWithCodes | null>> =>
      personId === null ? { ok: true, value: null } : api.people.get({ personId }),
    [api, personId],
  );
  return useLoaded(load);
}
