import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/index.js';
import type { SearchHit } from '../../shared/contract/search.js';
import { useApi } from '../api/context.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useFocusOnArrival } from '../components/focus-on-arrival.js';
import { groupHitsByCase } from './group-hits.js';
import { snippetParts } from './snippet.js';

type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; q: string }
  | { status: 'done'; q: string; hits: SearchHit[] }
  | { status: 'failed'; error: ApiError };

/** Full-text search across every case (accents ignored); a result opens its case. */
export function SearchPage({ onOpenCase }: { onOpenCase: (caseId: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const inputId = useId();
  const introId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [q, setQ] = useState('');
  const [state, setState] = useState<SearchState>({ status: 'idle' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const query = q.trim();
    if (query === '') return;
    setState({ status: 'searching', q: query });
    const result = await api.search.query({ q: query, limit: 100 });
    setState(
      result.ok ? { status: 'done', q: query, hits: result.value.items } : { status: 'failed', error: result.error },
    );
  }

  // Choosing Search in the navigation is asking to type: the box takes focus, and says what the intro and
  // hint say (what is searched, what never is), which a screen reader would otherwise skip on the way in.
  useFocusOnArrival(inputRef);

  const groups = state.status === 'done' ? groupHitsByCase(state.hits) : [];

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
      <form className="search-form" role="search" onSubmit={(event) => void submit(event)}>
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
        <button
          type="submit"
          className="button button-primary"
          disabled={q.trim() === '' || state.status === 'searching'}
        >
          {t('caseFile.search.submit')}
        </button>
      </form>
      <p className="field-hint" id={hintId}>
        {t('caseFile.search.hint')}
      </p>

      <div className="search-results" aria-live="polite">
        {state.status === 'searching' && <p className="muted">{t('caseFile.search.searching')}</p>}
        {state.status === 'failed' && <ErrorAlert error={state.error} />}
        {state.status === 'done' && (
          <p className="list-count">
            {state.hits.length === 0
              ? t('caseFile.search.noResults')
              : t('caseFile.search.count', { n: state.hits.length, cases: groups.length })}
          </p>
        )}
      </div>
      {groups.map((group) => (
        <section key={group.caseId} className="search-group" aria-label={group.caseReference}>
          <h2 className="search-group-heading">
            <button type="button" className="button-row-link" onClick={() => onOpenCase(group.caseId)}>
              <span className="mono">{group.caseReference}</span> {group.caseTitle ?? ''}
            </button>
          </h2>
          <ul className="search-hits">
            {group.hits.map((hit) => (
              <li key={`${hit.kind}-${hit.recordId}`} className="search-hit">
                <button type="button" className="search-hit-button" onClick={() => onOpenCase(hit.caseId)}>
                  <span className="search-hit-kind">{t(`caseFile.search.kinds.${hit.kind}`)}</span>
                  {/* A case hit's label is the case title, already in the group heading. */}
                  {hit.kind !== 'case' && <span className="search-hit-label">{hit.label}</span>}
                  <span className="search-snippet">
                    {snippetParts(hit.snippet).map((part, index) =>
                      part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
                    )}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
