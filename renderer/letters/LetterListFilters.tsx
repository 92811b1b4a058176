import { useTranslation } from 'react-i18next';
import type { LetterListFilters as Filters, LetterListRequest } from '../../shared/contract/letters.js';
import { TEMPLATE_KINDS } from '../../shared/documents/template.js';
import { optionsOf, SelectField } from '../components/SelectField.js';
import { ListSearchField, type ListView } from '../components/list-view.js';
import { kindLabel } from './letter-labels.js';

/** What the letter register is narrowed to and in which order; the search is the recipient. */
export type LetterListView = ListView<NonNullable<LetterListRequest['sort']>, Filters>;

/** The register as it always read: newest first. */
export const DEFAULT_LETTER_VIEW: LetterListView = {
  sort: { by: 'createdAt', direction: 'desc' },
  filters: {},
  search: '',
};

const DIRECTIONS = ['desc', 'asc'] as const;

/**
 * Above the letter register: a search of the recipient, the kind of letter and the order. Each
 * change narrows the register in the core's SQL: a choice at once, the search once typing pauses.
 */
export function LetterListFilters({
  view,
  onChange,
}: {
  view: LetterListView;
  onChange: (view: LetterListView) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="virtual-list-filters" role="search" aria-label={t('letters.list.filtersLabel')}>
      <ListSearchField
        label={t('letters.list.search')}
        hint={t('letters.list.searchHint')}
        search={view.search}
        onSearch={(search) => onChange({ ...view, search })}
      />
      <SelectField
        label={t('letters.list.kind')}
        value={view.filters.kind ?? ''}
        emptyLabel={t('letters.list.any')}
        options={optionsOf(TEMPLATE_KINDS, (kind) => kindLabel(t, kind))}
        onChange={(kind) => onChange({ ...view, filters: kind === '' ? {} : { kind } })}
      />
      <SelectField
        label={t('letters.list.order')}
        value={view.sort.direction}
        options={optionsOf(DIRECTIONS, (direction) =>
          direction === 'desc' ? t('letters.list.newestFirst') : t('letters.list.oldestFirst'),
        )}
        onChange={(direction) => direction && onChange({ ...view, sort: { by: 'createdAt', direction } })}
      />
    </div>
  );
}
