import type { TFunction } from 'i18next';
import type { CasefileApi, Result } from '../../shared/contract/index.js';
import type { TimelineSource } from '../../shared/timeline/event.js';
import { searchUnlinked } from '../components/LinkedRecordsPicker.js';
import type { ComboboxOption } from '../components/SearchCombobox.js';

/** The lists an event's sources are searched in: the evidence log's and the interviews' own pages. */
export interface EventSourceLists {
  evidence: Pick<CasefileApi['evidence'], 'page'>;
  interviews: Pick<CasefileApi['interviews'], 'page'>;
}

/**
 * The sources of one `kind` a search of the case finds (an item by its number or words, an
 * interview by the interviewee's code), those in `exclude` (already linked) left out: page after
 * page of the list's own search, so however many are linked, every other one stays reachable.
 */
export function searchEventSources(
  api: EventSourceLists,
  caseId: string,
  kind: TimelineSource['kind'],
  t: TFunction,
): (text: string, exclude: ReadonlySet<string>) => Promise<Result<ComboboxOption[]>> {
  return (search, exclude) => {
    const from = (after: string | undefined) => ({ caseId, search, ...(after === undefined ? {} : { after }) });
    return kind === 'evidence'
      ? searchUnlinked(
          (limit, after) => api.evidence.page({ ...from(after), limit }),
          exclude,
          (item) => t('evidence.form.originalOption', { number: item.number, description: item.description }),
        )
      : searchUnlinked(
          (limit, after) => api.interviews.page({ ...from(after), limit }),
          exclude,
          (interview) =>
            t('timeline.dialog.interviewSource', {
              code: interview.personCode,
              status: t(`labels.interviewStatus.${interview.status}`),
            }),
        );
  };
}
