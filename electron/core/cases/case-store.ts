import { randomUUID } from 'node:crypto';
import type { CaseSummary } from '../../../shared/contract/cases.js';
import type { Confidentiality } from '../../../shared/domain/confidentiality.js';
import type { VaultDatabase } from '../vault/database.js';

export interface NewCase {
  title: string;
  summary: string;
  confidentiality: Confidentiality;
}

interface CaseRow {
  id: string;
  reference: string;
  title: string;
  confidentiality: Confidentiality;
  created_at: string;
  updated_at: string;
}

const toSummary = (row: CaseRow): CaseSummary => ({
  id: row.id,
  reference: row.reference,
  title: row.title,
  confidentiality: row.confidentiality,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** `CF-2026-0001`: the year the case was opened (UTC) and its number within that year. */
export function formatCaseReference(year: number, number: number): string {
  return `CF-${year}-${String(number).padStart(4, '0')}`;
}

export function listCases(db: VaultDatabase): CaseSummary[] {
  const rows = db
    .prepare(
      `SELECT id, reference, title, confidentiality, created_at, updated_at
         FROM cases ORDER BY created_at DESC, reference DESC`,
    )
    .all() as CaseRow[];
  return rows.map(toSummary);
}

/** Opens a case with the next reference of the year; both happen in one transaction. */
export function createCase(db: VaultDatabase, input: NewCase, nowMs: number): CaseSummary {
  const at = new Date(nowMs);
  const timestamp = at.toISOString();
  const year = at.getUTCFullYear();
  const nextNumber = db.prepare(
    `INSERT INTO case_reference_counters (year, last_number) VALUES (?, 1)
       ON CONFLICT (year) DO UPDATE SET last_number = last_number + 1
       RETURNING last_number`,
  );
  const insert = db.prepare(
    `INSERT INTO cases (id, reference, title, summary, confidentiality, created_at, updated_at)
       VALUES (@id, @reference, @title, @summary, @confidentiality, @created_at, @updated_at)`,
  );
  return db.transaction((): CaseSummary => {
    const number = nextNumber.pluck().get(year) as number;
    const row: CaseRow & { summary: string } = {
      id: randomUUID(),
      reference: formatCaseReference(year, number),
      title: input.title,
      summary: input.summary,
      confidentiality: input.confidentiality,
      created_at: timestamp,
      updated_at: timestamp,
    };
    insert.run(row);
    return toSummary(row);
  }).immediate();
}
