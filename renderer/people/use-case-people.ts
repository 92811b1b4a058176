import { useCallback, useLayoutEffect, useRef } from 'react';
import type { CasefileApi, Result } from '../../shared/contract/index.js';
import type { PeopleListFilters, PersonSummary } from '../../shared/contract/people.js';
import type { PersonRole } from '../../shared/domain/person.js';
import { readCodesInBatches } from '../api/codes-in-batches.js';
import { useApi } from '../api/context.js';
import { searchUnlinked } from '../components/LinkedRecordsPicker.js';
import type { ComboboxOption } from '../components/SearchCombobox.js';
import { useLoaded, type Loaded } from '../components/use-loaded.js';

/** What else a people search narrows to: `filters` in the query, `keep` over each row read. */
interface Narrowed {
  filters?: Omit<PeopleListFilters, 'role'>;
  keep?: (person: PersonSummary) => boolean;
}

/**
 * A search of the case's people of one `role` (null: of every role) by code, a few at a time (the
 * people list's own query, never everyone), each offered in the words of `label`; those in `exclude`
 * left out, those the query's `filters` leave out never read, and those `keep` refuses (an
 * interpreter not vetted) read past to the next page. `filters` is compared by identity: a constant.
 */
export function useRoleSearch(
  caseId: string,
  role: PersonRole | null,
  label: (person: PersonSummary) => string,
  { filters, keep = () => true }: Narrowed = {},
) {
  const api = useApi();
  const latest = useRef({ label, keep });
  useLayoutEffect(() => {
    latest.current = { label, keep };
  });
  return useCallback(
    (text: string, exclude: ReadonlySet<string> = new Set()): Promise<Result<ComboboxOption[]>> =>
      searchUnlinked(
        (limit, after) =>
          api.people.page({
            caseId,
            filters: { ...filters, ...(role === null ? {} : { role }) },
            search: text,
            limit,
            ...(after === undefined ? {} : { after }),
          }),
        exclude,
        (person) => latest.current.label(person),
        (person) => latest.current.keep(person),
      ),
    [api, caseId, role, filters],
  );
}

/**
 * The codes of the people `ids` names, by id, asked for as many at a time as one call takes (a
 * checklist may name thousands); an id that is not a person of the case is left out.
 */
export function readPeopleCodes(
  api: CasefileApi,
  caseId: string,
  ids: readonly string[],
): Promise<Result<Readonly<Record<string, string>>>> {
  return readCodesInBatches(ids, (personIds) => api.people.codes({ caseId, personIds }));
}

/**
 * The codes of the people `ids` names, by id, read for those alone; while read, or when the read
 * failed, as useLoaded says.
 */
export function usePeopleCodesRead(caseId: string, ids: readonly string[]): Loaded<Readonly<Record<string, string>>> {
  const api = useApi();
  const wanted = [...new Set(ids)].sort().join(' ');
  const load = useCallback(
    (): Promise<Result<Readonly<Record<string, string>>>> =>
      readPeopleCodes(api, caseId, wanted === '' ? [] : wanted.split(' ')),
    [api, caseId, wanted],
  );
  return useLoaded(load).state;
}

/** The codes of the people `ids` names (those a history's rows refer to), by id; empty until read. */
export function usePeopleCodes(caseId: string, ids: readonly string[]): Readonly<Record<string, string>> {
  const state = usePeopleCodesRead(caseId, ids);
  return state.status === 'ready' ? state.value : {};
}

/** The person `personId` as every screen but their identity panel sees them (none: null); null until read. */
export function usePerson(personId: string | undefined): PersonSummary | null {
  const api = useApi();
  const load = useCallback(async (): Promise<Result<PersonSummary | null>> => {
    if (personId === undefined) return { ok: true, value: null };
    const reply = await api.people.get({ personId });
    return reply.ok ? { ok: true, value: reply.value.person } : reply;
  }, [api, personId]);
  const { state } = useLoaded(load);
  return state.status === 'ready' && state.value?.id === personId ? state.value : null;
}
