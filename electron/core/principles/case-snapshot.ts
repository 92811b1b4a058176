import { inZoneIfUnwritten } from '../../../shared/domain/uncertain-date.js';
import type { CaseSnapshot } from '../../../shared/principles/snapshot.js';
import { getCase } from '../cases/case-store.js';
import { listConsentDecisions } from '../consents/consent-store.js';
import { readClockConfiguration } from '../deadlines/clock-settings.js';
import { loadEvidenceForPrinciples } from '../evidence/evidence-principles.js';
import { loadInterviews } from '../interviews/interview-store.js';
import { loadLettersForPrinciples } from '../letters/letter-register.js';
import { loadPeopleWithIdentity } from '../people/person-store.js';
import type { VaultDatabase } from '../kernel/vault/database.js';

/**
 * Everything the principles rules read about one case (by id or reference), as domain records,
 * read in one transaction so the rules never see half of a change. People carry their identity
 * (dates of birth decide who is a child); the snapshot stays in the core and the findings name
 * people by code only. Incident dates written without a zone are read in the mission's, as the
 * deadlines read them: R15's 72 hours must end where the forensic deadline ends.
 */
export function loadCaseSnapshot(db: VaultDatabase, caseId: string, asOfMs: number): CaseSnapshot {
  // Nested in a caller's transaction, this is a savepoint and sees the caller's uncommitted changes.
  return db.transaction((): CaseSnapshot => {
    const { archived: _archived, ...record } = getCase(db, caseId);
    const { timeZone } = readClockConfiguration(db).calendar;
    return {
      case: { ...record, incidentDates: record.incidentDates.map((date) => inZoneIfUnwritten(date, timeZone)) },
      people: loadPeopleWithIdentity(db, record.id),
      consents: listConsentDecisions(db, record.id),
      interviews: loadInterviews(db, record.id),
      evidence: loadEvidenceForPrinciples(db, record.id),
      letters: loadLettersForPrinciples(db, record.id),
      asOf: new Date(asOfMs).toISOString(),
    };
  })();
}
