import type { VaultDatabase } from '../vault/database.js';

export type IndexedKind = 'case' | 'person' | 'interview' | 'evidence';

export interface IndexedRecord {
  kind: IndexedKind;
  recordId: string;
  caseId: string;
  /** Shown with every hit: case title, person code, or interview "V-01 — 2026-03-02". Never a name. */
  label: string;
  /** Non-identifying text only: never names, contacts, dates of birth or exact locations. */
  text: string;
}

/**
 * Puts a record in the index, or replaces what was indexed for it. Call it inside the
 * mutation's transaction, so the index never tells of a change that was rolled back.
 */
export function indexRecord(db: VaultDatabase, record: IndexedRecord): void {
  db.prepare(
    `INSERT INTO search_documents (kind, record_id, case_id, label, text) VALUES (@kind, @recordId, @caseId, @label,
      @text)
     ON CONFLICT (kind, record_id) DO UPDATE SET case_id = excluded.case_id, label = excluded.label,
       text = excluded.text
     WHERE case_id IS NOT excluded.case_id OR label IS NOT excluded.label OR text IS NOT excluded.text`,
  ).run(record);
}
