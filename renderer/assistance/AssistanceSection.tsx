import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../shared/contract/people.js';
import { nextAssistanceStatuses, type AssistanceReferral } from '../../shared/domain/assistance.js';
import { useApi } from '../api/context.js';
import { ConfidentialityBadge } from '../components/ConfidentialityBadge.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useLoaded } from '../components/use-loaded.js';
import { useInstantText } from '../components/mission-time.js';
import { AssistanceStepForm } from './AssistanceStepForm.js';
import { OfferAssistanceForm } from './OfferAssistanceForm.js';
import { RecordTable } from '../components/RecordTable.js';

/**
 * A victim's assistance (A/72/751 ¶26–31): each service offered and where its referral stands, with
 * the form that records the next step. `offerRequest` changes when the checklist's R8 finding asks
 * for an offer: the offer form opens.
 */
export function AssistanceSection({ person, offerRequest = 0 }: { person: PersonSummary; offerRequest?: number }) {
  const { t } = useTranslation();
  const instantText = useInstantText();
  const api = useApi();
  const headingId = useId();
  const [offering, setOffering] = useState(offerRequest > 0);
  const [shownRequest, setShownRequest] = useState(offerRequest);
  if (offerRequest !== shownRequest) {
    setShownRequest(offerRequest);
    setOffering(true);
  }
  const [moving, setMoving] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await api.assistance.list({ caseId: person.caseId, personId: person.id });
    return result.ok ? { ok: true as const, value: result.value.items } : result;
  }, [api, person.caseId, person.id]);
  const { state, reload } = useLoaded(load);

  const done = (referral: AssistanceReferral, message: string) => {
    setOffering(false);
    setMoving(null);
    setSaved(message);
    void reload();
    return referral;
  };
  const serviceOf = (referral: AssistanceReferral) => t(`labels.assistanceService.${referral.service}`);

  return (
    <section className="panel assistance-panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h3 id={headingId}>{t('assistance.heading')}</h3>
        <ConfidentialityBadge level="confidential" short />
        {!offering && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setSaved(null);
              setOffering(true);
            }}
          >
            {t('assistance.offer')}
          </button>
        )}
      </div>
      <p className="note">{t('assistance.explained')}</p>
      {saved && (
        <p className="alert alert-success" role="status">
          {saved}
        </p>
      )}
      {offering && (
        <OfferAssistanceForm
          person={person}
          onCancel={() => setOffering(false)}
          onOffered={(referral) =>
            done(referral, t('assistance.offered', { service: serviceOf(referral), code: person.code }))
          }
        />
      )}
      {state.status === 'loading' && (
        <p className="muted" role="status">
          {t('assistance.loading')}
        </p>
      )}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {state.status === 'ready' && (
        <RecordTable
          items={state.value}
          empty={t('assistance.empty', { code: person.code })}
          caption={t('assistance.caption', { code: person.code })}
          className="assistance-list"
          columns={[
            t('assistance.columns.service'),
            t('assistance.columns.status'),
            t('assistance.columns.history'),
            t('assistance.columns.provider'),
            t('assistance.columns.advocate'),
            { hidden: t('assistance.columns.actions') },
          ]}
          row={(referral) => (
            <tr key={referral.id}>
              <th scope="row">{serviceOf(referral)}</th>
              <td>{t(`labels.assistanceStatus.${referral.status}`)}</td>
              <td>
                <ol className="plain-list">
                  {referral.history.map((step, index) => (
                    <li key={index}>
                      {t(`labels.assistanceStatus.${step.status}`)}:{' '}
                      <time dateTime={step.at}>{instantText(step.at)}</time>
                      {step.reason && <span className="cell-sub user-text">{step.reason}</span>}
                    </li>
                  ))}
                </ol>
              </td>
              <td>{referral.provider ?? <span className="muted">{t('assistance.notYet')}</span>}</td>
              <td>{referral.advocate ?? <span className="muted">{t('assistance.notYet')}</span>}</td>
              <td>
                {nextAssistanceStatuses(referral.status).length > 0 && moving !== referral.id && (
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    onClick={() => {
                      setSaved(null);
                      setMoving(referral.id);
                    }}
                  >
                    {t('assistance.nextStep', { service: serviceOf(referral) })}
                  </button>
                )}
              </td>
            </tr>
          )}
        />
      )}
      {state.status === 'ready' &&
        state.value
          .filter((referral) => referral.id === moving)
          .map((referral) => (
            <AssistanceStepForm
              key={referral.id}
              referral={referral}
              code={person.code}
              onCancel={() => setMoving(null)}
              onMoved={(moved) =>
                done(
                  moved,
                  t('assistance.moved', {
                    service: serviceOf(moved),
                    status: t(`labels.assistanceStatus.${moved.status}`),
                  }),
                )
              }
            />
          ))}
    </section>
  );
}
