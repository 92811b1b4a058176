import { localDateOf } from '../../../shared/clocks/local-time.js';
import { CasefileError } from '../../../shared/contract/index.js';
import type { CaseClockCondition, CaseClockFacts, CaseMilestone } from '../../../shared/contract/deadlines.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import type { CaseFileContext } from '../kernel/context.js';
import { readCaseClockFacts, writeCondition, writeMilestone } from './case-clock-facts.js';
import { readClockConfiguration } from './clock-settings.js';
import { refreshCaseDeadlines } from './deadline-triggers.js';

/**
 * Milestones and conditions recorded after intake. Each starts (or moves) the clocks counted
 * from it in the same transaction; a corrected milestone moves its open deadlines.
 */

export function recordMilestone(
  ctx: CaseFileContext,
  input: { caseId: string; milestone: CaseMilestone; at: string },
): CaseClockFacts {
  const db = ctx.db();
  const nowMs = ctx.now();
  return db
    .transaction((): CaseClockFacts => {
      const row = ctx.ports.cases.forChange(db, input.caseId);
      if (Date.parse(input.at) > nowMs) throw new CasefileError('VALIDATION', 'deadlines.milestoneInFuture');
      const { timeZone } = readClockConfiguration(db).calendar;
      if (localDateOf(Date.parse(input.at), timeZone) < row.dateReceived) {
        throw new CasefileError('VALIDATION', 'deadlines.milestoneBeforeReceived', { received: row.dateReceived });
      }
      const recordedAt = new Date(nowMs).toISOString();
      const previous = writeMilestone(db, row.id, input.milestone, input.at, recordedAt);
      if (previous === undefined) return readCaseClockFacts(db, row.id);
      appendAudit(ctx, {
        action: 'case.milestone',
        caseId: row.id,
        target: { kind: 'case', id: row.id, label: row.reference },
        details: { milestone: input.milestone, at: input.at, previous },
      });
      refreshCaseDeadlines(ctx, db, row.id);
      ctx.ports.cases.touch(db, row.id, recordedAt);
      return readCaseClockFacts(db, row.id);
    })
    .immediate();
}

export function setCaseCondition(
  ctx: CaseFileContext,
  input: { caseId: string; condition: CaseClockCondition; holds: boolean },
): CaseClockFacts {
  const db = ctx.db();
  return db
    .transaction((): CaseClockFacts => {
      const row = ctx.ports.cases.forChange(db, input.caseId);
      const recordedAt = new Date(ctx.now()).toISOString();
      if (!writeCondition(db, row.id, input.condition, input.holds, recordedAt)) return readCaseClockFacts(db, row.id);
      appendAudit(ctx, {
        action: 'case.condition',
        caseId: row.id,
        target: { kind: 'case', id: row.id, label: row.reference },
        details: { condition: input.condition, holds: input.holds },
      });
      refreshCaseDeadlines(ctx, db, row.id);
      ctx.ports.cases.touch(db, row.id, recordedAt);
      return readCaseClockFacts(db, row.id);
    })
    .immediate();
}
