import type { Confidentiality } from '../../../../shared/domain/confidentiality.js';
import type { CustodyEventKind, EvidenceItem, EvidenceType } from '../../../../shared/domain/evidence.js';
import type { CustodySummaryFields } from '../../../../shared/timeline/event-titles.js';
import type { VaultDatabase } from '../vault/database.js';

/** An evidence item as the chronology shows its collection, and other features name it (E-0003). */
export interface EvidenceForTimeline {
  id: string;
  number: string;
  type: EvidenceType;
  collectedAt: string;
  timeZone?: string | undefined;
  description: string;
  /** The item's level; confidential when not given. */
  confidentiality?: Confidentiality | undefined;
}

export interface CustodyForTimeline {
  id: string;
  itemId: string;
  itemNumber: string;
  kind: CustodyEventKind;
  at: string;
  /** Worded in the chronology's language (timelineWords.custodySummary). */
  summary: CustodySummaryFields;
}

/** The evidence feature's records as the chronology, the deadlines and the letters read them, by case id. */
export interface EvidenceRecords {
  /** The case's items by number, in the order they were logged. */
  forTimeline(db: VaultDatabase, caseId: string): EvidenceForTimeline[];
  custodyForTimeline(db: VaultDatabase, caseId: string): CustodyForTimeline[];
  /** The case's items as domain records (a letter's merge data lists them). */
  items(db: VaultDatabase, caseId: string): EvidenceItem[];
}
