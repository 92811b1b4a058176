import { randomUUID } from 'node:crypto';
import { CasefileError } from '../../../shared/contract/index.js';
import {
  SubjectAction,
  subjectActionProblem,
  type SubjectActionFields,
} from '../../../shared/domain/subject-action.js';
import type { CaseAction } from '../../../shared/principles/snapshot.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import type { CaseFileContext } from '../kernel/context.js';
import { crossFieldRefusal, validRecord } from '../kernel/record-validation.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { caseRows } from '../kernel/db/case-rows.js';
import { presentOnly } from '../kernel/db/present-only.js';

/** Actions about subjects (migration 0016): appended, read in the order they were taken. */

interface SubjectActionRow {
  id: string;
  case_id: string;
  person_id: string;
  code: string;
  kind: SubjectAction['kind'];
  taken_at: string;
  source: SubjectAction['source'];
  source_reference: string | null;
  description: string | null;
  follow_up_id: string | null;
  recorded_at: string;
  recorded_by: string;
}

const toAction = (row: SubjectActionRow): SubjectAction => ({
  id: row.id,
  caseId: row.case_id,
  personId: row.person_id,
  personCode: row.code,
  kind: row.kind,
  takenAt: row.taken_at,
  source: row.source,
  ...presentOnly({ sourceReference: row.source_reference, description: row.description, followUpId: row.follow_up_id }),
  recordedAt: row.recorded_at,
  recordedBy: row.recorded_by,
});

const SELECT = `SELECT a.*, p.code FROM subject_actions a JOIN people p ON p.id = a.person_id`;
const ORDER = 'ORDER BY a.taken_at, a.seq';

/** The actions of a case (by id), or of one subject in it, oldest first. */
export function listSubjectActions(db: VaultDatabase, caseId: string, personId?: string): SubjectAction[] {
  return caseRows<SubjectActionRow>(db, { select: SELECT, table: 'a', order: ORDER }, caseId, personId).map(toAction);
}

/** The actions as the principles read them (R14: a step to restore a subject's reputation). */
export function loadActionsForPrinciples(db: VaultDatabase, caseId: string): CaseAction[] {
  return listSubjectActions(db, caseId).map((action) => ({
    id: action.id,
    kind: action.kind,
    personId: action.personId,
    at: action.takenAt,
    source: action.source,
    description: action.description ?? '',
  }));
}

/**
 * Appends an action about a subject: the person must be a subject of a case that can change, the
 * action dated no later than now, "other" named, and a follow-up item it came from of the same case.
 */
export function recordSubjectAction(ctx: CaseFileContext, input: SubjectActionFields): SubjectAction {
  const db = ctx.db();
  return db
    .transaction((): SubjectAction => {
      const person = ctx.ports.people.get(db, input.personId);
      const caseKey = ctx.ports.cases.forChange(db, person.caseId);
      if (person.role !== 'subject') {
        throw new CasefileError('VALIDATION', 'subjectActions.notSubject', { person: person.code });
      }
      const nowMs = ctx.now();
      if (Date.parse(input.takenAt) > nowMs) throw new CasefileError('VALIDATION', 'subjectActions.inFuture');
      const problem = subjectActionProblem(input);
      if (problem) throw crossFieldRefusal([problem]);
      if (input.followUpId !== undefined) {
        const followUpCase = db.prepare('SELECT case_id FROM follow_ups WHERE id = ?').pluck().get(input.followUpId);
        if (followUpCase !== caseKey.id) throw new CasefileError('VALIDATION', 'subjectActions.followUpElsewhere');
      }
      const recordedAt = new Date(nowMs).toISOString();
      const action = validRecord(SubjectAction, {
        ...input,
        id: randomUUID(),
        caseId: caseKey.id,
        personCode: person.code,
        recordedAt,
        recordedBy: ctx.actor,
      });
      db.prepare(
        `INSERT INTO subject_actions (id, case_id, person_id, kind, taken_at, source, source_reference, description,
           follow_up_id, recorded_at, recorded_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        action.id,
        action.caseId,
        action.personId,
        action.kind,
        action.takenAt,
        action.source,
        action.sourceReference ?? null,
        action.description ?? null,
        action.followUpId ?? null,
        action.recordedAt,
        action.recordedBy,
      );
      appendAudit(ctx, {
        action: 'subject_action.record',
        caseId: action.caseId,
        target: { kind: 'subject_action', id: action.id, label: person.code },
        // The reference and the description stay out of the trail: free text may name people.
        details: {
          code: person.code,
          kind: action.kind,
          source: action.source,
          takenAt: action.takenAt,
          ...(action.followUpId === undefined ? {} : { followUpId: action.followUpId }),
        },
      });
      ctx.ports.cases.touch(db, action.caseId, recordedAt);
      return action;
    })
    .immediate();
}
