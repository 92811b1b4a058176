import { useCallback, useEffect, useRef } from 'react';
import type { TimelineEntry } from '../../shared/contract/timeline.js';
import { useApi } from '../api/context.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { usePagedList } from '../components/use-paged-list.js';
import type { explanationLocale } from '../deadlines/deadline-display.js';
import { TimelineTable } from './TimelineTable.js';

/**
 * One part of the chronology (dated events in order, or undated ones) as a table read a page at a
 * time from the core (timeline.page) as it is scrolled; read again as far as it was when `version`
 * changes (an event added, corrected or removed).
 */
export function ChronologyTable({
  caseId,
  locale,
  part,
  version,
  caption,
  readOnly,
  selectedId,
  onSelect,
  onEdit,
  onRemove,
}: {
  caseId: string;
  locale: ReturnType<typeof explanationLocale>;
  part: 'dated' | 'undated';
  version: number;
  caption: string;
  readOnly: boolean;
  selectedId: string | null;
  onSelect: (entry: TimelineEntry) => void;
  onEdit: (entry: TimelineEntry) => void;
  onRemove: (entry: TimelineEntry) => void;
}) {
  const api = useApi();
  const fetchPage = useCallback(
    (after: string | undefined, limit: number) =>
      api.timeline.page({ caseId, locale, part, limit, ...(after ? { after } : {}) }),
    [api, caseId, locale, part],
  );
  const { state, reload, loadMore } = usePagedList(fetchPage);
  const shown = useRef(version);
  useEffect(() => {
    if (shown.current === version) return;
    shown.current = version;
    reload();
  }, [version, reload]);

  if (state.status === 'loading') return null;
  if (state.status === 'failed') return <ErrorAlert error={state.error} />;
  const { rows, counts } = state.loaded;
  return (
    <>
      <TimelineTable
        part={part}
        rows={rows}
        matching={counts?.matching ?? rows.length}
        caption={caption}
        readOnly={readOnly}
        selectedId={selectedId}
        onSelect={onSelect}
        onNearEnd={loadMore}
        onEdit={onEdit}
        onRemove={onRemove}
      />
      {state.error && <ErrorAlert error={state.error} />}
    </>
  );
}
