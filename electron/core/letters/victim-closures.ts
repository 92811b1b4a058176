import { randomUUID } from 'node:crypto';
import { CasefileError } from '../../../shared/contract/index.js';
import type { InvestigatingEntity } from '../../../shared/domain/case.js';
import type { WithoutInvestigationGround } from '../../../shared/domain/finding.js';
import {
  victimClosureProblem,
  type VictimClosure,
  type VictimClosureInput,
} from '../../../shared/domain/victim-closure.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import type { CaseFileContext } from '../kernel/context.js';
import { presentOnly } from '../kernel/db/present-only.js';
import type { VaultDatabase } from '../kernel/vault/database.js';

/**
 * Why the matter closed for each victim (migration 0021): recorded per victim, the latest record in
 * force. Her closure letter reads it (shared/documents/letter-applicability.ts, merge-data.ts).
 */

interface VictimClosureRow {
  id: string;
  person_id: string;
  code: string;
  ground: WithoutInvestigationGround;
  reason_to_victim: string | null;
  decided_by: InvestigatingEntity;
  decided_on: string;
  recorded_at: string;
  recorded_by: string;
}

const toClosure = (row: VictimClosureRow): VictimClosure => ({
  id: row.id,
  personId: row.person_id,
  code: row.code,
  ground: row.ground,
  ...presentOnly({ reasonToVictim: row.reason_to_victim }),
  decidedBy: row.decided_by,
  decidedOn: row.decided_on,
  recordedAt: row.recorded_at,
  recordedBy: row.recorded_by,
});

/** Each victim's record in force (her latest), by code. */
export function victimClosuresOf(db: VaultDatabase, caseId: string): VictimClosure[] {
  const rows = db
    .prepare(
      `SELECT v.*, p.code AS code FROM victim_closures v JOIN people p ON p.id = v.person_id
        WHERE v.case_id = ? AND v.seq = (SELECT max(seq) FROM victim_closures WHERE person_id = v.person_id)
        ORDER BY p.code`,
    )
    .all(caseId) as VictimClosureRow[];
  return rows.map(toClosure);
}

/** Records why the matter closed for one victim of the case; audited by codes and kinds, never the free text. */
export function recordVictimClosure(ctx: CaseFileContext, input: VictimClosureInput): VictimClosure {
  const db = ctx.db();
  return db
    .transaction((): VictimClosure => {
      const theCase = ctx.ports.cases.forChange(db, input.caseId);
      const victim = ctx.ports.people.inCase(db, theCase.id, input.personId);
      if (victim.role !== 'victim') {
        throw new CasefileError('VALIDATION', 'letters.closureNotVictim', { person: victim.code });
      }
      const problem = victimClosureProblem(input);
      if (problem !== null) throw new CasefileError('VALIDATION', problem);
      const id = randomUUID();
      const recordedAt = new Date(ctx.now()).toISOString();
      db.prepare(
        `INSERT INTO victim_closures
           (id, case_id, person_id, ground, reason_to_victim, decided_by, decided_on, recorded_at, recorded_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        theCase.id,
        victim.id,
        input.ground,
        input.reasonToVictim ?? null,
        input.decidedBy,
        input.decidedOn,
        recordedAt,
        ctx.actor,
      );
      appendAudit(ctx, {
        action: 'victim_closure.record',
        caseId: theCase.id,
        target: { kind: 'victim_closure', id, label: victim.code },
        // The words to her are free text: only that they were written.
        details: {
          code: victim.code,
          closureGround: input.ground,
          decidedBy: input.decidedBy,
          decidedOn: input.decidedOn,
          reasonToVictim: input.reasonToVictim !== undefined,
        },
      });
      ctx.ports.cases.touch(db, theCase.id, recordedAt);
      const recorded = victimClosuresOf(db, theCase.id).find((closure) => closure.id === id);
      if (!recorded) throw new Error('victim closure: the record just written is not in force');
      return recorded;
    })
    .immediate();
}
