import { useTranslation } from 'react-i18next';
import type { PeopleListFilters as Filters, PeopleListRequest } from '../../shared/contract/people.js';
import { CONFIDENTIALITY_LEVELS } from '../../shared/domain/confidentiality.js';
import { PERSON_ROLES } from '../../shared/domain/person.js';
import { optionsOf, SelectField } from '../components/SelectField.js';
import { ListSearchField, withFilter, type ListView } from '../components/list-view.js';

/** What the people list is narrowed to and in which order; the search is a code. */
export type PeopleListView = ListView<NonNullable<PeopleListRequest['sort']>, Filters>;

export const DEFAULT_PEOPLE_VIEW: PeopleListView = { sort: { by: 'code', direction: 'asc' }, filters: {}, search: '' };

/**
 * Above the people list: a search of the pseudonym code (never of names) and the role and
 * confidentiality filters. Each change narrows the list in the core's SQL: a filter at once, the
 * search once typing pauses.
 */
export function PeopleListFilters({
  view,
  onChange,
}: {
  view: PeopleListView;
  onChange: (view: PeopleListView) => void;
}) {
  const { t } = useTranslation();
  const filter = <K extends keyof Filters>(key: K, value: Filters[K] | '') =>
    onChange({ ...view, filters: withFilter(view.filters, key, value) });
  const any = t('people.list.any');
  return (
    <div className="people-list-filters" role="search" aria-label={t('people.list.filtersLabel')}>
      <ListSearchField
        label={t('people.list.search')}
        hint={t('people.list.searchHint')}
        search={view.search}
        onSearch={(search) => onChange({ ...view, search })}
      />
      <SelectField
        label={t('people.fields.role')}
        value={view.filters.role ?? ''}
        emptyLabel={any}
        options={optionsOf(PERSON_ROLES, (role) => t(`labels.personRole.${role}`))}
        onChange={(role) => filter('role', role)}
      />
      <SelectField
        label={t('people.list.confidentiality')}
        value={view.filters.confidentiality ?? ''}
        emptyLabel={any}
        options={optionsOf(CONFIDENTIALITY_LEVELS, (level) => t(`labels.confidentiality.${level}`))}
        onChange={(confidentiality) => filter('confidentiality', confidentiality)}
      />
    </div>
  );
}
