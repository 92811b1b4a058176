import { describe, expect, it } from 'vitest';
import { DEFAULT_CLOCKS } from '../../../shared/clocks/clock.js';
import { calendarMemoSize, computeStatistics } from '../../../shared/statistics/counting.js';
import type { CaseProjection } from '../../../shared/statistics/projection.js';
import { useCaseFiles } from '../cases/case-file-fixture.js';

/**
 * The statistics keep the due days and local start days they worked out from one view to the next,
 * keyed by cases' start instants: a lock empties them, so none outlives the vault session (or reaches
 * the next vault opened in the same process).
 */

const caseFile = useCaseFiles();

const measuredCase: CaseProjection = {
  dateReceived: '2026-01-10',
  entity: 'MINUSCA',
  category: 'SE',
  subtype: 'transactional_sex',
  status: 'substantiated',
  urgent: false,
  exclusion: null,
  victims: [{ sex: 'female', ageGroup: 'adult' }],
  subjects: [
    {
      personnelCategory: 'military_mc',
      nationality: 'ABC',
      outcome: 'substantiated',
      decidingEntity: 'oios',
      decidedOn: '2026-07-10',
      actions: [],
    },
  ],
  paternity: { claimed: false },
  referredForInvestigationAt: '2026-01-10T09:00:00.000Z',
  tccNotifiedAt: null,
};

describe('statistics calendar memos', () => {
  it('are emptied when the vault locks', async () => {
    const cf = await caseFile();
    computeStatistics(
      [measuredCase],
      { from: '2026-01-01', to: '2026-12-31' },
      {
        clocks: DEFAULT_CLOCKS,
        options: { timeZone: 'Africa/Bangui' },
      },
    );
    expect(calendarMemoSize()).toBeGreaterThan(0);

    cf.ws.lock('user');
    expect(calendarMemoSize()).toBe(0);
  });
});
