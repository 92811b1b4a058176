import type { Case } from '../../../shared/domain/case.js';
import { checkCaseClassification, type ProposedClassification } from '../../../shared/principles/guards.js';
import type { Principles } from '../kernel/ports/principles.js';
import type { VaultDatabase } from '../kernel/vault/database.js';

/** A change that may alter who counts as a child (the dates) or how the case is classified or closed. */
export interface ProposedCaseFacts extends ProposedClassification {
  incidentDates?: Case['incidentDates'];
  dateReceived?: Case['dateReceived'];
}

/**
 * R5, before the change is written: refuses (RULE_BLOCKED) a classification or closure that a
 * victim who is or may be a minor forbids. The dates count too, since a victim's age at the
 * incident follows from them.
 */
export function refuseMisclassification(
  principles: Principles,
  db: VaultDatabase,
  caseId: string,
  nowMs: number,
  proposed: ProposedCaseFacts,
): void {
  const snapshot = principles.snapshot(db, caseId, nowMs);
  const { incidentDates, dateReceived, ...classification } = proposed;
  const withDates = {
    ...snapshot,
    case: {
      ...snapshot.case,
      ...(incidentDates === undefined ? {} : { incidentDates }),
      ...(dateReceived === undefined ? {} : { dateReceived }),
    },
  };
  principles.refuseBlocking(checkCaseClassification(withDates, classification));
}
