import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../../shared/clocks/local-time.js';
import type { CaseIntake, CaseRecord } from '../../../shared/contract/cases.js';
import {
  formatCaseReference,
  INITIAL_CASE_STATUS,
  statusChangeProblem,
  type StatusChange,
} from '../../../shared/domain/case.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import type { CaseFileContext } from '../kernel/context.js';
import { CASE_FIELD_COLUMNS, EDITABLE_FIELDS } from './case-columns.js';
import { indexCase } from './case-search-text.js';
import { getCase, reasonColumns } from './case-store.js';

/**
 * Opens a case: the next reference of the year it is opened (on the mission's calendar; a counter,
 * so a reference is never handed out twice), the opening entry of its status history, its search
 * text and its audit row, all in one transaction.
 */
export function createCase(ctx: CaseFileContext, intake: CaseIntake): CaseRecord {
  const db = ctx.db();
  const at = new Date(ctx.now()).toISOString();
  const opening: StatusChange = { from: null, to: INITIAL_CASE_STATUS, at, reason: { code: 'opened_at_intake' } };
  const problem = statusChangeProblem(undefined, opening);
  // Only reachable if the domain's initial status and this code disagree: a programming error.
  if (problem) throw new Error(`createCase: ${problem.reason}`);

  const columns = Object.fromEntries(
    EDITABLE_FIELDS.map((field) => [CASE_FIELD_COLUMNS[field].column, CASE_FIELD_COLUMNS[field].encode(intake[field])]),
  );
  const names = Object.keys(columns);
  const insertCase = db.prepare(
    `INSERT INTO cases (id, reference, ${names.join(', ')}, reporting_obligation_acknowledged_at, status, created_at,
      updated_at)
     VALUES (@id, @reference, ${names.map((name) => `@${name}`).join(', ')}, @acknowledgedAt, @status, @at, @at)`,
  );
  const nextNumber = db.prepare(
    `INSERT INTO case_reference_counters (year, last_number) VALUES (?, 1)
       ON CONFLICT (year) DO UPDATE SET last_number = last_number + 1
       RETURNING last_number`,
  );
  const insertOpening = db.prepare(
    `INSERT INTO case_status_changes (case_id, position, from_status, to_status, at, reason, reason_code,
      closure_ground, recorded_at)
     VALUES (?, 1, NULL, ?, ?, @reason, @reasonCode, NULL, ?)`,
  );

  const taken = db.prepare(`SELECT 1 FROM cases WHERE reference = ?`).pluck();
  // Skips numbers already used by a case that did not come from the counter (e.g. one imported later).
  const nextFreeReference = (year: number): string => {
    for (;;) {
      const reference = formatCaseReference(year, nextNumber.pluck().get(year) as number);
      if (taken.get(reference) === undefined) return reference;
    }
  };

  return db
    .transaction((): CaseRecord => {
      const id = randomUUID();
      // A case opened at 01:00 on 1 January in Nairobi belongs to the new year, whatever UTC says.
      const year = Number(
        localDateOf(Date.parse(at), ctx.ports.clockConfiguration.read(db).calendar.timeZone).slice(0, 4),
      );
      const reference = nextFreeReference(year);
      insertCase.run({
        ...columns,
        id,
        reference,
        acknowledgedAt: intake.reportingObligationAcknowledged ? at : null,
        status: INITIAL_CASE_STATUS,
        at,
      });
      insertOpening.run(id, opening.to, opening.at, reasonColumns(opening.reason), at);
      indexCase(db, { id, reference, title: intake.title, entity: intake.entity, summary: intake.summary });
      appendAudit(ctx, {
        action: 'case.create',
        caseId: id,
        target: { kind: 'case', id, label: reference },
        details: {
          status: INITIAL_CASE_STATUS,
          confidentiality: intake.confidentiality,
          reportingObligationAcknowledged: intake.reportingObligationAcknowledged,
        },
      });
      // The incident may still be inside its 72-hour windows: start those clocks now.
      ctx.ports.reactions.caseChanged(ctx, db, id);
      return getCase(db, id);
    })
    .immediate();
}
