import { inZoneIfUnwritten } from '../../../shared/domain/uncertain-date.js';
import type { CaseSnapshot } from '../../../shared/principles/snapshot.js';
import type { CaseRecords } from '../kernel/ports/case-records.js';
import type { CaseSnapshotSources } from '../kernel/ports/case-snapshot-sources.js';
import type { ClockConfigurationSource } from '../kernel/ports/clock-configuration.js';
import type { VaultDatabase } from '../kernel/vault/database.js';

/** Where the snapshot is read from: the case, the mission's calendar, and each feature's part. */
export interface SnapshotReads {
  cases: CaseRecords;
  clockConfiguration: ClockConfigurationSource;
  sources: CaseSnapshotSources;
}

/**
 * Everything the principles rules read about one case (by id or reference), as domain records,
 * read in one transaction so the rules never see half of a change. People carry their identity
 * (dates of birth decide who is a child); the snapshot stays in the core and the findings name
 * people by code only. Incident dates written without a zone are read in the mission's, as the
 * deadlines read them: R15's 72 hours must end where the forensic deadline ends.
 */
export function loadCaseSnapshot(
  reads: SnapshotReads,
  db: VaultDatabase,
  caseId: string,
  asOfMs: number,
): CaseSnapshot {
  const { sources } = reads;
  // Nested in a caller's transaction, this is a savepoint and sees the caller's uncommitted changes.
  return db.transaction((): CaseSnapshot => {
    const { archived: _archived, ...record } = reads.cases.get(db, caseId);
    const { timeZone } = reads.clockConfiguration.read(db).calendar;
    return {
      case: { ...record, incidentDates: record.incidentDates.map((date) => inZoneIfUnwritten(date, timeZone)) },
      people: sources.people(db, record.id),
      consents: sources.consents(db, record.id),
      interviews: sources.interviews(db, record.id),
      evidence: sources.evidence(db, record.id),
      letters: sources.letters(db, record.id),
      referrals: sources.referrals(db, record.id),
      victimContacts: sources.victimContacts(db, record.id),
      forensicExams: sources.forensicExams(db, record.id),
      actions: sources.actions(db, record.id),
      subjectOutcomes: sources.subjectOutcomes(db, record.id),
      victimClosures: sources.victimClosures(db, record.id),
      asOf: new Date(asOfMs).toISOString(),
    };
  })();
}
