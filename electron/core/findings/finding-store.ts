import type {
  FindingOutcome,
  SubjectFinding,
  SubjectOutcome,
  WithoutInvestigationGround,
} from '../../../shared/domain/finding.js';
import type { SubjectFindings } from '../kernel/ports/subject-findings.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { caseRows } from '../kernel/db/case-rows.js';
import { presentOnly } from '../kernel/db/present-only.js';

export interface FindingRow {
  id: string;
  case_id: string;
  person_id: string;
  code: string;
  version: number;
  outcome: FindingOutcome;
  deciding_entity: SubjectFinding['decidingEntity'];
  decided_on: string;
  report_reference: string | null;
  closure_ground: WithoutInvestigationGround | null;
  closure_reason: string | null;
  correction_reason: string | null;
  recorded_at: string;
  recorded_by: string;
}

export const toFinding = (row: FindingRow): SubjectFinding => ({
  id: row.id,
  caseId: row.case_id,
  personId: row.person_id,
  code: row.code,
  version: row.version,
  outcome: row.outcome,
  decidingEntity: row.deciding_entity,
  decidedOn: row.decided_on,
  ...presentOnly({
    reportReference: row.report_reference,
    closureGround: row.closure_ground,
    closureReason: row.closure_reason,
    correctionReason: row.correction_reason,
  }),
  recordedAt: row.recorded_at,
  recordedBy: row.recorded_by,
});

const SELECT = `SELECT f.*, p.code AS code FROM subject_findings f JOIN people p ON p.id = f.person_id`;

/** Every version of the findings of a case, or of one subject in it: by subject code, oldest version first. */
export function listFindings(db: VaultDatabase, caseId: string, personId?: string): SubjectFinding[] {
  const query = { select: SELECT, table: 'f', order: 'ORDER BY p.code, f.version' };
  return caseRows<FindingRow>(db, query, caseId, personId).map(toFinding);
}

/** The finding in force for a subject: its last version, or undefined. */
export function currentFinding(db: VaultDatabase, personId: string): SubjectFinding | undefined {
  const row = db.prepare(`${SELECT} WHERE f.person_id = ? ORDER BY f.version DESC LIMIT 1`).get(personId) as
    FindingRow | undefined;
  return row && toFinding(row);
}

/** Every subject of a case by code, with the outcome (and closure ground) of its finding in force. */
function outcomesOf(db: VaultDatabase, caseId: string): SubjectOutcome[] {
  const rows = db
    .prepare(
      `SELECT p.code AS code, f.outcome AS outcome, f.closure_ground AS closureGround,
              f.deciding_entity AS decidingEntity, f.decided_on AS decidedOn, f.report_reference AS reportReference
         FROM people p
         LEFT JOIN subject_findings f ON f.person_id = p.id
           AND f.version = (SELECT max(version) FROM subject_findings WHERE person_id = p.id)
        WHERE p.case_id = ? AND p.role = 'subject'
        ORDER BY p.code`,
    )
    .all(caseId) as Array<{
    code: string;
    outcome: FindingOutcome | null;
    closureGround: WithoutInvestigationGround | null;
    decidingEntity: SubjectFinding['decidingEntity'] | null;
    decidedOn: string | null;
    reportReference: string | null;
  }>;
  return rows.map((row) => ({
    code: row.code,
    outcome: row.outcome,
    ...presentOnly({
      closureGround: row.closureGround,
      decidingEntity: row.decidingEntity,
      decidedOn: row.decidedOn,
      reportReference: row.reportReference,
    }),
  }));
}

/** The findings as the cases feature reads them (kernel/ports/subject-findings.ts). */
export const subjectFindings: SubjectFindings = { outcomesOf };
