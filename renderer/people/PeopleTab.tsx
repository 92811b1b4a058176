import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/context.js';
import type { NumberedAssistanceRequest, NumberedConsentRequest } from '../case/case-navigation.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useLoaded } from '../components/use-loaded.js';
import '../styles/people-interviews.css';
import { AddPersonDialog } from './AddPersonDialog.js';
import { PeopleTable } from './PeopleTable.js';
import { PersonDetail } from './PersonDetail.js';

/**
 * The People tab of a case: everyone by pseudonym code and profile, and one person's detail
 * (the only place an identity can be revealed). Unmounted with the case view, and so on lock.
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
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const [openId, setOpenId] = useState<string | null>(assistanceRequest?.personId ?? consentRequest?.personId ?? null);
  const [justAdded, setJustAdded] = useState<string | null>(null);
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

  const load = useCallback(async () => {
    const result = await api.people.list({ caseId });
    return result.ok ? { ok: true as const, value: result.value.items } : result;
  }, [api, caseId]);
  const { state, reload } = useLoaded(load);

  const items = state.status === 'ready' ? state.value : [];
  const open = openId ? items.find((person) => person.id === openId) : undefined;

  const addDialog = adding && (
    <AddPersonDialog
      caseId={caseId}
      people={items}
      onClose={() => setAdding(false)}
      onAdded={(person) => {
        setAdding(false);
        setJustAdded(person.id);
        setOpenId(person.id);
        void reload();
      }}
    />
  );

  if (open) {
    return (
      <>
        <PersonDetail
          caseId={caseId}
          person={open}
          people={items}
          justAdded={justAdded === open.id}
          consentRequest={consentRequest?.personId === open.id ? consentRequest : null}
          assistanceRequest={assistanceRequest?.personId === open.id ? assistanceRequest.seq : 0}
          onBack={() => {
            setOpenId(null);
            setJustAdded(null);
          }}
          // The next person is added from here: no need to go back to the list first.
          onAddPerson={() => setAdding(true)}
          onChanged={() => void reload()}
        />
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
      {state.status === 'ready' && items.length === 0 && (
        <div className="empty-state">
          <h3>{t('people.tab.emptyHeading')}</h3>
          <p>{t('people.tab.emptyBody')}</p>
        </div>
      )}
      {state.status === 'ready' && items.length > 0 && <PeopleTable people={items} onOpen={setOpenId} />}

      {addDialog}
    </section>
  );
}
