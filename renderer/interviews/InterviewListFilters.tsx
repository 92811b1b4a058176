import { useTranslation } from 'react-i18next';
import type { InterviewListFilters as Filters, InterviewListRequest } from '../../shared/contract/interviews.js';
import { INTERVIEW_STATUSES } from '../../shared/domain/interview.js';
import { optionsOf, SelectField } from '../components/SelectField.js';
import { ListSearchField, type ListView } from '../components/list-view.js';

/** What the interviews list is narrowed to and in which order; the search is the interviewee's code. */
export type InterviewListView = ListView<NonNullable<InterviewListRequest['sort']>, Filters>;

export const DEFAULT_INTERVIEW_VIEW: InterviewListView = {
  sort: { by: 'date', direction: 'asc' },
  filters: {},
  search: '',
};

/**
 * Above the interviews list: a search of the interviewee's code (as shown, V-01, or as typed, v1)
 * and the status filter. Each change narrows the list in the core's SQL: the filter at once, the
 * search once typing pauses.
 */
export function InterviewListFilters({
  view,
  onChange,
}: {
  view: InterviewListView;
  onChange: (view: InterviewListView) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="virtual-list-filters" role="search" aria-label={t('interviews.list.filtersLabel')}>
      <ListSearchField
        label={t('interviews.list.search')}
        hint={t('interviews.list.searchHint')}
        search={view.search}
        onSearch={(search) => onChange({ ...view, search })}
      />
      <SelectField
        label={t('interviews.list.status')}
        value={view.filters.status ?? ''}
        emptyLabel={t('interviews.list.any')}
        options={optionsOf(INTERVIEW_STATUSES, (status) => t(`labels.interviewStatus.${status}`))}
        onChange={(status) => onChange({ ...view, filters: status === '' ? {} : { status } })}
      />
    </div>
  );
}
