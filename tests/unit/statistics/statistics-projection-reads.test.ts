import { describe, expect, it } from 'vitest';
import { readCaseProjections } from '../../../electron/core/statistics/statistics-projection.js';
import { openCase, START, subject, useCaseFiles, victim } from '../people/people-fixture.js';

/**
 * The statistics read only the rows of the period's cases: a victim's date of birth (identity) of a
 * case outside the request is never read, and the cost follows the period, not the whole vault.
 */

const caseFile = useCaseFiles();
const MARCH = { from: '2026-03-01', to: '2026-03-31' };
const born = (from: string) => ({
  dateOfBirth: { precision: 'day' as const, from },
  confidentiality: 'strictly_confidential' as const,
});

describe('statistics projection: rows read', () => {
  it('reads no victim, subject or other row of a case received outside the period', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: inMarch } = await openCase(cf, { dateReceived: '2026-03-09' });
    await cf.call('people.add', { caseId: inMarch, profile: victim('adult'), identity: born('2010-05-01') });
    await cf.call('people.add', { caseId: inMarch, profile: subject() });
    const { id: inFebruary } = await openCase(cf, {
      dateReceived: '2026-02-02',
      incidentDates: [{ precision: 'unknown' }],
    });
    await cf.call('people.add', { caseId: inFebruary, profile: victim('minor'), identity: born('1990-01-01') });
    await cf.call('people.add', { caseId: inFebruary, profile: victim('adult'), identity: born('2012-01-01') });
    await cf.call('people.add', { caseId: inFebruary, profile: subject() });

    const { projections, rowsRead } = await cf.rawDatabase((db) => {
      const rows: unknown[][] = [];
      const prepare = db.prepare.bind(db);
      db.prepare = ((sql: string) => {
        const statement = prepare(sql);
        if (/^\s*SELECT id, date_received/.test(sql)) return statement; // the cases statement itself
        const all = statement.all.bind(statement);
        statement.all = ((...parameters: unknown[]) => {
          const result = all(...(parameters as [])) as unknown[];
          for (const row of result) rows.push(Array.isArray(row) ? row : Object.values(row as object));
          return result;
        }) as typeof statement.all;
        return statement;
      }) as typeof db.prepare;
      return { projections: readCaseProjections(db, MARCH), rowsRead: rows };
    });

    expect(projections).toHaveLength(1);
    expect(projections[0]!.victims).toEqual([{ sex: 'female', ageGroup: 'child' }]);
    expect(projections[0]!.subjects).toHaveLength(1);
    // The period's victim and subject were read, and nothing of the February case.
    expect(rowsRead.filter((row) => row.includes(inMarch))).toHaveLength(2);
    expect(rowsRead.filter((row) => row.includes(inFebruary))).toEqual([]);
  });
});
