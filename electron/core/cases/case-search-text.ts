import type { CaseRecord } from '../../../shared/contract/cases.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { indexRecord } from '../kernel/search/search-index.js';

/**
 * What search finds a case by: its title, reference, mission and summary. Never its location:
 * a site name can locate a victim.
 */
export function indexCase(
  db: VaultDatabase,
  record: Pick<CaseRecord, 'id' | 'reference' | 'title' | 'entity' | 'summary'>,
): void {
  indexRecord(db, {
    kind: 'case',
    recordId: record.id,
    caseId: record.id,
    label: record.title,
    text: [record.reference, record.entity, record.summary].join('\n'),
  });
}
