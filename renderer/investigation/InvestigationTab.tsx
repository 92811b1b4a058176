import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../shared/contract/index.js';
import type { PersonSummary } from '../../shared/contract/people.js';
import {
  CONCLUDED_STATUSES,
  INVESTIGATIVE_ACTION_KINDS,
  type ActionOutcome,
  type ConcludedStatus,
  type InvestigativeAction,
  type InvestigativeActionKind,
} from '../../shared/domain/investigation.js';
import { clockNameText } from '../../shared/i18n/clock-words.js';
import { closedClockCounts } from '../../shared/clocks/closed-clocks.js';
import { useApi } from '../api/context.js';
import { MomentFields } from '../assistance/MomentFields.js';
import type { NumberedActionRequest } from '../case/case-navigation.js';
import { CheckboxField } from '../components/CheckboxField.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { useInstantText } from '../components/mission-time.js';
import { SearchCombobox } from '../components/SearchCombobox.js';
import { optionsOf, SelectField } from '../components/SelectField.js';
import { TextField } from '../components/TextField.js';
import { localTimeZone } from '../components/uncertain-date-draft.js';
import { interfaceLanguage } from '../i18n/date-conventions.js';
import { useLoaded } from '../components/use-loaded.js';
import { instantFromLocal, localNow, type LocalMoment } from '../people/local-time.js';
import { usePerson, useRoleSearch } from '../people/use-case-people.js';
import { useSubmit } from '../components/use-submit.js';
import { listText } from '../../shared/i18n/list-text.js';

/** How an action ended, as the form holds it before it is sent. */
interface OutcomeDraft {
  status: ConcludedStatus | '';
  at: LocalMoment;
  result: string;
  reason: string;
  qualified: boolean;
}

const emptyOutcome = (zone: string): OutcomeDraft => ({
  status: '',
  at: localNow(zone),
  result: '',
  reason: '',
  qualified: false,
});

/** The outcome to send, null when none was chosen, 'invalid' when its moment cannot be read. */
function outcomeOf(draft: OutcomeDraft, kind: InvestigativeActionKind, zone: string): ActionOutcome | null | 'invalid' {
  if (draft.status === '') return null;
  const at = instantFromLocal(draft.at, zone);
  if (at === null) return 'invalid';
  return {
    status: draft.status,
    at,
    ...(draft.status === 'done' && draft.result.trim() !== '' ? { result: draft.result.trim() } : {}),
    ...(draft.status !== 'done' && draft.reason.trim() !== '' ? { reason: draft.reason.trim() } : {}),
    ...(draft.status === 'done' && kind === 'forensic_medical_exam' ? { providerQualified: draft.qualified } : {}),
  };
}

function OutcomeFields({
  kind,
  draft,
  onChange,
  zone,
  invalidMoment,
  busy,
  optional,
}: {
  kind: InvestigativeActionKind;
  draft: OutcomeDraft;
  onChange: (draft: OutcomeDraft) => void;
  zone: string;
  invalidMoment: boolean;
  busy: boolean;
  optional: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        label={t('investigation.form.outcome')}
        value={draft.status}
        options={optionsOf(CONCLUDED_STATUSES, (value) => t(`labels.investigativeActionStatus.${value}`))}
        {...(optional ? { emptyLabel: t('investigation.form.stillRequested') } : {})}
        onChange={(status) => onChange({ ...draft, status })}
        required={!optional}
        disabled={busy}
      />
      {draft.status !== '' && (
        <>
          <MomentFields
            legend={t('investigation.form.outcomeAt')}
            zone={zone}
            value={draft.at}
            onChange={(at) => onChange({ ...draft, at })}
            error={invalidMoment ? t('investigation.form.invalidMoment') : undefined}
            disabled={busy}
          />
          {draft.status === 'done' ? (
            <TextField
              label={t('investigation.form.result')}
              value={draft.result}
              onChange={(result) => onChange({ ...draft, result })}
              rows={3}
              maxLength={10_000}
              disabled={busy}
            />
          ) : (
            <TextField
              label={t('investigation.form.reason')}
              value={draft.reason}
              onChange={(reason) => onChange({ ...draft, reason })}
              rows={2}
              maxLength={5_000}
              required
              disabled={busy}
            />
          )}
          {draft.status === 'done' && kind === 'forensic_medical_exam' && (
            <CheckboxField
              label={t('investigation.form.qualified')}
              checked={draft.qualified}
              onChange={(qualified) => onChange({ ...draft, qualified })}
              disabled={busy}
            />
          )}
        </>
      )}
    </>
  );
}

/**
 * A new action, ready for the person a checklist finding named (R14, R15) when it came from there;
 * any other person is searched by code.
 */
function RecordActionForm({
  caseId,
  request,
  onDone,
  onCancel,
}: {
  caseId: string;
  request: NumberedActionRequest | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const zone = localTimeZone();
  const [kind, setKind] = useState<InvestigativeActionKind | ''>(request?.kind ?? '');
  const [personId, setPersonId] = useState(request?.personId ?? '');
  const personWords = (person: PersonSummary) => `${person.code} (${t(`labels.personRole.${person.profile.role}`)})`;
  const searchPeople = useRoleSearch(caseId, null, personWords);
  // The person a finding named, read by id (the words chosen in the list otherwise).
  const requested = usePerson(request?.personId);
  const [chosenWords, setChosenWords] = useState('');
  const selectedWords = personId === '' ? '' : requested?.id === personId ? personWords(requested) : chosenWords;
  const [description, setDescription] = useState('');
  const [requestedBy, setRequestedBy] = useState('');
  const [requestedAt, setRequestedAt] = useState(() => localNow(zone));
  const [outcome, setOutcome] = useState(() => emptyOutcome(zone));
  const [invalidMoment, setInvalidMoment] = useState(false);
  const { busy, error, send } = useSubmit();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || kind === '') return;
    const at = instantFromLocal(requestedAt, zone);
    const ended = outcomeOf(outcome, kind, zone);
    setInvalidMoment(at === null || ended === 'invalid');
    if (at === null || ended === 'invalid') return;
    await send(
      () =>
        api.investigation.record({
          caseId,
          kind,
          requestedAt: at,
          requestedBy: requestedBy.trim(),
          ...(personId === '' ? {} : { personId }),
          ...(description.trim() === '' ? {} : { description: description.trim() }),
          ...(ended === null ? {} : { outcome: ended }),
        }),
      onDone,
    );
  }

  return (
    <form
      className="form investigation-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t('investigation.form.label')}
    >
      <ErrorSummary />
      <div className="form-grid">
        <SelectField
          label={t('investigation.form.kind')}
          value={kind}
          options={optionsOf(INVESTIGATIVE_ACTION_KINDS, (value) => t(`labels.investigativeActionKind.${value}`))}
          emptyLabel={t('investigation.form.chooseKind')}
          onChange={setKind}
          required
          disabled={busy}
        />
        <SearchCombobox
          // Drawn again once the requested person is read, to show their words.
          key={requested?.id ?? ''}
          label={t('investigation.form.person')}
          value={personId}
          selectedLabel={selectedWords}
          onChange={(id, words) => {
            setPersonId(id);
            setChosenWords(words);
          }}
          search={searchPeople}
          noMatches={t('investigation.form.noPersonMatch')}
          hint={t('investigation.form.personHint')}
          disabled={busy}
        />
        <TextField
          label={t('investigation.form.description')}
          value={description}
          onChange={setDescription}
          hint={t('investigation.form.descriptionHint')}
          rows={2}
          maxLength={2_000}
          disabled={busy}
        />
        <TextField
          label={t('investigation.form.requestedBy')}
          value={requestedBy}
          onChange={setRequestedBy}
          maxLength={200}
          required
          disabled={busy}
        />
        <MomentFields
          legend={t('investigation.form.requestedAt')}
          zone={zone}
          value={requestedAt}
          onChange={setRequestedAt}
          error={invalidMoment ? t('investigation.form.invalidMoment') : undefined}
          disabled={busy}
        />
        {kind !== '' && (
          <OutcomeFields
            kind={kind}
            draft={outcome}
            onChange={setOutcome}
            zone={zone}
            invalidMoment={invalidMoment}
            busy={busy}
            optional
          />
        )}
      </div>
      <ErrorAlert error={error} />
      <div className="actions">
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
        <button
          type="submit"
          className="button button-primary"
          disabled={busy || kind === ''}
          aria-busy={busy || undefined}
        >
          {t('investigation.form.submit')}
        </button>
      </div>
    </form>
  );
}

/** How a requested action ended, recorded once. */
function ConcludeForm({ action, onDone }: { action: InvestigativeAction; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const zone = localTimeZone();
  const [outcome, setOutcome] = useState(() => emptyOutcome(zone));
  const [invalidMoment, setInvalidMoment] = useState(false);
  const { busy, error, send } = useSubmit();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ended = outcomeOf(outcome, action.kind, zone);
    setInvalidMoment(ended === 'invalid');
    if (busy || ended === null || ended === 'invalid') return;
    await send(() => api.investigation.conclude({ actionId: action.id, outcome: ended }), onDone);
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-label={t('investigation.conclude')}>
      <div className="form-grid">
        <OutcomeFields
          kind={action.kind}
          draft={outcome}
          onChange={setOutcome}
          zone={zone}
          invalidMoment={invalidMoment}
          busy={busy}
          optional={false}
        />
      </div>
      <ErrorAlert error={error} />
      <div className="actions">
        <button type="submit" className="button button-primary button-small" disabled={busy || outcome.status === ''}>
          {t('investigation.concludeSubmit')}
        </button>
      </div>
    </form>
  );
}

/**
 * The case's investigative actions and forensic examinations (R14, R15): each with where it
 * stands and the deadlines it closed, a form for a new one and, for one still requested, its outcome.
 */
export function InvestigationTab({ caseId, request }: { caseId: string; request: NumberedActionRequest | null }) {
  const { t, i18n } = useTranslation();
  const instantText = useInstantText();
  const api = useApi();
  const headingId = useId();
  const [adding, setAdding] = useState<number | null>(null);
  const [concluding, setConcluding] = useState<string | null>(null);
  // `adding`: 0 while opened by hand, -seq once the checklist's request `seq` was answered or
  // cancelled, null otherwise. A request from the checklist opens the form once; a new request (a new
  // seq) opens it again.
  const formOpen = adding === 0 || (request !== null && adding !== -request.seq);

  const load = useCallback(async (): Promise<Result<InvestigativeAction[]>> => {
    const actions = await api.investigation.list({ caseId });
    return actions.ok ? { ok: true, value: actions.value.items } : actions;
  }, [api, caseId]);
  const { state, reload } = useLoaded(load);
  const close = () => setAdding(request === null ? null : -request.seq);

  return (
    <section className="investigation" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>{t('investigation.heading')}</h2>
        {!formOpen && (
          <button type="button" className="button button-primary button-small" onClick={() => setAdding(0)}>
            {t('investigation.add')}
          </button>
        )}
      </div>
      <p className="muted">{t('investigation.intro')}</p>
      {state.status === 'loading' && (
        <p className="muted" role="status">
          {t('investigation.loading')}
        </p>
      )}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {state.status === 'ready' && (
        <>
          {formOpen && (
            <RecordActionForm
              key={request?.seq ?? 0}
              caseId={caseId}
              request={adding === 0 ? null : request}
              onCancel={close}
              onDone={() => {
                close();
                void reload();
              }}
            />
          )}
          {state.value.length === 0 ? (
            <p>{t('investigation.none')}</p>
          ) : (
            <ul className="investigation-actions">
              {state.value.map((action) => (
                <li key={action.id} className="investigation-action">
                  <p>
                    <strong>{t(`labels.investigativeActionKind.${action.kind}`)}</strong>
                    {action.personCode && ` · ${action.personCode}`}
                    {' · '}
                    {t(`labels.investigativeActionStatus.${action.status}`)}
                  </p>
                  <p className="muted">
                    {t('investigation.requested', {
                      when: instantText(action.requestedAt),
                      by: action.requestedBy,
                    })}
                    {action.outcome && ` · ${t('investigation.ended', { when: instantText(action.outcome.at) })}`}
                    {action.evidenceNumbers.length > 0 &&
                      ` · ${t('investigation.evidence', {
                        numbers: listText(i18n.language, action.evidenceNumbers, { type: 'unit' }),
                      })}`}
                  </p>
                  {action.description && <p className="user-text">{action.description}</p>}
                  {action.outcome?.result && <p>{action.outcome.result}</p>}
                  {action.outcome?.reason && <p className="user-text">{action.outcome.reason}</p>}
                  {action.outcome?.providerQualified !== undefined && (
                    <p>
                      {action.outcome.providerQualified
                        ? t('investigation.qualified')
                        : t('investigation.notQualified')}
                    </p>
                  )}
                  {action.closedDeadlines.length > 0 && (
                    <p className="muted">
                      {t('investigation.closedDeadlines', {
                        clocks: listText(
                          i18n.language,
                          closedClockCounts(action.closedDeadlines).map(({ name, count }) =>
                            t('investigation.clockClosed', {
                              clock: clockNameText(interfaceLanguage(i18n.language), name),
                              count,
                            }),
                          ),
                        ),
                      })}
                    </p>
                  )}
                  {action.status === 'requested' &&
                    (concluding === action.id ? (
                      <ConcludeForm
                        action={action}
                        onDone={() => {
                          setConcluding(null);
                          void reload();
                        }}
                      />
                    ) : (
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        onClick={() => setConcluding(action.id)}
                      >
                        {t('investigation.conclude')}
                      </button>
                    ))}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
