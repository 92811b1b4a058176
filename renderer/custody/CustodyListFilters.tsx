import { useTranslation } from 'react-i18next';
import type { CustodyListFilters as Filters, CustodyListRequest } from '../../shared/contract/custody.js';
import { CUSTODY_EVENT_KINDS } from '../../shared/domain/evidence.js';
import { optionsOf, SelectField } from '../components/SelectField.js';
import { ListSearchField, type ListView } from '../components/list-view.js';

/** What an item's chain of custody is narrowed to and in which order. */
export type CustodyListView = ListView<NonNullable<CustodyListRequest['sort']>, Filters>;

export const DEFAULT_CUSTODY_VIEW: CustodyListView = {
  sort: { by: 'sequence', direction: 'asc' },
  filters: {},
  search: '',
};

const DIRECTIONS = ['asc', 'desc'] as const;

/**
 * Above a chain of custody: a search of what was written on the events, the kind of event and the
 * order. Each change narrows the chain in the core's SQL: a choice at once, the search once typing
 * pauses.
 */
export function CustodyListFilters({
  view,
  onChange,
}: {
  view: CustodyListView;
  onChange: (view: CustodyListView) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="virtual-list-filters" role="search" aria-label={t('evidence.custody.list.filtersLabel')}>
      <ListSearchField
        label={t('evidence.custody.list.search')}
        hint={t('evidence.custody.list.searchHint')}
        search={view.search}
        onSearch={(search) => onChange({ ...view, search })}
      />
      <SelectField
        label={t('evidence.custody.list.kind')}
        value={view.filters.kind ?? ''}
        emptyLabel={t('evidence.custody.list.any')}
        options={optionsOf(CUSTODY_EVENT_KINDS, (kind) => t(`labels.custodyEventKind.${kind}`))}
        onChange={(kind) => onChange({ ...view, filters: kind === '' ? {} : { kind } })}
      />
      <SelectField
        label={t('evidence.custody.list.order')}
        value={view.sort.direction}
        options={optionsOf(DIRECTIONS, (direction) =>
          direction === 'asc' ? t('evidence.custody.list.oldestFirst') : t('evidence.custody.list.newestFirst'),
        )}
        onChange={(direction) => direction && onChange({ ...view, sort: { by: 'sequence', direction } })}
      />
    </div>
  );
}
