import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../shared/contract/people.js';
import type { ConsentDecision } from '../../shared/domain/consent.js';
import { useApi } from '../api/context.js';
import type { NumberedConsentRequest } from '../case/case-navigation.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useLoaded } from '../components/use-loaded.js';
import { useInstantText } from '../components/mission-time.js';
import { isMinor } from '../people/person-facts.js';
import { usePeopleCodes } from '../people/use-case-people.js';
import { usePurposeText } from './consent-labels.js';
import { currentConsentStates, type ConsentColumn } from './consent-states.js';
import { RecordConsentForm } from './RecordConsentForm.js';
import { useGuardianStart } from './use-guardian-start.js';

/** A person's consents: what is in force per purpose, the full history, and a form to add a decision. */
export function ConsentsSection({
  caseId,
  person,
  request = null,
  onPersonAdded,
}: {
  caseId: string;
  person: PersonSummary;
  /** A decision to record, sent by a refusal's link: the form opens ready for it. */
  request?: NumberedConsentRequest | null;
  onPersonAdded: (person: PersonSummary) => void;
}) {
  const { t } = useTranslation();
  const instantText = useInstantText();
  const purposeText = usePurposeText();
  const api = useApi();
  const headingId = useId();
  const [recording, setRecording] = useState(request !== null);
  const [lastRecorded, setLastRecorded] = useState<ConsentDecision | null>(null);
  const [shownRequest, setShownRequest] = useState(request?.seq ?? 0);
  // The form fills in what the request asks only when the request opened it.
  const [fromRequest, setFromRequest] = useState(request !== null);
  if (request && request.seq !== shownRequest) {
    setShownRequest(request.seq);
    setLastRecorded(null);
    setRecording(true);
    setFromRequest(true);
  }
  const child = person.profile.role === 'victim' && isMinor(person);
  const exception = person.profile.role === 'victim' ? person.profile.guardianConsentException : undefined;

  const load = useCallback(async () => {
    const result = await api.consents.list({ caseId, personId: person.id });
    return result.ok ? { ok: true as const, value: result.value.items } : result;
  }, [api, caseId, person.id]);
  const { state: history, reload } = useLoaded(load);

  const items = history.status === 'ready' ? history.value : [];
  // The guardians a decision names, by code; and those the form offers, read only while it is open.
  const codes = usePeopleCodes(
    caseId,
    items.flatMap((decision) => (decision.guardianPersonId ? [decision.guardianPersonId] : [])),
  );
  const codeOf = (id: string | undefined) => (id === undefined ? '' : (codes[id] ?? ''));
  const guardians = useGuardianStart(person, recording);
  const columns: ConsentColumn[] = child ? ['guardian', 'assent'] : ['self'];
  const states = currentConsentStates(items, child, new Date().toISOString());

  return (
    <section className="panel consents-panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h3 id={headingId}>{t('people.consents.heading')}</h3>
        {!recording && history.status === 'ready' && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setLastRecorded(null);
              setFromRequest(false);
              setRecording(true);
            }}
          >
            {t('people.consents.record')}
          </button>
        )}
      </div>
      {child && <p className="note">{t('people.consents.childExplained', { code: person.code })}</p>}

      {lastRecorded && (
        <p className="alert alert-success" role="status">
          {t('people.consents.recorded', {
            purpose: purposeText(lastRecorded.purpose),
            decision: t(`labels.consentDecision.${lastRecorded.decision}`),
          })}
        </p>
      )}

      {recording && guardians.status === 'failed' && <ErrorAlert error={guardians.error} />}
      {recording && guardians.status === 'ready' && guardians.value && (
        <RecordConsentForm
          // A new request starts a fresh form with its purpose and who decides.
          key={fromRequest ? (request?.seq ?? 0) : 'by hand'}
          person={person}
          guardianStart={guardians.value}
          child={child}
          initial={fromRequest && request ? request : undefined}
          onPersonAdded={onPersonAdded}
          onCancel={() => setRecording(false)}
          onRecorded={(decision) => {
            setRecording(false);
            setLastRecorded(decision);
            void reload();
          }}
        />
      )}

      {history.status === 'loading' && (
        <p className="muted" role="status">
          {t('people.consents.loading')}
        </p>
      )}
      {history.status === 'failed' && <ErrorAlert error={history.error} />}

      {history.status === 'ready' && (
        <>
          <h4>{t('people.consents.inForceHeading')}</h4>
          <table className="table consent-states">
            <caption className="visually-hidden">{t('people.consents.inForceCaption', { code: person.code })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('people.consents.columns.purpose')}</th>
                {columns.map((column) => (
                  <th scope="col" key={column}>
                    {t(`people.consents.parties.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {states.map((row) => (
                <tr key={`${row.purpose}|${row.recipient ?? ''}`}>
                  <th scope="row">
                    {purposeText(row.purpose)}
                    {row.recipient !== undefined && (
                      <span className="muted"> {t('people.consents.forRecipient', { recipient: row.recipient })}</span>
                    )}
                  </th>
                  {columns.map((column) => {
                    const state = column === 'guardian' && exception ? 'excepted' : (row.states[column] ?? 'none');
                    return (
                      <td key={column}>
                        <span className={`consent-state consent-state-${state}`}>
                          {t(`people.consents.states.${state}`)}
                        </span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>

          <h4>{t('people.consents.historyHeading')}</h4>
          {items.length === 0 ? (
            <p className="muted">{t('people.consents.historyEmpty')}</p>
          ) : (
            <table className="table consent-history">
              <caption className="visually-hidden">
                {t('people.consents.historyCaption', { code: person.code })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('people.consents.columns.decidedAt')}</th>
                  <th scope="col">{t('people.consents.columns.purpose')}</th>
                  <th scope="col">{t('people.consents.columns.decision')}</th>
                  <th scope="col">{t('people.consents.columns.by')}</th>
                  <th scope="col">{t('people.consents.columns.recipient')}</th>
                  <th scope="col">{t('people.consents.columns.note')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((decision) => (
                  <tr key={decision.id}>
                    <td>
                      <time dateTime={decision.decidedAt}>{instantText(decision.decidedAt)}</time>
                      <span className="cell-sub">
                        {t('people.consents.recordedAt', { at: instantText(decision.recordedAt) })}
                      </span>
                    </td>
                    <td>{purposeText(decision.purpose)}</td>
                    <td>
                      <span className={`consent-state consent-state-${decision.decision}`}>
                        {t(`labels.consentDecision.${decision.decision}`)}
                      </span>
                    </td>
                    <td>
                      {decision.by === 'guardian'
                        ? t('people.consents.byGuardian', { code: codeOf(decision.guardianPersonId) })
                        : child
                          ? t('people.consents.byChild')
                          : t('people.consents.bySelf')}
                    </td>
                    <td>{decision.recipient ?? <span className="muted">{t('people.consents.anyRecipient')}</span>}</td>
                    <td className="cell-note">{decision.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
