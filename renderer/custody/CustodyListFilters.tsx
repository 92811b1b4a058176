import { useTranslation } from 'react-i18next';
import type { CustodyListFilters as Filters, CustodyListRequest } from '../../shared/contract/custody.js';
import { CUSTODY_EVENT_KINDS } from '../../shared/domain/evidence.js';
import { optionsOf, SelectField } from '../components/SelectField.js';
import { TextField } from '../components/TextField.js';

/** What an item's chain of custody is narrowed to and in which order. */
export interface CustodyListView {
  sort: NonNullable<CustodyListRequest['sort']>;
  filters: Filters;
  search: string;
}

export const DEFAULT_CUSTODY_VIEW: CustodyListView = {
  sort: { by: 'sequence', direction: 'asc' },
  filters: {},
  search: '',
};

const DIRECTIONS = ['asc', 'desc'] as const;

/**
 * Above a chain of custody: a search of what was written on the events, the kind of event and the
 * order. Each change narrows the chain at once, in the core's SQL.
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
      <TextField
        type="search"
        label={t('evidence.custody.list.search')}
        hint={t('evidence.custody.list.searchHint')}
        value={view.search}
        maxLength={200}
        onChange={(search) => onChange({ ...view, search })}
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
