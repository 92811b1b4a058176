import { useEffect, useId, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_CATEGORIES, CASE_STATUSES } from '../../shared/domain/case.js';
import { CheckboxField } from '../components/CheckboxField.js';
import { CheckboxGroup } from '../components/CheckboxGroup.js';
import { ListSearchField } from '../components/list-view.js';
import { optionsOf, SelectField } from '../components/SelectField.js';
import { DEFAULT_CASES_QUERY, isFiltered, type CasesQuery } from './cases-query.js';

/** The filter bar above the case list; every change queries the core again. */
export function CaseFilters({ query, onChange }: { query: CasesQuery; onChange: (query: CasesQuery) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const statusMenu = useRef<HTMLDetailsElement>(null);
  useClosesLikeAMenu(statusMenu);
  const statusSummary =
    query.statuses.length === 0
      ? t('caseFile.list.allStatuses')
      : query.statuses.length === 1
        ? t(`labels.caseStatus.${query.statuses[0]!}`)
        : t('caseFile.list.someStatuses', { n: query.statuses.length });

  return (
    <section className="filters" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('caseFile.list.filtersHeading')}
      </h2>
      <ListSearchField
        label={t('caseFile.list.search')}
        hint={t('caseFile.list.searchHint')}
        search={query.search}
        onSearch={(search) => onChange({ ...query, search })}
      />
      <details ref={statusMenu} className="filter-status">
        <summary className="input select filter-summary">
          <span className="filter-summary-label">{t('caseFile.fields.status')}</span>
          <span>{statusSummary}</span>
        </summary>
        <div className="filter-popover">
          <CheckboxGroup
            legend={t('caseFile.list.statusLegend')}
            options={optionsOf(CASE_STATUSES, (status) => t(`labels.caseStatus.${status}`))}
            values={query.statuses}
            onChange={(statuses) => onChange({ ...query, statuses })}
          />
        </div>
      </details>
      <SelectField
        label={t('caseFile.fields.category')}
        value={query.category}
        options={optionsOf(CASE_CATEGORIES, (category) =>
          t('caseFile.enums.categoryOption', { code: category, label: t(`labels.caseCategory.${category}`) }),
        )}
        onChange={(category) => onChange({ ...query, category })}
        emptyLabel={t('caseFile.list.allCategories')}
        inputClassName="filter-select"
      />
      <CheckboxField
        label={t('caseFile.list.urgentOnly')}
        checked={query.urgentOnly}
        onChange={(urgentOnly) => onChange({ ...query, urgentOnly })}
      />
      <CheckboxField
        label={t('caseFile.list.showArchived')}
        checked={query.includeArchived}
        onChange={(includeArchived) => onChange({ ...query, includeArchived })}
      />
      {isFiltered(query) && (
        <button
          type="button"
          className="button button-link"
          onClick={() => onChange({ ...DEFAULT_CASES_QUERY, sort: query.sort })}
        >
          {t('caseFile.list.clearFilters')}
        </button>
      )}
    </section>
  );
}

/**
 * A disclosure used as a menu closes as a menu would: when the pointer goes down elsewhere, when
 * focus leaves it (so it never covers the next control), and on Escape, which puts focus back on
 * its summary. The keys and focus come from the controls inside: listened to where they bubble.
 */
function useClosesLikeAMenu(ref: RefObject<HTMLDetailsElement | null>): void {
  useEffect(() => {
    const details = ref.current;
    if (!details) return undefined;
    const closeOnPointerElsewhere = (event: PointerEvent) => {
      if (details.open && event.target instanceof Node && !details.contains(event.target)) details.open = false;
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !details.open) return;
      event.preventDefault();
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    const closeOnFocusLeaving = (event: FocusEvent) => {
      const to = event.relatedTarget;
      if (details.open && !(to instanceof Node && details.contains(to))) details.open = false;
    };
    document.addEventListener('pointerdown', closeOnPointerElsewhere);
    details.addEventListener('keydown', closeOnEscape);
    details.addEventListener('focusout', closeOnFocusLeaving);
    return () => {
      document.removeEventListener('pointerdown', closeOnPointerElsewhere);
      details.removeEventListener('keydown', closeOnEscape);
      details.removeEventListener('focusout', closeOnFocusLeaving);
    };
  }, [ref]);
}
