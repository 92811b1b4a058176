import type { AuditAction } from '../../../shared/domain/audit-actions.js';
import { localDateOf } from '../../../shared/clocks/local-time.js';
import { CasefileError, type ParsedInput } from '../../../shared/contract/index.js';
import type { CaseClockFacts } from '../../../shared/contract/deadlines.js';
import { caseChange, type CaseChange } from '../kernel/audit/case-change.js';
import type { CaseFileContext } from '../kernel/context.js';
import type { CaseKey } from '../kernel/ports/case-records.js';
import { readCaseClockFacts, writeCondition, writeMilestone } from './case-clock-facts.js';
import { readClockConfiguration } from './clock-settings.js';
import { refreshCaseDeadlines } from './deadline-triggers.js';

/**
 * Milestones and conditions recorded after intake. Each starts (or moves) the clocks counted
 * from it in the same transaction; a corrected milestone moves its open deadlines.
 */

/** A milestone or condition changed: audited, the case marked changed, its clocks following; read back. */
function recordClockFact(
  ctx: CaseFileContext,
  { db, record }: Pick<CaseChange, 'db' | 'record'>,
  caseKey: CaseKey,
  audit: { action: AuditAction; details: Record<string, unknown> },
): CaseClockFacts {
  record({ ...audit, caseId: caseKey.id, target: { kind: 'case', id: caseKey.id, label: caseKey.reference } });
  refreshCaseDeadlines(ctx, db, caseKey.id);
  return readCaseClockFacts(db, caseKey.id);
}

export function recordMilestone(ctx: CaseFileContext, input: ParsedInput<'deadlines.recordMilestone'>): CaseClockFacts {
  return caseChange(ctx, ({ db, at, record }): CaseClockFacts => {
    const row = ctx.ports.cases.forChange(db, input.caseId);
    if (Date.parse(input.at) > Date.parse(at)) throw new CasefileError('VALIDATION', 'deadlines.milestoneInFuture');
    const { timeZone } = readClockConfiguration(db).calendar;
    if (localDateOf(Date.parse(input.at), timeZone) < row.dateReceived) {
      throw new CasefileError('VALIDATION', 'deadlines.milestoneBeforeReceived', { received: row.dateReceived });
    }
    const previous = writeMilestone(db, row.id, input.milestone, input.at, at);
    if (previous === undefined) return readCaseClockFacts(db, row.id);
    const details = { milestone: input.milestone, at: input.at, previous };
    return recordClockFact(ctx, { db, record }, row, { action: 'case.milestone', details });
  });
}

export function setCaseCondition(ctx: CaseFileContext, input: ParsedInput<'deadlines.setCondition'>): CaseClockFacts {
  return caseChange(ctx, ({ db, at, record }): CaseClockFacts => {
    const row = ctx.ports.cases.forChange(db, input.caseId);
    if (!writeCondition(db, row.id, input.condition, input.holds, at)) return readCaseClockFacts(db, row.id);
    const details = { condition: input.condition, holds: input.holds };
    return recordClockFact(ctx, { db, record }, row, { action: 'case.condition', details });
  });
}
