import { useTranslation } from 'react-i18next';
import { EVIDENCE_DEADLINE_FILTERS, type EvidenceLogFilters as Filters } from '../../shared/contract/evidence.js';
import { CONFIDENTIALITY_LEVELS } from '../../shared/domain/confidentiality.js';
import { EVIDENCE_INTEGRITY, EVIDENCE_STATUSES, EVIDENCE_TYPES } from '../../shared/domain/evidence.js';
import { optionsOf, SelectField } from '../components/SelectField.js';
import { ListSearchField, withFilter } from '../components/list-view.js';
import type { EvidenceLogView } from './use-evidence-log.js';

/** The orders offered, each a sort column and direction, named as the user reads them. */
const ORDERS = ['number_asc', 'number_desc', 'collectedAt_asc', 'collectedAt_desc'] as const;
type Order = (typeof ORDERS)[number];

/**
 * Above the evidence log: a search box, the filters (type, status, file check, confidentiality,
 * deadline state in the deadlines screen's words) and the order. Each change narrows or reorders
 * the log in the core's SQL: a filter at once, the search once typing pauses.
 */
export function EvidenceLogFilters({
  view,
  onChange,
}: {
  view: EvidenceLogView;
  onChange: (view: EvidenceLogView) => void;
}) {
  const { t } = useTranslation();
  const filter = <K extends keyof Filters>(key: K, value: Filters[K] | '') =>
    onChange({ ...view, filters: withFilter(view.filters, key, value) });
  const any = t('evidence.log.any');
  return (
    <div className="evidence-log-filters" role="search" aria-label={t('evidence.log.filtersLabel')}>
      <ListSearchField
        label={t('evidence.log.search')}
        hint={t('evidence.log.searchHint')}
        search={view.search}
        onSearch={(search) => onChange({ ...view, search })}
        inputClassName="evidence-log-search"
      />
      <SelectField
        label={t('evidence.fields.type')}
        value={view.filters.type ?? ''}
        emptyLabel={any}
        options={optionsOf(EVIDENCE_TYPES, (type) => t(`labels.evidenceType.${type}`))}
        onChange={(type) => filter('type', type)}
      />
      <SelectField
        label={t('evidence.list.status')}
        value={view.filters.status ?? ''}
        emptyLabel={any}
        options={optionsOf(EVIDENCE_STATUSES, (status) => t(`labels.evidenceStatus.${status}`))}
        onChange={(status) => filter('status', status)}
      />
      <SelectField
        label={t('evidence.log.integrity')}
        value={view.filters.integrity ?? ''}
        emptyLabel={any}
        options={optionsOf(EVIDENCE_INTEGRITY, (integrity) => t(`evidence.log.integrityOf.${integrity}`))}
        onChange={(integrity) => filter('integrity', integrity)}
      />
      <SelectField
        label={t('evidence.log.confidentiality')}
        value={view.filters.confidentiality ?? ''}
        emptyLabel={any}
        options={optionsOf(CONFIDENTIALITY_LEVELS, (level) => t(`labels.confidentiality.${level}`))}
        onChange={(confidentiality) => filter('confidentiality', confidentiality)}
      />
      <SelectField
        label={t('evidence.log.deadline')}
        value={view.filters.deadline ?? ''}
        emptyLabel={any}
        options={optionsOf(EVIDENCE_DEADLINE_FILTERS, (state) =>
          state === 'none_open' ? t('evidence.log.noOpenDeadline') : t(`labels.deadlineState.${state}`),
        )}
        onChange={(deadline) => filter('deadline', deadline)}
      />
      <SelectField<Order>
        label={t('evidence.log.order')}
        value={`${view.sort.by}_${view.sort.direction}`}
        options={optionsOf(ORDERS, (order) => t(`evidence.log.orders.${order}`))}
        onChange={(order) => {
          if (order === '') return;
          const [by, direction] = order.split('_') as [EvidenceLogView['sort']['by'], 'asc' | 'desc'];
          onChange({ ...view, sort: { by, direction } });
        }}
      />
    </div>
  );
}
