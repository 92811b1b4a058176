import { CasefileError } from '../../../shared/contract/index.js';
import type { Confidentiality } from '../../../shared/domain/confidentiality.js';
import type {
  InvestigativeAction,
  InvestigativeActionKind,
  InvestigativeActionStatus,
} from '../../../shared/domain/investigation.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { presentOnly } from '../kernel/db/present-only.js';

/** A row of `investigative_actions` (migration 0018). */
export interface ActionRow {
  id: string;
  case_id: string;
  kind: InvestigativeActionKind;
  person_id: string | null;
  description: string | null;
  requested_at: string;
  requested_by: string;
  status: InvestigativeActionStatus;
  outcome_at: string | null;
  result: string | null;
  reason: string | null;
  provider_qualified: 0 | 1 | null;
  closed_deadlines: string;
  confidentiality: Confidentiality;
  recorded_at: string;
  updated_at: string;
}

/** An action with what it links to, named as the investigator knows them (V-01, E-0003). */
interface Linked {
  personCode: string | null;
  evidence: { id: string; number: string }[];
}

/** Whether the provider was qualified, as the 0/1 column records it; left out when it was not recorded. */
export const providerQualification = (row: Pick<ActionRow, 'provider_qualified'>) =>
  presentOnly({ providerQualified: row.provider_qualified === null ? null : row.provider_qualified === 1 });

export function toAction(row: ActionRow, linked: Linked): InvestigativeAction {
  const concluded = row.status !== 'requested' && row.outcome_at !== null;
  return {
    id: row.id,
    caseId: row.case_id,
    kind: row.kind,
    ...presentOnly({ personId: row.person_id, personCode: linked.personCode, description: row.description }),
    requestedAt: row.requested_at,
    requestedBy: row.requested_by,
    evidenceIds: linked.evidence.map((item) => item.id),
    evidenceNumbers: linked.evidence.map((item) => item.number),
    status: row.status,
    ...(concluded
      ? {
          outcome: {
            status: row.status as Exclude<InvestigativeActionStatus, 'requested'>,
            at: row.outcome_at as string,
            ...presentOnly({ result: row.result, reason: row.reason }),
            ...providerQualification(row),
          },
        }
      : {}),
    closedDeadlines: JSON.parse(row.closed_deadlines) as string[],
    confidentiality: row.confidentiality,
    recordedAt: row.recorded_at,
    updatedAt: row.updated_at,
  };
}

export function actionRows(db: VaultDatabase, caseId: string): ActionRow[] {
  return db
    .prepare('SELECT * FROM investigative_actions WHERE case_id = ? ORDER BY requested_at, recorded_at, id')
    .all(caseId) as ActionRow[];
}

export function getActionRow(db: VaultDatabase, actionId: string): ActionRow {
  const row = db.prepare('SELECT * FROM investigative_actions WHERE id = ?').get(actionId) as ActionRow | undefined;
  if (!row) throw new CasefileError('NOT_FOUND', 'investigation.notFound');
  return row;
}

/** The linked items' ids, in the order given. */
export function linkedEvidenceIds(db: VaultDatabase, actionId: string): string[] {
  return db
    .prepare('SELECT evidence_id FROM investigative_action_evidence WHERE action_id = ? ORDER BY position')
    .pluck()
    .all(actionId) as string[];
}

export function personCodeOf(db: VaultDatabase, personId: string | null): string | null {
  if (personId === null) return null;
  return (db.prepare('SELECT code FROM people WHERE id = ?').pluck().get(personId) as string | undefined) ?? null;
}

export function insertAction(db: VaultDatabase, row: ActionRow, evidenceIds: readonly string[]): void {
  db.prepare(
    `INSERT INTO investigative_actions (id, case_id, kind, person_id, description, requested_at, requested_by,
       status, outcome_at, result, reason, provider_qualified, closed_deadlines, confidentiality, recorded_at,
       updated_at)
     VALUES (@id, @case_id, @kind, @person_id, @description, @requested_at, @requested_by, @status, @outcome_at,
       @result, @reason, @provider_qualified, @closed_deadlines, @confidentiality, @recorded_at, @updated_at)`,
  ).run(row);
  const link = db.prepare(
    'INSERT INTO investigative_action_evidence (action_id, evidence_id, position) VALUES (?, ?, ?)',
  );
  evidenceIds.forEach((evidenceId, position) => link.run(row.id, evidenceId, position));
}

/** Writes an action's conclusion and the deadlines it closed (only a requested action concludes). */
export function writeOutcome(
  db: VaultDatabase,
  row: Pick<
    ActionRow,
    'id' | 'status' | 'outcome_at' | 'result' | 'reason' | 'provider_qualified' | 'closed_deadlines' | 'updated_at'
  >,
): void {
  db.prepare(
    `UPDATE investigative_actions
        SET status = @status, outcome_at = @outcome_at, result = @result, reason = @reason,
            provider_qualified = @provider_qualified, closed_deadlines = @closed_deadlines, updated_at = @updated_at
      WHERE id = @id AND status = 'requested'`,
  ).run(row);
}
