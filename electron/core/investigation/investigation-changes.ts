import type { AuditAction } from '../../../shared/domain/audit-actions.js';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { CasefileError } from '../../../shared/contract/index.js';
import type { investigationMethods } from '../../../shared/contract/investigation.js';
import {
  outcomeProblem,
  PERSON_REQUIRED_KINDS,
  type ActionOutcome,
  type InvestigativeAction,
  type InvestigativeActionKind,
} from '../../../shared/domain/investigation.js';
import type { PersonRole } from '../../../shared/domain/person.js';
import { messageText } from '../../../shared/i18n/messages.js';
import { caseChange, recordAudit, type CaseChange } from '../kernel/audit/case-change.js';
import type { CaseFileContext } from '../kernel/context.js';
import type { CaseFilePorts } from '../kernel/ports/case-file-ports.js';
import type { CaseKey } from '../kernel/ports/case-records.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { clocksClosedOnConclusion, clocksClosedOnRequest } from './investigation-clocks.js';
import {
  actionRows,
  getActionRow,
  insertAction,
  linkedEvidenceIds,
  personCodeOf,
  toAction,
  writeOutcome,
  type ActionRow,
} from './investigation-store.js';

type RecordInput = z.output<(typeof investigationMethods)['investigation.record']['input']>;
type ConcludeInput = z.output<(typeof investigationMethods)['investigation.conclude']['input']>;

/** Whose body or reputation each person-bound kind concerns. */
const PERSON_ROLE: Partial<Record<InvestigativeActionKind, PersonRole>> = {
  forensic_medical_exam: 'victim',
  toxicology_sample: 'victim',
  subject_reference_sample: 'subject',
  reputation_restoration: 'subject',
};

/** The case's item numbers by id, through the evidence feature. */
function evidenceNumbers(ports: CaseFilePorts, db: VaultDatabase, caseId: string): Map<string, string> {
  return ports.evidence.numbers(db, caseId);
}

function actionOf(ports: CaseFilePorts, db: VaultDatabase, row: ActionRow): InvestigativeAction {
  const numbers = evidenceNumbers(ports, db, row.case_id);
  const evidence = linkedEvidenceIds(db, row.id).map((id) => ({ id, number: numbers.get(id) ?? '—' }));
  return toAction(row, { personCode: personCodeOf(db, row.person_id), evidence });
}

/** A case's actions (by id or reference), in the order requested. */
export function listActions(ports: CaseFilePorts, db: VaultDatabase, caseIdOrReference: string): InvestigativeAction[] {
  const caseId = ports.cases.get(db, caseIdOrReference).id;
  return actionRows(db, caseId).map((row) => actionOf(ports, db, row));
}

function refuseOutcome(kind: InvestigativeActionKind, requestedAt: string, outcome: ActionOutcome, nowMs: number) {
  const problem = outcomeProblem(kind, outcome);
  if (problem) throw new CasefileError('VALIDATION', problem);
  if (Date.parse(outcome.at) > nowMs) throw new CasefileError('VALIDATION', 'investigation.inFuture');
  if (outcome.at < requestedAt) throw new CasefileError('VALIDATION', 'investigation.outcomeBeforeRequest');
}

/**
 * Closes the clocks the act answers (through the deadlines feature), worded for the deadline's
 * record as what was done; returns the closed clocks' names.
 */
function closeAnswered(
  ctx: CaseFileContext,
  db: VaultDatabase,
  row: ActionRow,
  evidenceIds: readonly string[],
  clockIds: readonly string[],
  at: string,
): string[] {
  if (clockIds.length === 0) return [];
  const action = messageText('en', 'deadlineReasons.investigativeAction', { kind: row.kind, status: row.status });
  const concerns = [...(row.person_id === null ? [] : [row.person_id]), ...evidenceIds];
  return ctx.ports.deadlineClosing.closeAnswered(ctx, db, {
    caseId: row.case_id,
    clockIds,
    concerns,
    at,
    action,
    source: { kind: 'investigative_action', id: row.id },
  });
}

/** The audit row of an action recorded or concluded: kinds, dates, codes and numbers, never its free text. */
function actionAudit(auditAction: AuditAction, caseKey: CaseKey, action: InvestigativeAction) {
  const audited = { caseId: caseKey.id, kind: 'investigative_action', id: action.id, label: caseKey.reference };
  return recordAudit(auditAction, audited, auditDetails(action));
}

function auditDetails(action: InvestigativeAction): Record<string, unknown> {
  return {
    kind: action.kind,
    status: action.status,
    ...(action.personCode === undefined ? {} : { person: action.personCode }),
    requestedAt: action.requestedAt,
    ...(action.outcome ? { outcomeAt: action.outcome.at } : {}),
    ...(action.outcome?.providerQualified === undefined ? {} : { providerQualified: action.outcome.providerQualified }),
    evidence: action.evidenceNumbers,
    closedDeadlines: action.closedDeadlines,
  };
}

/**
 * Records an action, requested or already concluded. The person must be one of the case's, of
 * the role the kind concerns (the victim examined, the subject sampled or cleared); linked items
 * must be the case's. Deadlines the request or the conclusion answers are closed with it.
 */
export function recordAction(ctx: CaseFileContext, input: RecordInput): InvestigativeAction {
  return caseChange(ctx, (change): InvestigativeAction => {
    const { db, at: recordedAt } = change;
    const caseKey = ctx.ports.cases.forChange(db, input.caseId);
    const nowMs = Date.parse(recordedAt);
    if (Date.parse(input.requestedAt) > nowMs) throw new CasefileError('VALIDATION', 'investigation.inFuture');
    const role = PERSON_ROLE[input.kind];
    if (input.personId === undefined && PERSON_REQUIRED_KINDS.includes(input.kind)) {
      throw new CasefileError('VALIDATION', 'investigation.personMissing', { kind: input.kind });
    }
    if (input.personId !== undefined) {
      const person = ctx.ports.people.inCase(db, caseKey.id, input.personId);
      if (role !== undefined && person.role !== role) {
        throw new CasefileError('VALIDATION', 'investigation.personRole', { kind: input.kind, role });
      }
    }
    const numbers = evidenceNumbers(ctx.ports, db, caseKey.id);
    const evidenceIds = [...new Set(input.evidenceIds)];
    if (evidenceIds.some((id) => !numbers.has(id)))
      throw new CasefileError('VALIDATION', 'investigation.evidenceElsewhere');
    if (input.outcome) refuseOutcome(input.kind, input.requestedAt, input.outcome, nowMs);

    const row: ActionRow = {
      id: randomUUID(),
      case_id: caseKey.id,
      kind: input.kind,
      person_id: input.personId ?? null,
      description: input.description ?? null,
      requested_at: input.requestedAt,
      requested_by: input.requestedBy,
      status: 'requested',
      outcome_at: null,
      result: null,
      reason: null,
      provider_qualified: null,
      closed_deadlines: '[]',
      confidentiality: input.confidentiality,
      recorded_at: recordedAt,
      updated_at: recordedAt,
    };
    insertAction(db, row, evidenceIds);
    const closed = closeAnswered(ctx, db, row, evidenceIds, clocksClosedOnRequest(row.kind), row.requested_at);
    db.prepare('UPDATE investigative_actions SET closed_deadlines = ? WHERE id = ?').run(
      JSON.stringify(closed),
      row.id,
    );
    const recorded = actionOf(ctx.ports, db, getActionRow(db, row.id));
    change.record(actionAudit('investigation.record', caseKey, recorded));
    return input.outcome ? conclude(ctx, change, row.id, input.outcome, evidenceIds) : recorded;
  });
}

function conclude(
  ctx: CaseFileContext,
  { db, at: updatedAt, record }: CaseChange,
  actionId: string,
  outcome: ActionOutcome,
  evidenceIds: readonly string[],
): InvestigativeAction {
  const row = getActionRow(db, actionId);
  const caseKey = ctx.ports.cases.forChange(db, row.case_id);
  if (row.status !== 'requested') throw new CasefileError('CONFLICT', 'investigation.alreadyConcluded');
  refuseOutcome(row.kind, row.requested_at, outcome, Date.parse(updatedAt));
  const concluded: ActionRow = {
    ...row,
    status: outcome.status,
    outcome_at: outcome.at,
    result: outcome.result ?? null,
    reason: outcome.reason ?? null,
    provider_qualified: outcome.providerQualified === undefined ? null : outcome.providerQualified ? 1 : 0,
    updated_at: updatedAt,
  };
  const closed = closeAnswered(
    ctx,
    db,
    concluded,
    evidenceIds,
    clocksClosedOnConclusion(row.kind, outcome.status),
    outcome.at,
  );
  const before = JSON.parse(row.closed_deadlines) as string[];
  writeOutcome(db, { ...concluded, closed_deadlines: JSON.stringify([...before, ...closed]) });
  const action = actionOf(ctx.ports, db, getActionRow(db, actionId));
  record(actionAudit('investigation.conclude', caseKey, action));
  return action;
}

/** Records how a requested action ended, once; the deadlines that conclusion answers close with it. */
export function concludeAction(ctx: CaseFileContext, input: ConcludeInput): InvestigativeAction {
  return caseChange(ctx, (change) =>
    conclude(ctx, change, input.actionId, input.outcome, linkedEvidenceIds(change.db, input.actionId)),
  );
}
