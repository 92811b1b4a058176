import { useCallback, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, Result } from '../../shared/contract/index.js';
import type { SearchHit, SearchPage as HitsPage } from '../../shared/contract/search.js';
import { useApi } from '../api/context.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useFocusOnArrival } from '../components/focus-on-arrival.js';
import { usePagedList } from '../components/use-paged-list.js';
import { SearchResultsTable } from './SearchResultsTable.js';

/** A search asked for: its words, and which asking it is (the same words asked again are read again). */
interface Asked {
  q: string;
  seq: number;
}

/** Full-text search across every case (accents ignored), best hits first, a page at a time; a hit opens its case. */
export function SearchPage({ onOpenCase }: { onOpenCase: (caseId: string) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const inputId = useId();
  const introId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [q, setQ] = useState('');
  const [asked, setAsked] = useState<Asked | null>(null);
  const results = useSearchResults(asked);

  function submit(event: FormEvent) {
    event.preventDefault();
    const query = q.trim();
    if (query === '') return;
    setAsked((before) => ({ q: query, seq: (before?.seq ?? 0) + 1 }));
  }

  // Choosing Search in the navigation is asking to type: the box takes focus, and says what the intro and
  // hint say (what is searched, what never is), which a screen reader would otherwise skip on the way in.
  useFocusOnArrival(inputRef);

  return (
    <section className="page page-wide" aria-labelledby={headingId}>
      <header className="page-header">
        <div>
          <h1 id={headingId}>{t('caseFile.search.heading')}</h1>
          <p className="page-intro" id={introId}>
            {t('caseFile.search.intro')}
          </p>
        </div>
      </header>
      <form className="search-form" role="search" onSubmit={submit}>
        <label className="visually-hidden" htmlFor={inputId}>
          {t('caseFile.search.label')}
        </label>
        <input
          id={inputId}
          ref={inputRef}
          type="search"
          className="input search-input"
          value={q}
          maxLength={200}
          autoComplete="off"
          aria-describedby={`${introId} ${hintId}`}
          placeholder={t('caseFile.search.placeholder')}
          onChange={(event) => setQ(event.target.value)}
        />
        <button type="submit" className="button button-primary" disabled={q.trim() === '' || results.searching}>
          {t('caseFile.search.submit')}
        </button>
      </form>
      <p className="field-hint" id={hintId}>
        {t('caseFile.search.hint')}
      </p>

      <div className="search-results" aria-live="polite">
        {results.searching && <p className="muted">{t('caseFile.search.searching')}</p>}
        {results.failed && <ErrorAlert error={results.failed} />}
        {results.counts && (
          <p className="list-count">
            {results.counts.hits === 0
              ? t('caseFile.search.noResults')
              : t('caseFile.search.count', { n: results.counts.hits, cases: results.counts.cases })}
          </p>
        )}
      </div>
      {results.shown && results.counts && results.counts.hits > 0 && (
        <SearchResultsTable
          // Another search starts at its best hit.
          key={results.shown.seq}
          hits={results.shown.rows}
          matching={results.counts.hits}
          onOpenCase={onOpenCase}
          onNearEnd={results.loadMore}
        />
      )}
      <ErrorAlert error={results.failedMore} />
    </section>
  );
}

/**
 * The hits of one search as a paged list holds them (use-paged-list.ts): which search they answer
 * (`seq`), and why none could be read, when the first page failed.
 */
interface HitRows {
  rows: readonly SearchHit[];
  seq: number;
  counts?: HitsPage['counts'];
  next?: string | undefined;
  failure?: ApiError;
}

/**
 * The hits of the search `asked`, read a page at a time as they are scrolled (`loadMore`), with how
 * many there are and in how many cases (said by the first page). While a search is being read, the
 * hits (or the failure) of the one before are no longer shown.
 */
function useSearchResults(asked: Asked | null) {
  const api = useApi();
  const fetchPage = useCallback(
    async (after: string | undefined, limit: number): Promise<Result<HitRows>> => {
      if (asked === null) return { ok: true, value: { rows: [], seq: 0 } };
      const reply = await api.search.query({ q: asked.q, limit, ...(after === undefined ? {} : { after }) });
      // A first page that fails still answers this search, so its failure is not taken for the last one's.
      if (!reply.ok)
        return after === undefined ? { ok: true, value: { rows: [], seq: asked.seq, failure: reply.error } } : reply;
      const { items, counts, next } = reply.value;
      return {
        ok: true,
        value: { rows: items, seq: asked.seq, ...(counts ? { counts } : {}), ...(next === undefined ? {} : { next }) },
      };
    },
    [api, asked],
  );
  const { state, loadMore } = usePagedList(fetchPage);
  const seq = asked?.seq ?? 0;
  const shown = state.status === 'ready' && seq > 0 && state.loaded.seq === seq ? state.loaded : null;
  return {
    shown,
    counts: shown?.counts,
    searching: seq > 0 && shown === null,
    failed: shown?.failure ?? null,
    failedMore: state.status === 'ready' && shown ? (state.error ?? null) : null,
    loadMore,
  };
}
