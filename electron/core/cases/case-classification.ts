import { presentOnly } from '../kernel/db/present-only.js';
import type { Case } from '../../../shared/domain/case.js';
import { checkCaseClassification, type ProposedClassification } from '../../../shared/principles/guards.js';
import type { Principles } from '../kernel/ports/principles.js';
import type { VaultDatabase } from '../kernel/vault/database.js';

/** A change that may alter who counts as a child (the dates) or how the case is classified or closed. */
export interface ProposedCaseFacts extends ProposedClassification {
  incidentDates?: Case['incidentDates'];
  dateReceived?: Case['dateReceived'];
  /** An exchange alleged makes a consensual closure impossible (R5b). */
  allegedExchange?: Case['allegedExchange'];
}

/**
 * R5 and R5b, before the change is written: refuses (RULE_BLOCKED) a closure as consensual that a
 * victim who is or may be a minor, a victim under UN protection or an alleged exchange forbids.
 * The dates count too, since a victim's age at the incident follows from them.
 */
export function refuseMisclassification(
  principles: Principles,
  db: VaultDatabase,
  caseId: string,
  nowMs: number,
  proposed: ProposedCaseFacts,
): void {
  const snapshot = principles.snapshot(db, caseId, nowMs);
  const { incidentDates, dateReceived, allegedExchange, ...classification } = proposed;
  const withDates = {
    ...snapshot,
    case: {
      ...snapshot.case,
      ...presentOnly({ incidentDates, dateReceived, allegedExchange }),
    },
  };
  principles.refuseBlocking(checkCaseClassification(withDates, classification));
}
