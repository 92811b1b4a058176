import { createCase } from '../../electron/core/cases/case-create.js';
import { changeCaseStatus } from '../../electron/core/cases/case-status.js';
import { recordMilestone } from '../../electron/core/deadlines/case-milestones.js';
import { recordFinding } from '../../electron/core/findings/finding-record.js';
import { addPerson } from '../../electron/core/people/person-changes.js';
import { recordSubjectAction } from '../../electron/core/subject-actions/subject-action-store.js';
import { contract } from '../../shared/contract/index.js';
import { loadBenchVault, type BenchVault } from './bench-vault.js';

const CATEGORIES = ['military_mc', 'police_fpu', 'civilian_int', 'civilian_unv'] as const;
const COUNTRIES = ['BGD', 'SEN', 'URY', 'PAK', 'NPL'];

/**
 * A vault of `cases` cases over two years (from 1 January 2025), each with one or two victims and a
 * subject, a third of them investigated and closed with a finding and an action.
 */
export function loadStatisticsVault(cases: number): Promise<BenchVault<undefined>> {
  return loadBenchVault({
    name: 'stats',
    startsAt: '2027-06-30T09:00:00.000Z',
    fill: ({ ctx, advance }) => {
      for (let i = 0; i < cases; i++) {
        advance(1);
        const day = new Date(Date.parse('2025-01-01T00:00:00.000Z') + (i % 700) * 86_400_000).toISOString();
        const record = createCase(
          ctx,
          contract['cases.create'].input.parse({
            title: `Allegation ${i}`,
            dateReceived: day.slice(0, 10),
            reportingChannel: 'hotline',
            entity: i % 3 === 0 ? 'MONUSCO' : 'MINUSCA',
            category: i % 2 === 0 ? 'SE' : 'SA',
            subtype: i % 2 === 0 ? 'transactional_sex' : 'sexual_assault',
            urgent: i % 7 === 0,
          }),
        );
        for (let v = 0; v < 1 + (i % 2); v++) {
          addPerson(
            ctx,
            contract['people.add'].input.parse({
              caseId: record.id,
              profile: { role: 'victim', sex: 'female', ageBand: i % 5 === 0 ? 'minor' : 'adult', language: 'fr' },
            }),
          );
        }
        const subject = addPerson(
          ctx,
          contract['people.add'].input.parse({
            caseId: record.id,
            profile: {
              role: 'subject',
              personnelCategory: CATEGORIES[i % CATEGORIES.length],
              nationality: COUNTRIES[i % COUNTRIES.length],
            },
          }),
        );
        if (i % 3 === 0) {
          recordMilestone(ctx, { caseId: record.id, milestone: 'referred_for_investigation', at: day });
          changeCaseStatus(ctx, record.id, { to: 'under_investigation', reason: 'Credible' });
          recordFinding(
            ctx,
            contract['findings.record'].input.parse({
              personId: subject.id,
              outcome: i % 2 === 0 ? 'substantiated' : 'not_substantiated',
              decidingEntity: 'oios',
              decidedOn: new Date(Date.parse(day) + 120 * 86_400_000).toISOString().slice(0, 10),
              reportReference: `OIOS-${i}`,
            }),
          );
          recordSubjectAction(
            ctx,
            contract['subjectActions.record'].input.parse({
              personId: subject.id,
              kind: 'repatriation',
              takenAt: day,
              source: 'mission',
            }),
          );
        }
      }
    },
  });
}
