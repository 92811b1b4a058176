import { CASE_RECORD_KEY, CONFIDENTIALITY, CREATED_UPDATED, sqlMigration } from './frozen-sql.js';

/**
 * Manual events of a case's chronology. The date is kept as written (uncertain-date JSON); its
 * UTC interval is stored beside it only for queries, and NULL when the date is unknown. Derived
 * events (interviews, evidence, custody, status changes) are not copied here: they are read from
 * their records each time. Removal is a soft delete with its reason, so the audit trail's
 * reference to the event stays resolvable.
 */
export const m0012Timeline = sqlMigration(12, '0012-timeline')`
      CREATE TABLE timeline_events (
        ${CASE_RECORD_KEY},
        date TEXT NOT NULL CHECK (json_valid(date)),
        date_earliest TEXT,
        date_latest TEXT,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        description TEXT,
        basis TEXT NOT NULL CHECK (basis IN ('reported_by_source', 'established')),
        sources TEXT NOT NULL CHECK (json_valid(sources)),
        ${CONFIDENTIALITY},
        ${CREATED_UPDATED},
        removed_at TEXT,
        removed_reason TEXT,
        CHECK ((date_earliest IS NULL) = (date_latest IS NULL)),
        CHECK ((removed_at IS NULL) = (removed_reason IS NULL))
      ) STRICT;
      CREATE INDEX timeline_events_by_case ON timeline_events (case_id) WHERE removed_at IS NULL;
    `;
