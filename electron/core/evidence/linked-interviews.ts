import type { LinkedInterview } from '../../../shared/contract/evidence.js';
import { codeNumberSql } from '../kernel/db/code-search.js';
import { presentOnly } from '../kernel/db/present-only.js';
import type { VaultDatabase } from '../kernel/vault/database.js';

interface LinkedInterviewRow {
  id: string;
  person_code: string;
  status: LinkedInterview['status'];
  scheduled_at: string | null;
  conducted_at: string | null;
}

/**
 * The interviews item `itemId` is linked to, each with its interviewee's code, its status and when
 * it is planned or took place: by code (V-2 before V-10), an interviewee's interviews by date.
 */
export function linkedInterviewsOf(db: VaultDatabase, itemId: string): LinkedInterview[] {
  const rows = db
    .prepare(
      `SELECT i.id, p.code AS person_code, i.status,
              json_extract(i.arrangements, '$.scheduledAt') AS scheduled_at, i.conducted_at
         FROM evidence_interviews link
         JOIN interviews i ON i.id = link.interview_id
         JOIN people p ON p.id = i.person_id
        WHERE link.item_id = ?
        ORDER BY substr(p.code, 1, 1), ${codeNumberSql('p.code')}, coalesce(i.conducted_at, scheduled_at), i.id`,
    )
    .all(itemId) as LinkedInterviewRow[];
  return rows.map((row) => ({
    id: row.id,
    personCode: row.person_code,
    status: row.status,
    ...presentOnly({ scheduledAt: row.scheduled_at, conductedAt: row.conducted_at }),
  }));
}
