import { CasefileError } from '../../../shared/contract/index.js';
import type { Confidentiality } from '../../../shared/domain/confidentiality.js';
import type {
  ChildSupport,
  DnaResult,
  MemberStateContact,
  PaternityChild,
  PaternityChildStatus,
} from '../../../shared/domain/paternity.js';
import type { UncertainDate } from '../../../shared/domain/uncertain-date.js';
import { presentOnly } from '../kernel/db/present-only.js';
import type { VaultDatabase } from '../kernel/vault/database.js';

interface ChildRow {
  id: string;
  case_id: string;
  code: string;
  mother_id: string;
  subject_id: string;
  mother_code: string;
  subject_code: string;
  birth: string;
  reported_on: string;
  status: PaternityChildStatus;
  dna_sample_taken_on: string | null;
  dna_sample_sent_on: string | null;
  dna_result: DnaResult | null;
  dna_result_on: string | null;
  member_state_contact: string | null;
  support: string;
  note: string | null;
  confidentiality: Confidentiality;
  created_at: string;
  updated_at: string;
}

const SELECT = `SELECT c.*, m.code AS mother_code, s.code AS subject_code
  FROM paternity_children c JOIN people m ON m.id = c.mother_id JOIN people s ON s.id = c.subject_id`;

function toChild(row: ChildRow): PaternityChild {
  return {
    id: row.id,
    caseId: row.case_id,
    code: row.code,
    motherId: row.mother_id,
    subjectId: row.subject_id,
    motherCode: row.mother_code,
    subjectCode: row.subject_code,
    birth: JSON.parse(row.birth) as UncertainDate,
    reportedOn: row.reported_on,
    status: row.status,
    dna: presentOnly({
      sampleTakenOn: row.dna_sample_taken_on,
      sampleSentOn: row.dna_sample_sent_on,
      result: row.dna_result,
      resultOn: row.dna_result_on,
    }),
    ...presentOnly({
      memberStateContact:
        row.member_state_contact === null ? null : (JSON.parse(row.member_state_contact) as MemberStateContact),
    }),
    support: JSON.parse(row.support) as ChildSupport,
    ...presentOnly({ note: row.note }),
    confidentiality: row.confidentiality,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A case's child records (by case id), by code. */
export function listChildren(db: VaultDatabase, caseId: string): PaternityChild[] {
  const rows = db.prepare(`${SELECT} WHERE c.case_id = ? ORDER BY length(c.code), c.code`).all(caseId) as ChildRow[];
  return rows.map(toChild);
}

export function getChild(db: VaultDatabase, childId: string): PaternityChild {
  const row = db.prepare(`${SELECT} WHERE c.id = ?`).get(childId) as ChildRow | undefined;
  if (!row) throw new CasefileError('NOT_FOUND', 'paternity.notFound');
  return toChild(row);
}

/** Every code the case has issued: records are never deleted, so this is every code ever handed out. */
export function childCodesIssued(db: VaultDatabase, caseId: string): string[] {
  return db.prepare('SELECT code FROM paternity_children WHERE case_id = ?').pluck().all(caseId) as string[];
}
