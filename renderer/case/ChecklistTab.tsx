import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../shared/contract/index.js';
import { SEVERITIES, type Finding, type Severity, type TargetKind } from '../../shared/principles/finding.js';
import { readCodesInBatches } from '../api/codes-in-batches.js';
import { useApi } from '../api/context.js';
import { findingTexts } from '../api/errors.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useInstantText } from '../components/mission-time.js';
import { RuleTag } from '../components/RuleTag.js';
import { useLoaded } from '../components/use-loaded.js';
import { readPeopleCodes } from '../people/use-case-people.js';
import { findingTargetLabel, type TargetNames } from './finding-target.js';
import { FindingFixButton } from './FindingFixButton.js';
import { ruleSource as sourceOf } from './finding-target.js';

interface Checklist {
  asOf: string;
  findings: Finding[];
  names: TargetNames;
}

/**
 * The case against principles R1–R15 and R5b: every finding with its fix, blocking ones first. A clear
 * state says so plainly, since "nothing shown" must never be mistaken for "not checked".
 */
export function ChecklistTab({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const instantText = useInstantText();
  const api = useApi();
  const headingId = useId();

  const load = useCallback(async (): Promise<Result<Checklist>> => {
    const checked = await api.principles.check({ caseId });
    if (!checked.ok) return checked;
    // Codes make targets readable (only those of the people and interviews the findings name are read);
    // without them the finding still shows, with the kind of record.
    const targets = (kind: TargetKind) =>
      checked.value.findings.flatMap((f) => (f.target?.kind === kind ? [f.target.id] : []));
    const [people, interviews] = await Promise.all([
      readPeopleCodes(api, caseId, targets('person')),
      readCodesInBatches(targets('interview'), (interviewIds) => api.interviews.codes({ caseId, interviewIds })),
    ]);
    const names: TargetNames = {
      people: new Map(people.ok ? Object.entries(people.value) : []),
      interviews: new Map(interviews.ok ? Object.entries(interviews.value) : []),
    };
    return { ok: true, value: { asOf: checked.value.asOf, findings: checked.value.findings, names } };
  }, [api, caseId]);
  const { state, reload } = useLoaded(load);

  const bySeverity = (severity: Severity) =>
    state.status === 'ready' ? state.value.findings.filter((f) => f.severity === severity) : [];

  return (
    <section className="checklist" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>{t('caseFile.checklist.heading')}</h2>
        <button type="button" className="button button-secondary button-small" onClick={() => void reload()}>
          {t('caseFile.checklist.recheck')}
        </button>
      </div>
      <p className="muted">{t('caseFile.checklist.intro')}</p>
      {state.status === 'loading' && (
        <p className="muted" role="status">
          {t('caseFile.checklist.loading')}
        </p>
      )}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {state.status === 'ready' && (
        <>
          <p className="checklist-summary" role="status">
            {state.value.findings.length === 0
              ? t('caseFile.checklist.allClearSummary')
              : SEVERITIES.map((severity) =>
                  t(`caseFile.checklist.counts.${severity}`, { n: bySeverity(severity).length }),
                ).join(' · ')}
            <span className="muted">
              {' — '}
              {t('caseFile.checklist.asOf', { when: instantText(state.value.asOf) })}
            </span>
          </p>
          {state.value.findings.length === 0 && (
            <div className="all-clear">
              <h3>{t('caseFile.checklist.allClearHeading')}</h3>
              <p>{t('caseFile.checklist.allClearBody')}</p>
            </div>
          )}
          {SEVERITIES.map((severity) => {
            const findings = bySeverity(severity);
            if (findings.length === 0) return null;
            return (
              <section
                key={severity}
                className={`finding-group finding-group-${severity}`}
                aria-label={t(`caseFile.checklist.groups.${severity}`)}
              >
                <h3>
                  {t(`caseFile.checklist.groups.${severity}`)}{' '}
                  <span className={`count-pill count-pill-${severity}`}>{findings.length}</span>
                </h3>
                <p className="muted finding-group-intro">{t(`caseFile.checklist.groupIntro.${severity}`)}</p>
                <ul className="findings">
                  {findings.map((finding, index) => {
                    const { message, fix } = findingTexts(t, finding);
                    return (
                      <li
                        key={`${finding.code}-${finding.target?.id ?? ''}-${index}`}
                        className={`finding finding-${severity}`}
                      >
                        <p className="finding-head">
                          <RuleTag rule={finding.rule} />
                          <span className="finding-rule">{t(`caseFile.rules.${finding.rule}`)}</span>
                          <span className="finding-source muted">
                            {t('caseFile.checklist.source', { source: sourceOf(finding.rule) })}
                          </span>
                          {finding.target && (
                            <span className="finding-target">{findingTargetLabel(t, finding, state.value.names)}</span>
                          )}
                        </p>
                        <p className="finding-message">{message}</p>
                        <p className="finding-fix">
                          <strong>{t('caseFile.checklist.fix')}</strong> {fix}
                        </p>
                        <FindingFixButton finding={finding} names={state.value.names} />
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
