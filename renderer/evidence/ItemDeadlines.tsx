import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceType } from '../../shared/domain/evidence.js';
import { useApi } from '../api/context.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useLoaded } from '../components/use-loaded.js';
import { deadlinesOfItem } from './deadline-relevance.js';
import { DeadlineCountdowns } from './DeadlineCountdowns.js';
import { DeadlineOutcomes } from '../deadlines/DeadlineOutcomes.js';
import { explanationLocale } from '../deadlines/deadline-display.js';

/**
 * The clocks running for an item, live; `version` changes when the item did (its deadlines may
 * have moved). Once the case is closed its clocks have stopped: each deadline is told as what
 * became of it, not as a countdown.
 */
export function ItemDeadlines({
  caseId,
  item,
  version,
  caseClosedAt = null,
}: {
  caseId: string;
  item: { id: string; type: EvidenceType };
  version: string;
  /** When the case was closed; null while it is open. */
  caseClosedAt?: string | null;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const locale = explanationLocale(i18n.language);
  const { id, type } = item;
  const load = useCallback(async () => {
    const result = await api.deadlines.list({ caseId, locale, includeClosed: caseClosedAt !== null });
    return result.ok ? { ok: true as const, value: deadlinesOfItem(result.value.items, { id, type }) } : result;
  }, [api, caseId, id, type, locale, caseClosedAt]);
  // A new `version` (the item was saved) asks again: its type, markers or times may have moved a clock.
  const { state } = useLoaded(load, version);
  return (
    <section className="panel evidence-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('evidence.deadlines.heading')}</h3>
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {state.status === 'ready' && state.value.length === 0 && <p className="muted">{t('evidence.deadlines.none')}</p>}
      {state.status === 'ready' && state.value.length > 0 && caseClosedAt === null && (
        <DeadlineCountdowns deadlines={state.value} />
      )}
      {state.status === 'ready' && state.value.length > 0 && caseClosedAt !== null && (
        <DeadlineOutcomes deadlines={state.value} caseClosedAt={caseClosedAt} />
      )}
    </section>
  );
}
