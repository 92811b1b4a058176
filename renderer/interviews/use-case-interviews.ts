import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../shared/contract/index.js';
import type { InterviewSummary } from '../../shared/contract/interviews.js';
import { readCodesInBatches } from '../api/codes-in-batches.js';
import { useApi } from '../api/context.js';
import { searchUnlinked } from '../components/LinkedRecordsPicker.js';
import { useInstantText } from '../components/mission-time.js';
import type { ComboboxOption } from '../components/SearchCombobox.js';
import { useLoaded, type Loaded } from '../components/use-loaded.js';
import { interviewLabel, type NamedInterview } from './interview-label.js';

/** An interview's name in a picker or on a record it is linked to (interview-label.ts), in the mission's time. */
export function useInterviewLabel(): (interview: NamedInterview) => string {
  const { t } = useTranslation();
  const instantText = useInstantText();
  return useCallback(
    (interview: NamedInterview): string => interviewLabel(t, instantText, interview),
    [instantText, t],
  );
}

/**
 * A search of the case's interviews by the interviewee's code, a few at a time (the interviews
 * list's own paged query, never the whole list), each offered by its code, status and date; those
 * in `exclude` (already linked) left out.
 */
export function useInterviewSearch(caseId: string) {
  const api = useApi();
  const label = useInterviewLabel();
  return useCallback(
    (text: string, exclude: ReadonlySet<string>): Promise<Result<ComboboxOption[]>> =>
      searchUnlinked<InterviewSummary>(
        (limit, after) =>
          api.interviews.page({ caseId, search: text, limit, ...(after === undefined ? {} : { after }) }),
        exclude,
        label,
      ),
    [api, caseId, label],
  );
}

/**
 * The interviewee's code of each interview `ids` names (those an item is linked to), by interview
 * id, read for those alone; while read, or when the read failed, as useLoaded says.
 */
export function useInterviewCodesRead(
  caseId: string,
  ids: readonly string[],
): Loaded<Readonly<Record<string, string>>> {
  const api = useApi();
  const wanted = [...new Set(ids)].sort().join(' ');
  const load = useCallback(
    (): Promise<Result<Readonly<Record<string, string>>>> =>
      readCodesInBatches(wanted === '' ? [] : wanted.split(' '), (interviewIds) =>
        api.interviews.codes({ caseId, interviewIds }),
      ),
    [api, caseId, wanted],
  );
  return useLoaded(load).state;
}
