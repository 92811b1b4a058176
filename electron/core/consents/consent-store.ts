import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { CasefileError } from '../../../shared/contract/index.js';
import type { ConsentRecordInput } from '../../../shared/contract/consents.js';
import { ConsentDecision, consentDecisionProblem } from '../../../shared/domain/consent.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import type { CaseFileContext } from '../kernel/context.js';
import { validRecord } from '../kernel/record-validation.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { caseRows } from '../kernel/db/case-rows.js';
import { presentOnly } from '../kernel/db/present-only.js';

interface ConsentRow {
  id: string;
  case_id: string;
  person_id: string;
  purpose: ConsentDecision['purpose'];
  decision: ConsentDecision['decision'];
  decided_at: string;
  given_by: ConsentDecision['by'];
  guardian_person_id: string | null;
  recipient: string | null;
  note: string | null;
  recorded_at: string;
}

const toDecision = (row: ConsentRow): ConsentDecision => ({
  id: row.id,
  caseId: row.case_id,
  personId: row.person_id,
  purpose: row.purpose,
  decision: row.decision,
  decidedAt: row.decided_at,
  by: row.given_by,
  ...presentOnly({ guardianPersonId: row.guardian_person_id, recipient: row.recipient, note: row.note }),
  recordedAt: row.recorded_at,
});

// Oldest decision first; decisions of the same moment in the order they were recorded.
const ORDER = 'ORDER BY decided_at, seq';

/** Decisions of a case (by id), or of one person in it, oldest first. */
export function listConsentDecisions(db: VaultDatabase, caseId: string, personId?: string): ConsentDecision[] {
  const query = { select: 'SELECT * FROM consent_decisions', table: 'consent_decisions', order: ORDER };
  return caseRows<ConsentRow>(db, query, caseId, personId).map(toDecision);
}

/**
 * Appends a decision after checking who decided (a guardian of the same case, for someone else)
 * and that the history allows it (only a consent in force can be withdrawn).
 */
export function recordConsent(ctx: CaseFileContext, input: z.output<typeof ConsentRecordInput>): ConsentDecision {
  const db = ctx.db();
  return db
    .transaction((): ConsentDecision => {
      const person = ctx.ports.people.get(db, input.personId);
      const nowMs = ctx.now();
      if (Date.parse(input.decidedAt) > nowMs) {
        throw new CasefileError('VALIDATION', 'consents.inFuture');
      }
      let guardianCode: string | undefined;
      if (input.guardianPersonId !== undefined) {
        const guardian = ctx.ports.people.find(db, input.guardianPersonId);
        if (
          !guardian ||
          guardian.caseId !== person.caseId ||
          guardian.role !== 'guardian' ||
          guardian.id === person.id
        ) {
          throw new CasefileError('VALIDATION', 'consents.guardianElsewhere', { person: person.code });
        }
        guardianCode = guardian.code;
      }
      const next = validRecord(ConsentDecision, {
        ...input,
        id: randomUUID(),
        caseId: person.caseId,
        recordedAt: new Date(nowMs).toISOString(),
      });
      const problem = consentDecisionProblem(listConsentDecisions(db, person.caseId, person.id), next);
      if (problem) throw new CasefileError('CONFLICT', problem.reason, { person: person.code });
      db.prepare(
        `INSERT INTO consent_decisions
         (id, case_id, person_id, purpose, decision, decided_at, given_by, guardian_person_id, recipient, note,
           recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        next.id,
        next.caseId,
        next.personId,
        next.purpose,
        next.decision,
        next.decidedAt,
        next.by,
        next.guardianPersonId ?? null,
        next.recipient ?? null,
        next.note ?? null,
        next.recordedAt,
      );
      appendAudit(ctx, {
        action: 'consent.record',
        caseId: next.caseId,
        target: { kind: 'consent', id: next.id, label: person.code },
        // The note and the recipient's name stay out of the trail: free text may name people or places.
        details: {
          code: person.code,
          purpose: next.purpose,
          decision: next.decision,
          by: next.by,
          ...(guardianCode === undefined ? {} : { guardianCode }),
          decidedAt: next.decidedAt,
          limitedToRecipient: next.recipient !== undefined,
        },
      });
      ctx.ports.cases.touch(db, next.caseId, next.recordedAt);
      return next;
    })
    .immediate();
}
