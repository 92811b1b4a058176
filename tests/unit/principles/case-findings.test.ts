import { describe, expect, it } from 'vitest';
import { caseFilePorts, snapshotSources } from '../../../electron/core/composition.js';
import { caseFindings } from '../../../electron/core/principles/case-findings.js';
import { loadCaseSnapshot, type SnapshotReads } from '../../../electron/core/principles/case-snapshot.js';
import type { VaultDatabase } from '../../../electron/core/kernel/vault/database.js';
import { evaluatePrinciples } from '../../../shared/principles/index.js';
import type { Finding } from '../../../shared/principles/finding.js';
import { openCase, START, useCaseFiles, victim } from '../people/people-fixture.js';

const caseFile = useCaseFiles();
const DAY_MS = 86_400_000;

/** The reads the principles use, noting each time the case's people are read (once per snapshot taken). */
function countingReads(): { reads: SnapshotReads; peopleReads: () => number } {
  let count = 0;
  const reads: SnapshotReads = {
    cases: caseFilePorts.cases,
    clockConfiguration: caseFilePorts.clockConfiguration,
    sources: {
      ...snapshotSources,
      people: (db, caseId) => {
        count++;
        return snapshotSources.people(db, caseId);
      },
    },
  };
  return { reads, peopleReads: () => count };
}

/** What a finding says and of what, as the checklist shows it. */
const said = (findings: readonly Finding[]) =>
  findings.map(({ code, variant, severity, message, fix, target, params }) => ({
    code,
    variant,
    severity,
    message,
    fix,
    target,
    params,
  }));

/** The findings as the rules find them in records read afresh, at `asOfMs`. */
const fresh = (reads: SnapshotReads, db: VaultDatabase, caseId: string, asOfMs: number) =>
  said(evaluatePrinciples(loadCaseSnapshot(reads, db, caseId, asOfMs)));

/** One more victim, a copy of the case's first with another age (from this connection, without the features' code). */
const victimRow = (db: VaultDatabase, caseId: string, id: string, code: string, ageBand: string) =>
  db
    .prepare(
      `INSERT INTO people (id, case_id, code, role, profile, identity, confidentiality, created_at, updated_at)
       SELECT ?, case_id, ?, role, json_set(profile, '$.ageBand', ?), identity, confidentiality, created_at, updated_at
       FROM people WHERE case_id = ? LIMIT 1`,
    )
    .run(id, code, ageBand, caseId);

describe('the findings of a case, its records kept while it is unchanged', () => {
  it('reads the records once per version of the case, and runs again the rules that read the time', async () => {
    const cf = await caseFile({ startAt: START });
    // The incident the day before: a victim without a forensic examination while its 72 hours run (R15
    // reads the time), and of unknown age.
    const theCase = await openCase(cf, { incidentDates: [{ precision: 'day', from: '2026-03-09' }] });
    await cf.call('people.add', { caseId: theCase.id, profile: victim('unknown') });
    const now = Date.parse(START);

    await cf.rawDatabase((db) => {
      const { reads, peopleReads } = countingReads();
      const first = caseFindings(reads, db, theCase.id, now);
      expect(said(first.findings)).toEqual(fresh(reads, db, theCase.id, now));
      expect(first.findings.map((finding) => finding.code)).toContain('R15_EXAM_WINDOW_OPEN');
      const readsBefore = peopleReads();

      // Four days later, nothing changed: the records are not read again, and the window has closed.
      const later = caseFindings(reads, db, theCase.id, now + 4 * DAY_MS);
      expect(peopleReads()).toBe(readsBefore);
      expect(later.caseVersion).toBe(first.caseVersion);
      expect(later.asOf).toBe(new Date(now + 4 * DAY_MS).toISOString());
      expect(said(later.findings)).toEqual(fresh(reads, db, theCase.id, now + 4 * DAY_MS));
      expect(later.findings.map((finding) => finding.code)).not.toContain('R15_EXAM_WINDOW_OPEN');

      // A change from this connection, without the features' code: the case is read again.
      db.prepare(`UPDATE people SET profile = json_set(profile, '$.ageBand', 'minor') WHERE case_id = ?`).run(
        theCase.id,
      );
      const changed = caseFindings(reads, db, theCase.id, now);
      expect(peopleReads()).toBeGreaterThan(readsBefore);
      expect(changed.caseVersion).toBeGreaterThan(first.caseVersion);
      expect(said(changed.findings)).toEqual(fresh(reads, db, theCase.id, now));
      expect(said(changed.findings)).not.toEqual(said(first.findings));
    });
  });

  it('keeps nothing read inside a transaction that rolls back', async () => {
    const cf = await caseFile({ startAt: START });
    const theCase = await openCase(cf);
    await cf.call('people.add', { caseId: theCase.id, profile: victim('adult') });
    const now = Date.parse(START);

    await cf.rawDatabase((db) => {
      const { reads } = countingReads();
      const before = caseFindings(reads, db, theCase.id, now);
      try {
        db.transaction(() => {
          victimRow(db, theCase.id, '00000000-0000-4000-8000-000000000098', 'V-098', 'unknown');
          // Read in the transaction: it sees the victim of unknown age.
          expect(caseFindings(reads, db, theCase.id, now).caseVersion).toBe(before.caseVersion + 1);
          throw new Error('rolled back');
        })();
      } catch {
        // The victim is gone and the case's counter is back where it was.
      }
      // Another change takes the counter to the same number the rolled-back read saw.
      victimRow(db, theCase.id, '00000000-0000-4000-8000-000000000099', 'V-099', 'minor');
      const after = caseFindings(reads, db, theCase.id, now);
      expect(after.caseVersion).toBe(before.caseVersion + 1);
      expect(said(after.findings)).toEqual(fresh(reads, db, theCase.id, now));
    });
  });

  it('refuses an unknown case', async () => {
    const cf = await caseFile({ startAt: START });
    await cf.rawDatabase((db) => {
      expect(() => caseFindings(countingReads().reads, db, 'no-such-case', Date.parse(START))).toThrow(
        expect.objectContaining({ code: 'NOT_FOUND' }),
      );
    });
  });
});
