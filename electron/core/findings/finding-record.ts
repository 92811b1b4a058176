import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { localDateOf } from '../../../shared/clocks/local-time.js';
import { CasefileError } from '../../../shared/contract/index.js';
import type { FindingRecordInput } from '../../../shared/contract/findings.js';
import type { CaseStatus } from '../../../shared/domain/case.js';
import { findingProblems, INVESTIGATED_OUTCOMES, type SubjectFinding } from '../../../shared/domain/finding.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import type { CaseFileContext } from '../kernel/context.js';
import { presentOnly } from '../kernel/db/present-only.js';
import { crossFieldRefusal } from '../kernel/record-validation.js';
import type { CaseKey } from '../kernel/ports/case-records.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { currentFinding, toFinding, type FindingRow } from './finding-store.js';

/** Before an investigation has started, only a closure without investigation can be decided. */
const NOT_YET_INVESTIGATED: readonly CaseStatus[] = ['preliminary_assessment', 'under_review'];

function refuseDate(ctx: CaseFileContext, db: VaultDatabase, caseKey: CaseKey, decidedOn: string): void {
  const today = localDateOf(ctx.now(), ctx.ports.clockConfiguration.read(db).calendar.timeZone);
  if (decidedOn > today) throw crossFieldRefusal([{ path: 'decidedOn', reason: 'findings.decidedInFuture' }]);
  if (decidedOn < caseKey.dateReceived) {
    throw CasefileError.because(
      'VALIDATION',
      { reason: 'findings.decidedBeforeReceived', params: { date: caseKey.dateReceived } },
      { fields: [{ path: ['decidedOn'], problem: 'invalid' }] },
    );
  }
}

/**
 * Records a subject's finding, or a correction of the one in force as its next version (the
 * earlier stays, the correction says why); then the case follows its subjects' findings
 * (ports.cases.followFindings), all in one transaction with the audit row.
 */
export function recordFinding(ctx: CaseFileContext, input: z.output<typeof FindingRecordInput>): SubjectFinding {
  const db = ctx.db();
  return db
    .transaction((): SubjectFinding => {
      const person = ctx.ports.people.get(db, input.personId);
      if (person.role !== 'subject')
        throw new CasefileError('VALIDATION', 'findings.notASubject', { code: person.code });
      const caseKey = ctx.ports.cases.forChange(db, person.caseId);
      const problems = findingProblems(input);
      if (problems.length > 0) throw crossFieldRefusal(problems);
      refuseDate(ctx, db, caseKey, input.decidedOn);

      const previous = currentFinding(db, person.id);
      if (previous && input.correctionReason === undefined) {
        throw CasefileError.because(
          'VALIDATION',
          { reason: 'findings.correctionReasonMissing', params: { code: person.code } },
          { fields: [{ path: ['correctionReason'], problem: 'invalid' }] },
        );
      }
      if (!previous && input.correctionReason !== undefined) {
        throw new CasefileError('VALIDATION', 'findings.nothingToCorrect', { code: person.code });
      }
      if (INVESTIGATED_OUTCOMES.includes(input.outcome)) {
        const { status } = ctx.ports.cases.get(db, caseKey.id);
        if (NOT_YET_INVESTIGATED.includes(status)) {
          throw new CasefileError('CONFLICT', 'findings.beforeInvestigation', { reference: caseKey.reference });
        }
      }

      const recordedAt = new Date(ctx.now()).toISOString();
      const row: FindingRow = {
        id: randomUUID(),
        case_id: caseKey.id,
        person_id: person.id,
        code: person.code,
        version: (previous?.version ?? 0) + 1,
        outcome: input.outcome,
        deciding_entity: input.decidingEntity,
        decided_on: input.decidedOn,
        report_reference: input.reportReference ?? null,
        closure_ground: input.closureGround ?? null,
        closure_reason: input.closureReason ?? null,
        correction_reason: input.correctionReason ?? null,
        recorded_at: recordedAt,
        recorded_by: ctx.actor,
      };
      db.prepare(
        `INSERT INTO subject_findings (id, case_id, person_id, version, outcome, deciding_entity, decided_on,
           report_reference, closure_ground, closure_reason, correction_reason, recorded_at, recorded_by)
         VALUES (@id, @case_id, @person_id, @version, @outcome, @deciding_entity, @decided_on, @report_reference,
           @closure_ground, @closure_reason, @correction_reason, @recorded_at, @recorded_by)`,
      ).run({ ...row, code: undefined });
      appendAudit(ctx, {
        action: previous ? 'finding.correct' : 'finding.record',
        caseId: caseKey.id,
        target: { kind: 'finding', id: row.id, label: person.code },
        // Reasons and the report reference stay out of the trail: free text may name people or places.
        details: {
          code: person.code,
          version: row.version,
          outcome: row.outcome,
          decidingEntity: row.deciding_entity,
          decidedOn: row.decided_on,
          ...presentOnly({ closureGround: row.closure_ground }),
          ...(previous ? { previousOutcome: previous.outcome } : {}),
        },
      });
      ctx.ports.cases.touch(db, caseKey.id, recordedAt);
      ctx.ports.cases.followFindings(ctx, caseKey.id);
      return toFinding(row);
    })
    .immediate();
}
