import { useEffect, useId, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_CATEGORIES, CASE_STATUSES } from '../../shared/domain/case.js';
import { CheckboxField } from '../components/CheckboxField.js';
import { CheckboxGroup } from '../components/CheckboxGroup.js';
import { optionsOf, SelectField } from '../components/SelectField.js';
import { DEFAULT_CASES_QUERY, isFiltered, type CasesQuery } from './cases-query.js';

/** The filter bar above the case list; every change queries the core again. */
export function CaseFilters({ query, onChange }: { query: CasesQuery; onChange: (query: CasesQuery) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const statusMenu = useRef<HTMLDetailsElement>(null);
  useClosesOnOutsideClick(statusMenu);
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
      <details
        ref={statusMenu}
        className="filter-status"
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !statusMenu.current?.open) return;
          event.preventDefault();
          statusMenu.current.open = false;
          statusMenu.current.querySelector('summary')?.focus();
        }}
        onBlur={(event) => {
          // Tabbing out of the menu closes it, so it never covers the next control.
          const details = statusMenu.current;
          if (details?.open && !(event.relatedTarget instanceof Node && details.contains(event.relatedTarget)))
            details.open = false;
        }}
      >
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

/** A disclosure used as a menu closes when the pointer goes down elsewhere, as a menu would. */
function useClosesOnOutsideClick(ref: RefObject<HTMLDetailsElement | null>): void {
  useEffect(() => {
    const close = (event: PointerEvent) => {
      const details = ref.current;
      if (details?.open && event.target instanceof Node && !details.contains(event.target)) details.open = false;
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [ref]);
}
