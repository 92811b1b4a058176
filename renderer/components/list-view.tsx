import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { TextField } from './TextField.js';

/** What a paged list is narrowed to and in which order (shared/contract/paging.ts `pageRequest`). */
export interface ListView<Sort, Filters extends object> {
  sort: Sort;
  filters: Filters;
  search: string;
}

/** The filters with one set, or left out when `value` is empty (any). */
export function withFilter<Filters extends object, K extends keyof Filters>(
  filters: Filters,
  key: K,
  value: Filters[K] | '',
): Filters {
  const changed = { ...filters };
  if (value === '') delete changed[key];
  else changed[key] = value;
  return changed;
}

/** How long typing pauses before the list is searched: one query for a word, not one per letter. */
const SEARCH_DELAY_MS = 250;

/**
 * The search box above a paged list: typed freely, the list searched (`onSearch`) once typing
 * pauses, so the core is asked once for a word and not once per letter.
 */
export function ListSearchField({
  label,
  hint,
  search,
  onSearch,
  inputClassName,
}: {
  label: ReactNode;
  hint: ReactNode;
  search: string;
  onSearch: (search: string) => void;
  inputClassName?: string;
}) {
  const [typed, setTyped] = useState(search);
  const latest = useRef({ search, onSearch });
  // The search this box last handed to the list: a different one comes from elsewhere (Clear filters).
  const sent = useRef(search);
  useLayoutEffect(() => {
    latest.current = { search, onSearch };
  });
  useEffect(() => {
    if (search === sent.current) return;
    sent.current = search;
    setTyped(search);
  }, [search]);
  useEffect(() => {
    if (typed === latest.current.search) return;
    const timer = setTimeout(() => {
      sent.current = typed;
      latest.current.onSearch(typed);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  return (
    <TextField
      type="search"
      label={label}
      hint={hint}
      value={typed}
      maxLength={200}
      onChange={setTyped}
      {...(inputClassName ? { inputClassName } : {})}
    />
  );
}
