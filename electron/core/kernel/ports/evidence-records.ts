import type { Confidentiality } from '../../../../shared/domain/confidentiality.js';
import type { CustodyEventKind, EvidenceItem, EvidenceType } from '../../../../shared/domain/evidence.js';
import type { CustodySummaryFields } from '../../../../shared/timeline/event-titles.js';
import type { VaultDatabase } from '../vault/database.js';

/**
 * What the chronology orders, lays out and titles an item's collection by (its description is read when
 * sent), as SQLite gives the row: a chronology of 20,000 items keeps these. `sequence` is its number's.
 */
export interface EvidenceCollection {
  id: string;
  sequence: number;
  type: EvidenceType;
  collectedAt: string;
  timeZone: string | null;
  /** The item's level: its collection and its custody events are marked with it on the chronology. */
  confidentiality: Confidentiality;
}

/** A custody event as the chronology orders and titles it: what it says is read for what it sends. */
export interface CustodyMoment {
  id: string;
  itemId: string;
  itemNumber: string;
  kind: CustodyEventKind;
  at: string;
  /** The item's level (a custody event has none of its own). */
  confidentiality: Confidentiality;
}

/** The evidence feature's records as the chronology, the deadlines and the letters read them, by case id. */
export interface EvidenceRecords {
  /** The case's item numbers (E-0003) by item id: how the deadlines and the investigation name items. */
  numbers(db: VaultDatabase, caseId: string): Map<string, string>;
  /** The case's items by number, without descriptions: what a chronology of 20,000 items keeps. */
  collections(db: VaultDatabase, caseId: string): EvidenceCollection[];
  /** The descriptions of the items named, by id (those a chronology's reply sends). */
  descriptions(db: VaultDatabase, itemIds: readonly string[]): Map<string, string>;
  custodyForTimeline(db: VaultDatabase, caseId: string): CustodyMoment[];
  /**
   * What the custody events named recorded (who to whom, purpose, seal, a bundle hand-over's codes), by id;
   * the chronology words it in its language (timelineWords.custodySummary).
   */
  custodySummaries(db: VaultDatabase, eventIds: readonly string[]): Map<string, CustodySummaryFields>;
  /** The case's items as domain records (a letter's merge data lists them). */
  items(db: VaultDatabase, caseId: string): EvidenceItem[];
}
