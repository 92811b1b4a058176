import { useCallback } from 'react';
import type { Result } from '../../shared/contract/index.js';
import type { PersonSummary } from '../../shared/contract/people.js';
import { useApi } from '../api/context.js';
import type { ComboboxOption } from '../components/SearchCombobox.js';
import { useLoaded } from '../components/use-loaded.js';
import { readPeopleCodes } from '../people/use-case-people.js';

/** What the choice of the guardian who decided starts with: one chosen (if any), and whether the case has any. */
export interface GuardianStart {
  chosen: ComboboxOption | null;
  any: boolean;
}

/**
 * The guardian a consent form starts with: the child's own guardian when on record, else none (the
 * investigator chooses); whether the case has any guardian read from one page of one. Read only
 * while the form is `open`, never the case's guardians all at once. Null while closed.
 */
export function useGuardianStart(person: PersonSummary, open: boolean) {
  const api = useApi();
  const { caseId } = person;
  const own = person.profile.role === 'victim' ? person.profile.guardianPersonId : undefined;
  const load = useCallback(async (): Promise<Result<GuardianStart | null>> => {
    if (!open) return { ok: true, value: null };
    const first = await api.people.page({ caseId, filters: { role: 'guardian' }, limit: 1 });
    if (!first.ok) return first;
    const any = first.value.rows.length > 0;
    // A child with no guardian on record: none is chosen for her. Any guardian's consent counts for the
    // principles, so a guardian picked in advance could record the wrong person's decision in one click.
    if (own === undefined) return { ok: true, value: { chosen: null, any } };
    const codes = await readPeopleCodes(api, caseId, [own]);
    if (!codes.ok) return codes;
    const code = codes.value[own];
    return { ok: true, value: { chosen: code === undefined ? null : { value: own, label: code }, any } };
  }, [api, caseId, open, own]);
  return useLoaded(load).state;
}
