import type { EvidenceRecords } from '../kernel/ports/evidence-records.js';
import {
  custodySummaries,
  evidenceDescriptions,
  listCustodyForTimeline,
  evidenceNumbers,
  listEvidenceCollections,
} from './evidence-timeline.js';
import { toEvidenceItem, type EvidenceItemRow } from './evidence-store.js';

/** The evidence as the chronology, the deadlines and the letters read it (kernel/ports/evidence-records.ts). */
export const evidenceRecords: EvidenceRecords = {
  numbers: evidenceNumbers,
  collections: listEvidenceCollections,
  descriptions: evidenceDescriptions,
  custodyForTimeline: listCustodyForTimeline,
  custodySummaries,
  items(db, caseId) {
    const rows = db
      .prepare('SELECT * FROM evidence_items WHERE case_id = ? ORDER BY sequence')
      .all(caseId) as EvidenceItemRow[];
    return rows.map((row) => toEvidenceItem(db, row));
  },
};
