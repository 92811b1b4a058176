import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, CasefileApi, Result } from '../../shared/contract/index.js';
import { CHECKLIST_FIRST } from '../../shared/contract/principles.js';
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

/** Findings read at a time past the first of a severity. */
const CHECKLIST_PAGE = CHECKLIST_FIRST * 4;

interface Checklist {
  asOf: string;
  /** The case's version the findings were read from: a later page of another version is of other findings. */
  caseVersion: number;
  counts: Record<Severity, number>;
  findings: Finding[];
  names: TargetNames;
}

/** The findings read past the first of a severity (Show more), with the codes they name, for one check. */
interface ReadOn {
  of: Checklist;
  findings: Finding[];
  names: TargetNames;
}

/**
 * The codes of the people and interviews `findings` name, read for those alone (in batches); without
 * them a finding still shows, with the kind of record.
 */
async function targetNames(api: CasefileApi, caseId: string, findings: readonly Finding[]): Promise<TargetNames> {
  const targets = (kind: TargetKind) => findings.flatMap((f) => (f.target?.kind === kind ? [f.target.id] : []));
  const [people, interviews] = await Promise.all([
    readPeopleCodes(api, caseId, targets('person')),
    readCodesInBatches(targets('interview'), (interviewIds) => api.interviews.codes({ caseId, interviewIds })),
  ]);
  return {
    people: new Map(people.ok ? Object.entries(people.value) : []),
    interviews: new Map(interviews.ok ? Object.entries(interviews.value) : []),
  };
}

const mergedNames = (a: TargetNames, b: TargetNames): TargetNames => ({
  people: new Map([...a.people, ...b.people]),
  interviews: new Map([...a.interviews, ...b.interviews]),
});

/**
 * The case against principles R1–R15 and R5b: every finding with its fix, blocking ones first, the first
 * of each severity at once and the rest on request (a large case has thousands). A clear state says so
 * plainly, since "nothing shown" must never be mistaken for "not checked".
 */
export function ChecklistTab({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const instantText = useInstantText();
  const api = useApi();
  const headingId = useId();

  const load = useCallback(async (): Promise<Result<Checklist>> => {
    const checked = await api.principles.checklist({ caseId });
    if (!checked.ok) return checked;
    const { asOf, caseVersion, counts, findings } = checked.value;
    return {
      ok: true,
      value: { asOf, caseVersion, counts, findings, names: await targetNames(api, caseId, findings) },
    };
  }, [api, caseId]);
  const { state, reload } = useLoaded(load);
  const checklist = state.status === 'ready' ? state.value : null;
  // Read on from the check shown: another check starts again from its first findings.
  const [readOn, setReadOn] = useState<ReadOn | null>(null);
  const [moreFailed, setMoreFailed] = useState<{ of: Checklist; error: ApiError } | null>(null);
  const [reading, setReading] = useState<Severity | null>(null);
  // Set when a page read on was of a case changed since the first page: the checklist started over.
  const [refreshed, setRefreshed] = useState(false);
  const more = readOn !== null && readOn.of === checklist ? readOn : null;
  const findings = checklist ? [...checklist.findings, ...(more?.findings ?? [])] : [];
  const names = checklist ? (more ? mergedNames(checklist.names, more.names) : checklist.names) : null;
  const total = checklist ? SEVERITIES.reduce((sum, severity) => sum + checklist.counts[severity], 0) : 0;

  const bySeverity = (severity: Severity) => findings.filter((f) => f.severity === severity);

  async function showMore(of: Checklist, severity: Severity, offset: number) {
    setReading(severity);
    const page = await api.principles.checklist({ caseId, severity, offset, limit: CHECKLIST_PAGE });
    if (!page.ok) {
      setMoreFailed({ of, error: page.error });
      setReading(null);
      return;
    }
    // The case, or the findings the time changes (an exam window closing), changed since those shown
    // were read: read on, some would be repeated or skipped.
    const changed =
      page.value.caseVersion !== of.caseVersion ||
      SEVERITIES.some((each) => page.value.counts[each] !== of.counts[each]);
    if (changed) {
      setRefreshed(true);
      await reload();
      setReading(null);
      return;
    }
    const pageNames = await targetNames(api, caseId, page.value.findings);
    setReadOn((current) => {
      const base = current !== null && current.of === of ? current : { of, findings: [], names: of.names };
      return {
        of,
        findings: [...base.findings, ...page.value.findings],
        names: mergedNames(base.names, pageNames),
      };
    });
    setMoreFailed(null);
    setRefreshed(false);
    setReading(null);
  }

  function recheck() {
    setRefreshed(false);
    void reload();
  }

  return (
    <section className="checklist" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>{t('caseFile.checklist.heading')}</h2>
        <button type="button" className="button button-secondary button-small" onClick={recheck}>
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
      {refreshed && (
        <p className="alert alert-info" role="status">
          {t('caseFile.checklist.refreshed')}
        </p>
      )}
      {moreFailed !== null && moreFailed.of === checklist && <ErrorAlert error={moreFailed.error} />}
      {checklist && names && (
        <>
          <p className="checklist-summary" role="status">
            {total === 0
              ? t('caseFile.checklist.allClearSummary')
              : SEVERITIES.map((severity) =>
                  t(`caseFile.checklist.counts.${severity}`, { n: checklist.counts[severity] }),
                ).join(' · ')}
            <span className="muted">
              {' — '}
              {t('caseFile.checklist.asOf', { when: instantText(checklist.asOf) })}
            </span>
          </p>
          {total === 0 && (
            <div className="all-clear">
              <h3>{t('caseFile.checklist.allClearHeading')}</h3>
              <p>{t('caseFile.checklist.allClearBody')}</p>
            </div>
          )}
          {SEVERITIES.map((severity) => {
            const shown = bySeverity(severity);
            if (shown.length === 0) return null;
            const notShown = checklist.counts[severity] - shown.length;
            return (
              <section
                key={severity}
                className={`finding-group finding-group-${severity}`}
                aria-label={t(`caseFile.checklist.groups.${severity}`)}
              >
                <h3>
                  {t(`caseFile.checklist.groups.${severity}`)}{' '}
                  <span className={`count-pill count-pill-${severity}`}>{checklist.counts[severity]}</span>
                </h3>
                <p className="muted finding-group-intro">{t(`caseFile.checklist.groupIntro.${severity}`)}</p>
                <ul className="findings">
                  {shown.map((finding, index) => {
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
                            <span className="finding-target">{findingTargetLabel(t, finding, names)}</span>
                          )}
                        </p>
                        <p className="finding-message">{message}</p>
                        <p className="finding-fix">
                          <strong>{t('caseFile.checklist.fix')}</strong> {fix}
                        </p>
                        <FindingFixButton finding={finding} names={names} />
                      </li>
                    );
                  })}
                </ul>
                {notShown > 0 && (
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={reading !== null}
                    aria-busy={reading === severity || undefined}
                    onClick={() => void showMore(checklist, severity, shown.length)}
                  >
                    {t('caseFile.checklist.showMore', { count: notShown })}
                  </button>
                )}
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
