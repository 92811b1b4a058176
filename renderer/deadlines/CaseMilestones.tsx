import '../styles/deadlines-timeline.css';
import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../shared/contract/cases.js';
import {
  CASE_MILESTONES,
  type CaseClockFacts,
  type CaseMilestone,
  type DeadlineItem,
} from '../../shared/contract/deadlines.js';
import type { ApiError } from '../../shared/contract/index.js';
import { useApi } from '../api/context.js';
import { CheckboxField } from '../components/CheckboxField.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { displayLocale } from '../components/format-dates.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { DateField } from '../components/DateField.js';
import { TimeField } from '../components/TimeField.js';
import { useLoaded } from '../components/use-loaded.js';
import { CloseDeadlineDialog } from './CloseDeadlineDialog.js';
import { clockLabel, formatInZone } from './deadline-display.js';
import { announceDeadlineChange } from './deadline-refresh.js';
import { DeadlineOutcomes } from './DeadlineOutcomes.js';
import { caseClosedAt } from './deadline-outcome.js';
import { DeadlinesTable } from './DeadlinesTable.js';
import { instantFromWallFields, wallFieldsAt } from './mission-time.js';
import { missionTimeZoneOf, useClockConfiguration } from './use-clock-configuration.js';
import { useDeadlineList } from './use-deadline-list.js';
import { useNow } from './use-now.js';
import { useSubmit } from '../components/use-submit.js';

const FACT_FIELD: Record<CaseMilestone, keyof CaseClockFacts['milestones']> = {
  referred_for_investigation: 'referredForInvestigationAt',
  tcc_notified: 'tccNotifiedAt',
};

/**
 * The facts recorded after intake that start the case benchmarks (referral for investigation,
 * notification of the contributing country), the drug-facilitation condition that starts the
 * toxicology clocks, and every deadline of the case.
 */
export function CaseMilestones({ record }: { record: CaseRecord }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const listHeadingId = useId();
  const readOnly = record.archived !== null;
  const closedAt = caseClosedAt(record);
  const configuration = useClockConfiguration();
  const zone = missionTimeZoneOf(configuration);

  const loadFacts = useCallback(() => api.deadlines.caseFacts({ caseId: record.id }), [api, record.id]);
  const { state: factsState } = useLoaded(loadFacts);
  const [changedFacts, setChangedFacts] = useState<CaseClockFacts | null>(null);
  const facts = changedFacts ?? (factsState.status === 'ready' ? factsState.value : null);
  const [conditionError, setConditionError] = useState<ApiError | null>(null);
  // The box shows the user's choice at once; it falls back to the recorded value if the core refuses.
  const [pendingCondition, setPendingCondition] = useState<boolean | null>(null);

  const { state: deadlines } = useDeadlineList({ caseId: record.id, includeClosed: true }, record.updatedAt);
  const now = useNow(1_000);
  const [closing, setClosing] = useState<DeadlineItem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const factsChanged = (next: CaseClockFacts, message: string) => {
    setChangedFacts(next);
    setNotice(message);
    announceDeadlineChange();
  };

  async function setDrugFacilitation(holds: boolean) {
    setPendingCondition(holds);
    setConditionError(null);
    const result = await api.deadlines.setCondition({
      caseId: record.id,
      condition: 'drug_facilitation_suspected',
      holds,
    });
    if (result.ok)
      factsChanged(
        result.value,
        holds ? t('deadlines.milestones.conditionOn') : t('deadlines.milestones.conditionOff'),
      );
    else setConditionError(result.error);
    setPendingCondition(null);
  }

  return (
    <section className="panel case-milestones" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('deadlines.milestones.heading')}</h2>
      <p className="muted">
        {zone ? t('deadlines.milestones.intro', { zone }) : t('deadlines.milestones.introNoZone')}
      </p>
      <div className="feedback-slot" role="status">
        {notice && <p className="alert alert-success">{notice}</p>}
      </div>
      {factsState.status === 'failed' && <ErrorAlert error={factsState.error} />}
      {facts && zone && (
        <>
          <dl className="milestones">
            {CASE_MILESTONES.map((milestone) => (
              <MilestoneRow
                key={milestone}
                caseId={record.id}
                milestone={milestone}
                at={facts.milestones[FACT_FIELD[milestone]]}
                zone={zone}
                readOnly={readOnly}
                onRecorded={(next) =>
                  factsChanged(
                    next,
                    t('deadlines.milestones.recorded', { milestone: t(`labels.caseMilestone.${milestone}`) }),
                  )
                }
              />
            ))}
          </dl>
          <CheckboxField
            label={t('deadlines.milestones.drugFacilitation')}
            hint={t('deadlines.milestones.drugFacilitationHint')}
            checked={pendingCondition ?? facts.conditions.includes('drug_facilitation_suspected')}
            onChange={(holds) => void setDrugFacilitation(holds)}
            disabled={readOnly || pendingCondition !== null}
          />
          <ErrorAlert error={conditionError} />
        </>
      )}

      <h3 id={listHeadingId} className="case-deadlines-heading">
        {t('deadlines.milestones.deadlinesHeading')}
      </h3>
      {deadlines.status === 'failed' && <ErrorAlert error={deadlines.error} />}
      {deadlines.status === 'ready' && deadlines.value.length === 0 && (
        <p className="muted">{t('deadlines.milestones.noDeadlines')}</p>
      )}
      {/* A closed case's clocks have stopped: each deadline is told by what became of it, not counted down. */}
      {deadlines.status === 'ready' && deadlines.value.length > 0 && closedAt !== null && (
        <DeadlineOutcomes deadlines={deadlines.value} caseClosedAt={closedAt} />
      )}
      {deadlines.status === 'ready' && deadlines.value.length > 0 && closedAt === null && (
        <DeadlinesTable
          items={deadlines.value}
          now={now}
          caption={t('deadlines.milestones.caption', { reference: record.reference })}
          showCase={false}
          onClose={setClosing}
          readOnly={readOnly}
        />
      )}
      {closing && (
        <CloseDeadlineDialog
          item={closing}
          onClose={() => setClosing(null)}
          onClosed={(closed) => {
            setClosing(null);
            setNotice(
              t('deadlines.closedNotice', {
                deadline: clockLabel(i18n.language, closed.clockId, closed.clockName),
                reference: closed.caseReference,
              }),
            );
            announceDeadlineChange();
          }}
        />
      )}
    </section>
  );
}

/** One milestone: when it was recorded (mission clock), and a small form to record or correct it. */
function MilestoneRow({
  caseId,
  milestone,
  at,
  zone,
  readOnly,
  onRecorded,
}: {
  caseId: string;
  milestone: CaseMilestone;
  at: string | null;
  zone: string;
  readOnly: boolean;
  onRecorded: (facts: CaseClockFacts) => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [editing, setEditing] = useState(false);
  const [fields, setFields] = useState(() => wallFieldsAt(at ? Date.parse(at) : Date.now(), zone));
  const [problem, setProblem] = useState<string | undefined>();
  const { busy, error: refusal, send } = useSubmit();
  const name = t(`labels.caseMilestone.${milestone}`);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const instant = instantFromWallFields(fields.date, fields.time, zone);
    if (instant === null) return setProblem(t('deadlines.closeDialog.whenInvalid'));
    if (Date.parse(instant) > Date.now()) return setProblem(t('deadlines.milestones.future'));
    setProblem(undefined);
    await send(
      () => api.deadlines.recordMilestone({ caseId, milestone, at: instant }),
      (value) => {
        setEditing(false);
        onRecorded(value);
      },
    );
  }

  return (
    <div className="milestone">
      <dt>{name}</dt>
      <dd>
        {at ? (
          <time dateTime={at}>{formatInZone(displayLocale(i18n.language), at, zone)}</time>
        ) : (
          <span className="muted">{t('deadlines.milestones.notRecorded')}</span>
        )}
        {!editing && !readOnly && (
          <button
            type="button"
            className="button button-secondary button-small"
            aria-label={
              at
                ? t('deadlines.milestones.correctLabel', { milestone: name })
                : t('deadlines.milestones.recordLabel', { milestone: name })
            }
            onClick={() => {
              setFields(wallFieldsAt(at ? Date.parse(at) : Date.now(), zone));
              setEditing(true);
            }}
          >
            {at ? t('deadlines.milestones.correct') : t('deadlines.milestones.record')}
          </button>
        )}
        {editing && (
          <form className="milestone-form" onSubmit={(event) => void submit(event)} noValidate aria-label={name}>
            <ErrorSummary />
            <div className="field-row">
              <DateField
                label={t('deadlines.closeDialog.date')}
                value={fields.date}
                onChange={(date) => setFields((current) => ({ ...current, date }))}
                error={problem}
                required
                disabled={busy}
              />
              <TimeField
                label={t('deadlines.closeDialog.time')}
                value={fields.time}
                onChange={(time) => setFields((current) => ({ ...current, time }))}
                required
                disabled={busy}
              />
              <div className="field-row-actions">
                <button
                  type="submit"
                  className="button button-primary button-small"
                  disabled={busy}
                  aria-busy={busy || undefined}
                >
                  {t('deadlines.milestones.save')}
                </button>{' '}
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => setEditing(false)}
                  disabled={busy}
                >
                  {t('common.cancel')}
                </button>
              </div>
            </div>
            <ErrorAlert error={refusal} />
          </form>
        )}
      </dd>
    </div>
  );
}
