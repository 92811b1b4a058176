import { describe, expect, it } from 'vitest';
import { openCase, START, useCaseFiles, victim } from '../people/people-fixture.js';

/**
 * Rule `age_at_incident` through the core: the statistics read a victim's date of birth (and the
 * case's incident dates, only for such a victim) from the vault, and the date decides the age group
 * over the band the investigator recorded. The table-driven export test enters no date of birth.
 */

const caseFile = useCaseFiles();
const QUERY = { from: '2026-01-01', to: '2026-12-31' };
const born = (from: string) => ({
  dateOfBirth: { precision: 'day' as const, from },
  confidentiality: 'strictly_confidential' as const,
});

describe('statistics: victims by age group at the incident', () => {
  it('counts a victim by the date of birth on the incident day, else by the recorded band', async () => {
    const cf = await caseFile({ startAt: START });
    // Incident on 2 March 2026 (openCase).
    const { id: caseId } = await openCase(cf);
    // Born May 2010: fifteen at the incident, though first noted as an adult.
    await cf.call('people.add', { caseId, profile: victim('adult'), identity: born('2010-05-01') });
    // Born 1990: an adult at the incident, though first noted as a child.
    await cf.call('people.add', { caseId, profile: victim('minor'), identity: born('1990-01-01') });
    await cf.call('people.add', { caseId, profile: victim('unknown') });
    // A second case with no incident date: a date of birth is read at the day the case was received.
    const { id: later } = await openCase(cf, { dateReceived: '2026-03-09', incidentDates: [{ precision: 'unknown' }] });
    await cf.call('people.add', { caseId: later, profile: victim('adult'), identity: born('2009-01-01') });
    await cf.call('people.add', { caseId: later, profile: victim('minor') });

    const view = await cf.call('statistics.compute', QUERY);
    const victims = view.tables.find((table) => table.id === 'victims')!;
    const female = victims.columns.indexOf('female');
    const byGroup = Object.fromEntries(victims.rows.map((row) => [row.key, row.cells[female]]));
    expect(byGroup).toEqual({ child: 3, adult: 1, unknown: 1, total: 5 });
  });
});
