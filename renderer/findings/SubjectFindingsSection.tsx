import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../shared/contract/people.js';
import { INVESTIGATING_ENTITIES, type InvestigatingEntity } from '../../shared/domain/case.js';
import {
  FINDING_OUTCOMES,
  WithoutInvestigationGround,
  type FindingOutcome,
  type SubjectFinding,
} from '../../shared/domain/finding.js';
import { useApi } from '../api/context.js';
import { ConfidentialityBadge } from '../components/ConfidentialityBadge.js';
import { DateField } from '../components/DateField.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { optionsOf, SelectField } from '../components/SelectField.js';
import { TextField } from '../components/TextField.js';
import { useLoaded } from '../components/use-loaded.js';
import { useCaseNavigation } from '../case/case-navigation.js';
import { formatCalendarDay } from '../people/local-time.js';
import { DialogActions } from '../components/DialogActions.js';
import { useSubmit } from '../components/use-submit.js';
import { RecordTable } from '../components/RecordTable.js';

type Problem = 'decidedOn' | 'reportReference' | 'closureGround' | 'closureReason' | 'correctionReason';

/**
 * A subject's finding (A/72/751 ¶62: each subject's own outcome) and every earlier version of it:
 * a correction is recorded with its reason, never written over. Once every subject has a finding,
 * the case's closed status follows from them (the core records it).
 */
export function SubjectFindingsSection({ person, onRecorded }: { person: PersonSummary; onRecorded?: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const navigation = useCaseNavigation();
  const headingId = useId();
  const [recording, setRecording] = useState(false);
  const [saved, setSaved] = useState(false);
  const load = useCallback(async () => {
    const result = await api.findings.list({ caseId: person.caseId, personId: person.id });
    return result.ok ? { ok: true as const, value: result.value.items } : result;
  }, [api, person.caseId, person.id]);
  const { state, reload } = useLoaded(load);
  const versions = state.status === 'ready' ? state.value : [];
  const current = versions[versions.length - 1];
  const defaultEntity: InvestigatingEntity =
    (person.profile.role === 'subject' ? person.profile.investigatingEntity : undefined) ?? 'oios';

  return (
    <section className="panel findings-panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h3 id={headingId}>{t('findings.heading')}</h3>
        <ConfidentialityBadge level="confidential" short />
        {!recording && state.status === 'ready' && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setSaved(false);
              setRecording(true);
            }}
          >
            {current ? t('findings.correct') : t('findings.record')}
          </button>
        )}
      </div>
      <p className="muted">{t('findings.explained')}</p>
      {saved && (
        <p className="alert alert-success" role="status">
          {t('findings.saved', { code: person.code })}
        </p>
      )}
      {recording && (
        <RecordFindingForm
          person={person}
          current={current}
          defaultEntity={defaultEntity}
          onCancel={() => setRecording(false)}
          onRecorded={() => {
            setRecording(false);
            setSaved(true);
            void reload();
            onRecorded?.();
            // The last subject's finding closes the case: its status follows (issue 10, item 2).
            navigation?.caseChanged();
          }}
        />
      )}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {state.status === 'ready' && (
        <RecordTable
          items={[...versions].reverse()}
          empty={t('findings.empty', { code: person.code })}
          caption={t('findings.caption', { code: person.code })}
          className="findings-list"
          columns={[
            t('findings.columns.outcome'),
            t('findings.columns.decided'),
            t('findings.columns.report'),
            t('findings.columns.why'),
          ]}
          row={(finding) => (
            <FindingRow key={finding.id} finding={finding} inForce={finding === current} language={i18n.language} />
          )}
        />
      )}
    </section>
  );
}

function FindingRow({ finding, inForce, language }: { finding: SubjectFinding; inForce: boolean; language: string }) {
  const { t } = useTranslation();
  return (
    <tr className={inForce ? undefined : 'row-superseded'}>
      <td>
        {t(`labels.findingOutcome.${finding.outcome}`)}
        <span className="cell-sub">{inForce ? t('findings.inForce') : t('findings.superseded')}</span>
      </td>
      <td>
        {formatCalendarDay(finding.decidedOn, language)}
        <span className="cell-sub">{t(`labels.investigatingEntity.${finding.decidingEntity}`)}</span>
      </td>
      <td className="mono">{finding.reportReference ?? ''}</td>
      <td className="cell-note">
        {finding.closureGround !== undefined && (
          <span className="cell-sub">{t(`labels.closureGround.${finding.closureGround}`)}</span>
        )}
        {finding.closureReason ?? ''}
        {finding.correctionReason !== undefined && (
          <span className="cell-sub">{t('findings.correctedBecause', { reason: finding.correctionReason })}</span>
        )}
      </td>
    </tr>
  );
}

function RecordFindingForm({
  person,
  current,
  defaultEntity,
  onCancel,
  onRecorded,
}: {
  person: PersonSummary;
  current: SubjectFinding | undefined;
  defaultEntity: InvestigatingEntity;
  onCancel: () => void;
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [outcome, setOutcome] = useState<FindingOutcome>(current?.outcome ?? 'substantiated');
  const [entity, setEntity] = useState<InvestigatingEntity>(current?.decidingEntity ?? defaultEntity);
  const [decidedOn, setDecidedOn] = useState(current?.decidedOn ?? '');
  const [report, setReport] = useState(current?.reportReference ?? '');
  const [ground, setGround] = useState<WithoutInvestigationGround | ''>(current?.closureGround ?? '');
  const [reason, setReason] = useState(current?.closureReason ?? '');
  const [correction, setCorrection] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const { busy, error, send } = useSubmit();
  const problem = (key: Problem) => (problems.includes(key) ? t(`findings.invalid.${key}`) : undefined);
  const closed = outcome === 'closed_without_investigation';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const found: Problem[] = [];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(decidedOn)) found.push('decidedOn');
    if (!closed && report.trim() === '') found.push('reportReference');
    if (closed && ground === '') found.push('closureGround');
    if (closed && reason.trim() === '') found.push('closureReason');
    if (current && correction.trim() === '') found.push('correctionReason');
    setProblems(found);
    if (found.length > 0) return;
    await send(
      () =>
        api.findings.record({
          personId: person.id,
          outcome,
          decidingEntity: entity,
          decidedOn,
          ...(closed
            ? { ...(ground === '' ? {} : { closureGround: ground }), closureReason: reason.trim() }
            : { reportReference: report.trim() }),
          ...(current ? { correctionReason: correction.trim() } : {}),
        }),
      onRecorded,
    );
  }

  return (
    <form
      className="form finding-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={
        current ? t('findings.correctLabel', { code: person.code }) : t('findings.formLabel', { code: person.code })
      }
    >
      <ErrorSummary />
      <div className="form-grid">
        <SelectField
          label={t('findings.outcome')}
          value={outcome}
          options={optionsOf(FINDING_OUTCOMES, (value) => t(`labels.findingOutcome.${value}`))}
          onChange={(value) => value !== '' && setOutcome(value)}
          disabled={busy}
        />
        <SelectField
          label={t('findings.decidedBy')}
          value={entity}
          options={optionsOf(INVESTIGATING_ENTITIES, (value) => t(`labels.investigatingEntity.${value}`))}
          onChange={(value) => value !== '' && setEntity(value)}
          disabled={busy}
        />
        <DateField
          label={t('findings.decidedOn')}
          value={decidedOn}
          onChange={setDecidedOn}
          error={problem('decidedOn')}
          required
          disabled={busy}
        />
        {closed ? (
          <SelectField
            label={t('findings.ground')}
            value={ground}
            emptyLabel={t('findings.choose')}
            options={optionsOf(WithoutInvestigationGround.options, (value) => t(`labels.closureGround.${value}`))}
            onChange={setGround}
            error={problem('closureGround')}
            required
            disabled={busy}
          />
        ) : (
          <TextField
            label={t('findings.report')}
            value={report}
            onChange={setReport}
            hint={t('findings.reportHint')}
            error={problem('reportReference')}
            required
            maxLength={200}
            disabled={busy}
          />
        )}
        {closed && (
          <div className="form-grid-wide">
            <TextField
              label={t('findings.reason')}
              value={reason}
              onChange={setReason}
              error={problem('closureReason')}
              required
              rows={2}
              maxLength={5_000}
              disabled={busy}
            />
          </div>
        )}
        {current && (
          <div className="form-grid-wide">
            <TextField
              label={t('findings.correctionReason')}
              value={correction}
              onChange={setCorrection}
              hint={t('findings.correctionHint')}
              error={problem('correctionReason')}
              required
              rows={2}
              maxLength={5_000}
              disabled={busy}
            />
          </div>
        )}
      </div>
      <ErrorAlert error={error} />
      <DialogActions
        submitLabel={current ? t('findings.submitCorrection') : t('findings.submit')}
        busy={busy}
        onCancel={onCancel}
      />
    </form>
  );
}
