import { recordField } from '../../../shared/bundles/record-fields.js';
import { formatEvidenceNumber } from '../../../shared/domain/evidence.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import type { StoredRow } from './case-tables.js';
import type { ConflictRow } from './conflict-sides.js';

/*
 * A conflict names other records by id (the person interviewed, the evidence item a file belongs
 * to); a person reads them by their codes. Each id a conflict's versions hold in a field that names
 * a person, an evidence item, an interview or the case is given its code (V-03, E-0012, the
 * interviewee's code, the case's reference), from the bundle's records or, failing them, this vault's.
 */

type Lookup = (id: string) => string | undefined;

function lookups(db: VaultDatabase, tables: ReadonlyMap<string, StoredRow[]>, caseId: string, reference: string) {
  const rowsById = (table: string) => new Map((tables.get(table) ?? []).map((row) => [String(row.id), row]));
  const people = rowsById('people');
  const items = rowsById('evidence_items');
  const interviews = rowsById('interviews');
  // Only this case's records: an id of another case's record names nothing (bundle rows of another case
  // were refused before this).
  const localPerson = db.prepare(`SELECT code FROM people WHERE id = ? AND case_id = ?`).pluck();
  const localItem = db.prepare(`SELECT sequence FROM evidence_items WHERE id = ? AND case_id = ?`).pluck();
  const localInterviewee = db.prepare(`SELECT person_id FROM interviews WHERE id = ? AND case_id = ?`).pluck();
  const person: Lookup = (id) => {
    const code = people.get(id)?.code ?? (localPerson.get(id, caseId) as string | undefined);
    return typeof code === 'string' ? code : undefined;
  };
  const evidence: Lookup = (id) => {
    const sequence = items.get(id)?.sequence ?? (localItem.get(id, caseId) as number | undefined);
    return typeof sequence === 'number' && Number.isInteger(sequence) && sequence > 0
      ? formatEvidenceNumber(sequence)
      : undefined;
  };
  const interview: Lookup = (id) => {
    const interviewee = interviews.get(id)?.person_id ?? (localInterviewee.get(id, caseId) as string | undefined);
    return typeof interviewee === 'string' ? person(interviewee) : undefined;
  };
  const theCase: Lookup = (id) => (id === caseId ? reference : undefined);
  return { person, evidence, interview, case: theCase } as const;
}

/** Fills each conflict's `names` with the codes of the records its two versions name. */
export function nameConflictRecords(
  db: VaultDatabase,
  tables: ReadonlyMap<string, StoredRow[]>,
  conflicts: readonly { table: string; ours: ConflictRow; theirs: ConflictRow; names: Record<string, string> }[],
  caseId: string,
  reference: string,
): void {
  const find = lookups(db, tables, caseId, reference);
  for (const conflict of conflicts) {
    for (const row of [conflict.ours, conflict.theirs]) {
      for (const [column, value] of Object.entries(row)) {
        const read = recordField(conflict.table, column)?.read;
        if (read?.kind !== 'reference' || typeof value !== 'string' || conflict.names[value] !== undefined) continue;
        const to = read.to;
        if (to !== 'person' && to !== 'evidence' && to !== 'interview' && to !== 'case') continue;
        const name = find[to](value);
        if (name !== undefined) conflict.names[value] = name;
      }
    }
  }
}
