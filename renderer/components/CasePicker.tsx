import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/index.js';
import { useApi } from '../api/context.js';
import { SearchCombobox, type ComboboxOption } from './SearchCombobox.js';
import { useLoaded, type Loaded } from './use-loaded.js';

/** Matches offered at a time: the reference's number or a word of the title narrows the rest. */
const SHOWN = 20;

/** Newest change first: the case worked on last comes first, as the cases screen's default. */
const NEWEST_CHANGE = { by: 'updatedAt', direction: 'desc' } as const;

/** A case as a picker holds it: its id, its reference, and its reference and title as shown. */
export interface CaseChoice {
  id: string;
  reference: string;
  label: string;
}

/**
 * The words a case is shown by: its reference, then its title as written. The text box holds them
 * as the user's own text (searched, edited), so no sentence of the interface is wrapped round them.
 */
const choiceOf = (row: { id: string; reference: string; title: string }): CaseChoice => ({
  id: row.id,
  reference: row.reference,
  label: `${row.reference} — ${row.title}`,
});

/**
 * The case a picker starts on: `preferredCaseId` if it is open (not archived), else the open case
 * changed last; null when the vault has no open case. Two small reads, never the whole list.
 */
export function useStartingCase(preferredCaseId: string | null): Loaded<CaseChoice | null> {
  const api = useApi();
  const load = useCallback(async () => {
    if (preferredCaseId) {
      const preferred = await api.cases.get({ caseId: preferredCaseId });
      if (preferred.ok && preferred.value.archived === null) {
        return { ok: true as const, value: choiceOf(preferred.value) };
      }
    }
    const first = await api.cases.page({ sort: NEWEST_CHANGE, limit: 1 });
    if (!first.ok) return first;
    const [row] = first.value.rows;
    return { ok: true as const, value: row ? choiceOf(row) : null };
  }, [api, preferredCaseId]);
  return useLoaded(load).state;
}

/**
 * A choice among the open cases, however many the vault holds: what is typed (the reference, its
 * number, words of the title) is searched by the core a few cases at a time (cases.page), the case
 * changed last first.
 */
/** What the picker passes on to its text box as it is: the field's label, hint, error and state. */
type FieldProps = Pick<Parameters<typeof SearchCombobox>[0], 'label' | 'hint' | 'error' | 'required' | 'disabled'>;

export function CasePicker({
  chosen,
  onChange,
  ...field
}: FieldProps & {
  /** The case chosen, or null for none (the text box cleared). */
  chosen: CaseChoice | null;
  onChange: (chosen: CaseChoice | null) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  // The cases the last search offered, by id: the one picked is given back whole.
  const offered = useRef(new Map<string, CaseChoice>());
  const search = useCallback(
    async (text: string): Promise<{ ok: true; value: ComboboxOption[] } | { ok: false; error: ApiError }> => {
      const reply = await api.cases.page({ sort: NEWEST_CHANGE, search: text, limit: SHOWN });
      if (!reply.ok) return reply;
      const choices = reply.value.rows.map((row) => choiceOf(row));
      offered.current = new Map(choices.map((choice) => [choice.id, choice]));
      return { ok: true, value: choices.map(({ id, label: words }) => ({ value: id, label: words })) };
    },
    [api],
  );
  return (
    <SearchCombobox
      {...field}
      value={chosen?.id ?? ''}
      selectedLabel={chosen?.label ?? ''}
      onChange={(caseId) => onChange(offered.current.get(caseId) ?? null)}
      search={search}
      noMatches={t('common.caseNoMatches')}
    />
  );
}
