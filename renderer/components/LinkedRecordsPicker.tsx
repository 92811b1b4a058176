import { useCallback, useId, type ReactNode } from 'react';
import type { Result } from '../../shared/contract/index.js';
import { SearchCombobox, type ComboboxOption } from './SearchCombobox.js';

/** Matches offered at a time: what is typed narrows the rest. */
const SHOWN = 20;
/** The most rows one page may hold (shared/contract/paging.ts). */
const PAGE_SIZE_MAX = 200;

/** How many rows to ask a page for, so that `SHOWN` remain once those already linked are left out. */
const pickerPageLimit = (exclude: ReadonlySet<string>): number => Math.min(PAGE_SIZE_MAX, SHOWN + exclude.size);

/** The first `SHOWN` rows of a page not already linked, as options. */
function unlinkedOptions<Row extends { id: string }>(
  rows: readonly Row[],
  exclude: ReadonlySet<string>,
  toOption: (row: Row) => string,
): ComboboxOption[] {
  return rows
    .filter((row) => !exclude.has(row.id))
    .slice(0, SHOWN)
    .map((row) => ({ value: row.id, label: toOption(row) }));
}

/** One page of a list as a picker reads it: its rows and, unless it is the last, the next page's cursor. */
interface PickerPage<Row> {
  rows: readonly Row[];
  next?: string | undefined;
}

/**
 * The first `SHOWN` rows a search finds that are not in `exclude` (nor refused by `keep`), as
 * options: page after page of the list's own search (`readPage`) until they are found or the list
 * ends, so that however many are already linked, every other record stays reachable.
 */
export async function searchUnlinked<Row extends { id: string }>(
  readPage: (limit: number, after: string | undefined) => Promise<Result<PickerPage<Row>>>,
  exclude: ReadonlySet<string>,
  toOption: (row: Row) => string,
  keep: (row: Row) => boolean = () => true,
): Promise<Result<ComboboxOption[]>> {
  const options: ComboboxOption[] = [];
  let after: string | undefined;
  do {
    const reply = await readPage(pickerPageLimit(exclude), after);
    if (!reply.ok) return reply;
    options.push(...unlinkedOptions(reply.value.rows.filter(keep), exclude, toOption));
    after = reply.value.next;
  } while (options.length < SHOWN && after !== undefined);
  return { ok: true, value: options.slice(0, SHOWN) };
}

/** What a linked-records picker says, in the words of the records it links. */
export interface LinkedRecordsWords {
  legend: string;
  searchLabel: string;
  searchHint: ReactNode;
  noMatches: string;
  linkedHeading: string;
  noneLinked: string;
  unlink: string;
  unlinkLabel: (label: string) => string;
}

/**
 * Several records of a case linked to the one being written (the evidence or interviews an event
 * rests on, the subjects a victim names): each searched for among the case's records by `search`
 * (a paged call, a few at a time, never the whole list; `exclude` holds those already linked, to
 * leave out), and listed once linked, each with a button to unlink it.
 */
export function LinkedRecordsPicker({
  words,
  linked,
  search,
  onLink,
  onUnlink,
  error,
  disabled,
}: {
  words: LinkedRecordsWords;
  /** The records linked so far, with the words they are shown by. */
  linked: readonly ComboboxOption[];
  search: (text: string, exclude: ReadonlySet<string>) => Promise<Result<ComboboxOption[]>>;
  onLink: (option: ComboboxOption) => void;
  onUnlink: (id: string) => void;
  error?: string;
  disabled?: boolean;
}) {
  const listId = useId();
  const searchUnlinked = useCallback(
    (text: string) => search(text, new Set(linked.map((option) => option.value))),
    [search, linked],
  );
  return (
    <fieldset className="fieldset-plain">
      <legend className="field-label">{words.legend}</legend>
      <SearchCombobox
        label={words.searchLabel}
        value=""
        selectedLabel=""
        onChange={(value, label) => value !== '' && onLink({ value, label })}
        search={searchUnlinked}
        noMatches={words.noMatches}
        hint={words.searchHint}
        {...(error ? { error } : {})}
        disabled={disabled}
      />
      <p className="field-label" id={listId}>
        {words.linkedHeading}
      </p>
      {linked.length === 0 ? (
        <p className="muted">{words.noneLinked}</p>
      ) : (
        <ul aria-labelledby={listId}>
          {linked.map((option) => (
            <li key={option.value}>
              {option.label}{' '}
              <button
                type="button"
                className="button button-link button-small"
                aria-label={words.unlinkLabel(option.label)}
                onClick={() => onUnlink(option.value)}
                disabled={disabled}
              >
                {words.unlink}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
