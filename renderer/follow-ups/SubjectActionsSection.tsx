import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../shared/contract/people.js';
import {
  ACTION_SOURCES,
  SUBJECT_ACTION_KINDS,
  type ActionSource,
  type SubjectActionKind,
} from '../../shared/domain/subject-action.js';
import { useApi } from '../api/context.js';
import { MomentFields } from '../assistance/MomentFields.js';
import { ConfidentialityBadge } from '../components/ConfidentialityBadge.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { optionsOf, SelectField } from '../components/SelectField.js';
import { TextField } from '../components/TextField.js';
import { localTimeZone } from '../components/uncertain-date-draft.js';
import { useLoaded } from '../components/use-loaded.js';
import { useInstantText } from '../components/mission-time.js';
import { instantFromLocal, localNow } from '../people/local-time.js';
import { DialogActions } from '../components/DialogActions.js';
import { useSubmit } from '../components/use-submit.js';
import { RecordTable } from '../components/RecordTable.js';

type Problem = 'moment' | 'reference' | 'description';

/**
 * What was done about a subject (A/72/751 ¶13, ¶22, ¶47, ¶65–66): interim measures, repatriation,
 * bar, dismissal, referral, the screening database and what a State reported doing, each dated
 * with who decided or reported it. Appended only: a correction is a new action.
 */
export function SubjectActionsSection({ person }: { person: PersonSummary }) {
  const { t } = useTranslation();
  const instantText = useInstantText();
  const api = useApi();
  const headingId = useId();
  const [recording, setRecording] = useState(false);
  const [saved, setSaved] = useState(false);
  const load = useCallback(async () => {
    const result = await api.subjectActions.list({ caseId: person.caseId, personId: person.id });
    return result.ok ? { ok: true as const, value: result.value.items } : result;
  }, [api, person.caseId, person.id]);
  const { state, reload } = useLoaded(load);

  return (
    <section className="panel subject-actions-panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h3 id={headingId}>{t('followUp.actions.heading')}</h3>
        <ConfidentialityBadge level="confidential" short />
        {!recording && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setSaved(false);
              setRecording(true);
            }}
          >
            {t('followUp.actions.record')}
          </button>
        )}
      </div>
      {saved && (
        <p className="alert alert-success" role="status">
          {t('followUp.actions.recorded')}
        </p>
      )}
      {recording && (
        <RecordActionForm
          person={person}
          onCancel={() => setRecording(false)}
          onRecorded={() => {
            setRecording(false);
            setSaved(true);
            void reload();
          }}
        />
      )}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {state.status === 'ready' && (
        <RecordTable
          items={state.value}
          empty={t('followUp.actions.empty', { code: person.code })}
          caption={t('followUp.actions.caption', { code: person.code })}
          className="subject-actions-list"
          columns={[
            t('followUp.actions.columns.at'),
            t('followUp.actions.columns.kind'),
            t('followUp.actions.columns.source'),
            t('followUp.actions.columns.description'),
          ]}
          row={(action) => (
            <tr key={action.id}>
              <td>
                <time dateTime={action.takenAt}>{instantText(action.takenAt)}</time>
              </td>
              <td>{t(`labels.subjectActionKind.${action.kind}`)}</td>
              <td>
                {t(`labels.actionSource.${action.source}`)}
                {action.sourceReference !== undefined && <span className="cell-sub">{action.sourceReference}</span>}
              </td>
              <td className="cell-note">{action.description ?? ''}</td>
            </tr>
          )}
        />
      )}
    </section>
  );
}

function RecordActionForm({
  person,
  onCancel,
  onRecorded,
}: {
  person: PersonSummary;
  onCancel: () => void;
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const zone = localTimeZone();
  const [at, setAt] = useState(() => localNow(zone));
  const [kind, setKind] = useState<SubjectActionKind>('administrative_leave');
  const [source, setSource] = useState<ActionSource>('mission');
  const [reference, setReference] = useState('');
  const [description, setDescription] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const { busy, error, send } = useSubmit();
  const problem = (key: Problem) => (problems.includes(key) ? t(`followUp.actions.invalid.${key}`) : undefined);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const instant = instantFromLocal(at, zone);
    const found: Problem[] = [];
    if (instant === null) found.push('moment');
    if (source === 'other' && reference.trim() === '') found.push('reference');
    if (kind === 'other' && description.trim() === '') found.push('description');
    setProblems(found);
    if (found.length > 0 || instant === null) return;
    await send(
      () =>
        api.subjectActions.record({
          personId: person.id,
          kind,
          takenAt: instant,
          source,
          ...(reference.trim() === '' ? {} : { sourceReference: reference.trim() }),
          ...(description.trim() === '' ? {} : { description: description.trim() }),
        }),
      onRecorded,
    );
  }

  return (
    <form
      className="form subject-action-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t('followUp.actions.formLabel', { code: person.code })}
    >
      <ErrorSummary />
      <div className="form-grid">
        <SelectField
          label={t('followUp.actions.kind')}
          value={kind}
          options={optionsOf(SUBJECT_ACTION_KINDS, (value) => t(`labels.subjectActionKind.${value}`))}
          onChange={(value) => value !== '' && setKind(value)}
          disabled={busy}
        />
        <SelectField
          label={t('followUp.actions.source')}
          value={source}
          options={optionsOf(ACTION_SOURCES, (value) => t(`labels.actionSource.${value}`))}
          onChange={(value) => value !== '' && setSource(value)}
          disabled={busy}
        />
        <MomentFields
          legend={t('followUp.actions.at')}
          zone={zone}
          value={at}
          onChange={setAt}
          error={problem('moment')}
          disabled={busy}
        />
        <TextField
          label={t('followUp.actions.reference')}
          value={reference}
          onChange={setReference}
          hint={t('followUp.actions.referenceHint')}
          error={problem('reference')}
          required={source === 'other'}
          maxLength={300}
          disabled={busy}
        />
        <div className="form-grid-wide">
          <TextField
            label={t('followUp.actions.description')}
            value={description}
            onChange={setDescription}
            error={problem('description')}
            required={kind === 'other'}
            rows={2}
            maxLength={5_000}
            disabled={busy}
          />
        </div>
      </div>
      <ErrorAlert error={error} />
      <DialogActions submitLabel={t('followUp.actions.submit')} busy={busy} onCancel={onCancel} />
    </form>
  );
}
