import { describe, expect, it } from 'vitest';
import { caseFilePorts, snapshotSources } from '../../../electron/core/composition.js';
import { blockingCounts } from '../../../electron/core/principles/blocking-counts.js';
import type { SnapshotReads } from '../../../electron/core/principles/case-snapshot.js';
import { arrangements, intake, START, useCaseFiles, victim, witness } from '../people/people-fixture.js';

const caseFile = useCaseFiles();

/** The reads the principles use, noting each case read (one per snapshot taken). */
function countingReads(): { reads: SnapshotReads; taken: string[] } {
  const taken: string[] = [];
  const reads: SnapshotReads = {
    cases: {
      ...caseFilePorts.cases,
      get: (db, caseId) => {
        taken.push(caseId);
        return caseFilePorts.cases.get(db, caseId);
      },
    },
    clockConfiguration: caseFilePorts.clockConfiguration,
    sources: snapshotSources,
  };
  return { reads, taken };
}

describe('blocking counts kept in the vault per case version', () => {
  it('evaluates again only a case that changed; a planned interview, judged now for advice, is kept', async () => {
    const cf = await caseFile({ startAt: START });
    // Quiet: a case whose rules never read the time (no interview, no incident date).
    const quiet = await cf.call(
      'cases.create',
      intake({ title: 'Quiet', category: 'SE', subtype: 'transactional_sex' }),
    );
    await cf.call('people.add', { caseId: quiet.id, profile: victim('adult') });
    // Timed: an interview still planned is judged as of now (R1 reads the snapshot's time), but only
    // for advice: its count of blocking findings does not move with the clock.
    const timed = await cf.call(
      'cases.create',
      intake({ title: 'Timed', category: 'SE', subtype: 'transactional_sex' }),
    );
    const w = await cf.call('people.add', { caseId: timed.id, profile: witness() });
    await cf.call('interviews.plan', { caseId: timed.id, personId: w.id, arrangements: arrangements() });
    const ids = [quiet.id, timed.id];
    const now = Date.parse(START);

    await cf.rawDatabase((db) => {
      const { reads, taken } = countingReads();
      const first = blockingCounts(reads, db, ids, now);
      expect(taken.sort()).toEqual([...ids].sort());
      taken.length = 0;
      // An hour later, nothing changed: no case is read again.
      expect(blockingCounts(reads, db, ids, now + 3_600_000)).toEqual(first);
      expect(taken).toEqual([]);
      taken.length = 0;
      // A change to one of the quiet case's records (from this connection, without the features' code).
      db.prepare(`UPDATE people SET profile = json_set(profile, '$.ageBand', 'minor') WHERE case_id = ?`).run(quiet.id);
      blockingCounts(reads, db, ids, now);
      expect(taken).toEqual([quiet.id]);
      taken.length = 0;
      // Inside a transaction (which may still roll back) the case changed in it is evaluated, and its
      // count is not kept.
      try {
        db.transaction(() => {
          db.prepare(`UPDATE cases SET summary = 'Draft' WHERE id = ?`).run(quiet.id);
          blockingCounts(reads, db, ids, now);
          throw new Error('rolled back');
        })();
      } catch {
        // The change is undone: the quiet case's count from before the transaction still holds.
      }
      expect(taken).toEqual([quiet.id]);
      taken.length = 0;
      blockingCounts(reads, db, ids, now);
      expect(taken).toEqual([]);
    });
    // The counts are kept in the vault: the first list after the next unlock does not read every case again.
    await cf.rawDatabase((db) => {
      const { reads, taken } = countingReads();
      blockingCounts(reads, db, ids, now);
      expect(taken).toEqual([]);
      taken.length = 0;
      // Counts made by another edition of the rules (before an update) are made again.
      db.prepare(`UPDATE case_blocking_counts SET rules = 'an older edition'`).run();
      blockingCounts(reads, db, ids, now);
      expect(taken.sort()).toEqual([...ids].sort());
    });
  });
});
