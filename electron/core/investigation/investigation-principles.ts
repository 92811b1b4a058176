import type { CaseAction, ForensicExam } from '../../../shared/principles/snapshot.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { actionRows, providerQualification } from './investigation-store.js';

/**
 * The forensic medical examinations as R15 reads them: offered while requested, conducted once
 * done (with the provider's qualification), refused or not possible otherwise, each at its latest
 * moment. Only examinations of a recorded person count: R15 asks per victim.
 */
export function loadForensicExams(db: VaultDatabase, caseId: string): ForensicExam[] {
  return actionRows(db, caseId)
    .filter((row) => row.kind === 'forensic_medical_exam' && row.person_id !== null)
    .map((row) => ({
      id: row.id,
      personId: row.person_id as string,
      status:
        row.status === 'requested'
          ? 'offered'
          : row.status === 'done'
            ? 'conducted'
            : row.status === 'refused'
              ? 'refused'
              : 'not_possible',
      at: row.outcome_at ?? row.requested_at,
      ...providerQualification(row),
    }));
}

/**
 * The steps taken to restore a cleared subject's reputation, as R14 reads them: a step counts
 * once it is done (a step only planned restores nothing yet).
 */
export function loadReputationSteps(db: VaultDatabase, caseId: string): CaseAction[] {
  return actionRows(db, caseId)
    .filter((row) => row.kind === 'reputation_restoration' && row.status === 'done' && row.person_id !== null)
    .map((row) => ({
      id: row.id,
      kind: 'reputation_restoration',
      personId: row.person_id as string,
      at: row.outcome_at as string,
      description: row.description ?? '',
    }));
}
