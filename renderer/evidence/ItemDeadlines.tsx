import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceType } from '../../shared/domain/evidence.js';
import { useApi } from '../api/context.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useLoaded } from '../components/use-loaded.js';
import { deadlinesOfItem } from './deadline-relevance.js';
import { DeadlineCountdowns } from './DeadlineCountdowns.js';
import { explanationLocale } from '../deadlines/deadline-display.js';

/** The clocks running for an item, live; `version` changes when the item did (its deadlines may have moved). */
export function ItemDeadlines({ caseId, item, version }: { caseId: string; item: { id: string; type: EvidenceType }; version: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const locale = explanationLocale(i18n.language);
  const { id, type } = item;
  const load = useCallback(
    async () => {
      const result = await api.deadlines.list({ caseId, locale });
      return result.ok ? { ok: true as const, value: deadlinesOfItem(result.value.items, { id, type }) } : result;
    },
    // A new `version` (the item was saved) asks again: its type, markers or times may have moved a clock.
    [api, caseId, id, type, locale, version],
  );
  const { state } = useLoaded(load);
  return (
    <section className="panel evidence-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('evidence.deadlines.heading')}</h3>
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {state.status === 'ready' && state.value.length === 0 && <p className="muted">{t('evidence.deadlines.none')}</p>}
      {state.status === 'ready' && state.value.length > 0 && <DeadlineCountdowns deadlines={state.value} />}
    </section>
  );
}
