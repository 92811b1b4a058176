import { describe, expect, it } from 'vitest';
import { DEFAULT_CLOCKS, type ClockDefinition } from '../../../shared/clocks/clock.js';
import { computeStatistics, type Benchmarks } from '../../../shared/statistics/counting.js';
import type { CaseProjection } from '../../../shared/statistics/projection.js';

/**
 * The due days of the investigation targets are kept from one view to the next (counting.ts): a
 * view over the same cases under another clock, time zone or weekend must be counted afresh.
 */

const QUERY = { from: '2026-01-01', to: '2026-12-31' };

/** Referred late on 10 January (UTC), concluded by the UN on 11 July. */
const investigated: CaseProjection = {
  dateReceived: '2026-01-05',
  entity: 'MINUSCA',
  category: 'SE',
  subtype: 'transactional_sex',
  status: 'substantiated',
  urgent: false,
  exclusion: null,
  victims: [{ sex: 'female', ageGroup: 'adult' }],
  subjects: [
    {
      personnelCategory: 'civilian_int',
      nationality: null,
      outcome: 'substantiated',
      decidingEntity: 'oios',
      decidedOn: '2026-07-11',
      actions: [],
    },
  ],
  paternity: { claimed: false },
  referredForInvestigationAt: '2026-01-10T23:30:00.000Z',
  tccNotifiedAt: null,
};

const withinShare = (benchmarks: Benchmarks) =>
  computeStatistics([investigated], QUERY, benchmarks)
    .tables.find((table) => table.id === 'length')
    ?.rows.find((row) => row.key === 'un')?.cells[2];

const unClock = (changes: Partial<ClockDefinition>): ClockDefinition[] =>
  DEFAULT_CLOCKS.map((clock) => (clock.id === 'un_investigation' ? { ...clock, ...changes } : clock));

describe('investigation length against the targets, view after view', () => {
  it('works the due day out again when the time zone, the target or the weekend changes', () => {
    // In UTC the referral is on 10 January: six months end on 10 July, the 11th is late.
    expect(withinShare({ clocks: DEFAULT_CLOCKS, options: { timeZone: 'UTC' } })).toBe(0);
    // At UTC+14 it is already 11 January: due 11 July, in time.
    expect(withinShare({ clocks: DEFAULT_CLOCKS, options: { timeZone: 'Pacific/Kiritimati' } })).toBe(1);
    expect(withinShare({ clocks: DEFAULT_CLOCKS, options: { timeZone: 'UTC' } })).toBe(0);
    // Seven months instead of six: in time in UTC too.
    const seven = unClock({ duration: { amount: 7, unit: 'months' } });
    expect(withinShare({ clocks: seven, options: { timeZone: 'UTC' } })).toBe(1);
    // 131 working days after Saturday 10 January end on Monday 13 July with a Saturday–Sunday
    // weekend (the default), on 11 June with Friday as the only day off.
    const working = unClock({ duration: { amount: 131, unit: 'working_days' } });
    expect(withinShare({ clocks: working, options: { timeZone: 'UTC' } })).toBe(1);
    expect(withinShare({ clocks: working, options: { timeZone: 'UTC', weekendDays: ['friday'] } })).toBe(0);
  });
});
