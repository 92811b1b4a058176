import { describe, expect, it } from 'vitest';
import {
  ageBandAt,
  assessAgeBandAt,
  compareUncertainDates,
  describeOrdering,
  sortChronologically,
  toIsoInterval,
  toUtcInterval,
  UncertainDate,
  type UncertainDate as UncertainDateT,
} from '../../../shared/domain/uncertain-date.js';

const iso = (date: UncertainDateT) => toIsoInterval(UncertainDate.parse(date));

describe('UncertainDate schema', () => {
  it.each([
    { precision: 'exact', from: '2026-03-01T14:30', timeZone: 'Africa/Bangui' },
    { precision: 'exact', from: '2026-03-01T14:30:15', timeZone: 'UTC' },
    { precision: 'day', from: '2024-02-29' },
    { precision: 'month', from: '2015-03', timeZone: 'America/Port-au-Prince' },
    { precision: 'year', from: '2003' },
    { precision: 'range', from: '2016-06', to: '2016-08' },
    { precision: 'range', from: '2016-06-14T09:00', to: '2016', timeZone: 'Africa/Juba' },
    { precision: 'unknown' },
  ])('accepts %j', (value) => {
    expect(UncertainDate.safeParse(value).success).toBe(true);
  });

  it.each<[unknown, string]>([
    [{ precision: 'day', from: '2023-02-29' }, 'not a leap year'],
    [{ precision: 'month', from: '2016-13' }, 'no 13th month'],
    [{ precision: 'day', from: '2016-06' }, 'a month is not a day'],
    [{ precision: 'exact', from: '2026-03-01T14:30' }, 'an exact time needs its time zone'],
    [{ precision: 'exact', from: '2026-03-01', timeZone: 'UTC' }, 'an exact time has a time'],
    [{ precision: 'exact', from: '2026-03-01T24:00', timeZone: 'UTC' }, 'hour 24'],
    [{ precision: 'day', from: '2026-03-01', timeZone: 'Mars/Olympus_Mons' }, 'unknown zone'],
    [{ precision: 'day', from: '2026-03-01', timeZone: '+01:00' }, 'offsets are not zone names'],
    [{ precision: 'range', from: '2016-08', to: '2016-06' }, 'range ends before it starts'],
    [{ precision: 'range', from: '2016-08' }, 'range without an end'],
    [{ precision: 'day', from: '2016-08-01', to: '2016-08-02' }, 'a day has no end'],
    [{ precision: 'year', from: '1850' }, 'before the supported years'],
    [{ precision: 'unknown', from: '2016' }, 'unknown carries no date'],
    [{ precision: 'sometime' }, 'unknown precision'],
  ])('refuses %j (%s)', (value) => {
    expect(UncertainDate.safeParse(value).success).toBe(false);
  });
});

describe('toUtcInterval', () => {
  it.each<[UncertainDateT, { earliest: string; latest: string } | null]>([
    [
      { precision: 'day', from: '2026-03-01' },
      { earliest: '2026-03-01T00:00:00.000Z', latest: '2026-03-01T23:59:59.999Z' },
    ],
    // Bangui is UTC+1 all year: its 1 March starts at 23:00 UTC on 28 February.
    [
      { precision: 'day', from: '2026-03-01', timeZone: 'Africa/Bangui' },
      { earliest: '2026-02-28T23:00:00.000Z', latest: '2026-03-01T22:59:59.999Z' },
    ],
    [
      { precision: 'exact', from: '2026-03-01T14:30', timeZone: 'America/New_York' },
      { earliest: '2026-03-01T19:30:00.000Z', latest: '2026-03-01T19:30:00.000Z' },
    ],
    [
      { precision: 'exact', from: '2026-07-01T14:30', timeZone: 'America/New_York' },
      { earliest: '2026-07-01T18:30:00.000Z', latest: '2026-07-01T18:30:00.000Z' },
    ],
    [
      { precision: 'month', from: '2015-03' },
      { earliest: '2015-03-01T00:00:00.000Z', latest: '2015-03-31T23:59:59.999Z' },
    ],
    [
      { precision: 'month', from: '2024-02' },
      { earliest: '2024-02-01T00:00:00.000Z', latest: '2024-02-29T23:59:59.999Z' },
    ],
    [
      { precision: 'year', from: '2016' },
      { earliest: '2016-01-01T00:00:00.000Z', latest: '2016-12-31T23:59:59.999Z' },
    ],
    [
      { precision: 'range', from: '2016-06', to: '2016-08' },
      { earliest: '2016-06-01T00:00:00.000Z', latest: '2016-08-31T23:59:59.999Z' },
    ],
    [
      { precision: 'range', from: '2016-06-14T09:00', to: '2016-06-14T17:00', timeZone: 'Africa/Juba' },
      { earliest: '2016-06-14T06:00:00.000Z', latest: '2016-06-14T14:00:00.000Z' },
    ],
    [{ precision: 'unknown' }, null],
  ])('%j → %j', (date, expected) => {
    expect(iso(date)).toEqual(expected);
  });

  it('gives both instants of a time that happened twice when clocks went back', () => {
    // New York, 1 November 2026: 01:30 EDT (05:30Z), then 01:30 EST (06:30Z).
    expect(iso({ precision: 'exact', from: '2026-11-01T01:30', timeZone: 'America/New_York' })).toEqual({
      earliest: '2026-11-01T05:30:00.000Z',
      latest: '2026-11-01T06:30:00.000Z',
    });
  });

  it('reads a time skipped when clocks went forward with the offset in force before', () => {
    // New York, 8 March 2026: 02:30 never happened; read as 02:30 EST = 07:30Z (03:30 EDT).
    expect(iso({ precision: 'exact', from: '2026-03-08T02:30', timeZone: 'America/New_York' })).toEqual({
      earliest: '2026-03-08T07:30:00.000Z',
      latest: '2026-03-08T07:30:00.000Z',
    });
  });

  it('gives a 23-hour day when clocks go forward', () => {
    const interval = toUtcInterval({ precision: 'day', from: '2026-03-08', timeZone: 'America/New_York' });
    expect(interval && interval.latest + 1 - interval.earliest).toBe(23 * 3_600_000);
  });

  it('starts a day at its first real moment where midnight was skipped', () => {
    // Santiago, 6 September 2026: clocks jump from 00:00 to 01:00 (-04 → -03).
    expect(iso({ precision: 'day', from: '2026-09-06', timeZone: 'America/Santiago' })?.earliest).toBe(
      '2026-09-06T04:00:00.000Z',
    );
  });
});

describe('chronological ordering', () => {
  const d = (value: UncertainDateT): UncertainDateT => UncertainDate.parse(value);
  // Each row: [the one that must come first, the one that must come second, why].
  const ORDER_CASES: [UncertainDateT, UncertainDateT, string][] = [
    [
      d({ precision: 'exact', from: '2026-03-01T00:00', timeZone: 'UTC' }),
      d({ precision: 'day', from: '2026-03-01' }),
      'exact at the start of a day before that day (narrower)',
    ],
    [
      d({ precision: 'day', from: '2026-03-01' }),
      d({ precision: 'exact', from: '2026-03-01T10:00', timeZone: 'UTC' }),
      'the day may start before the exact time',
    ],
    [d({ precision: 'day', from: '2016-06-01' }), d({ precision: 'month', from: '2016-06' }), 'day before its month'],
    [
      d({ precision: 'month', from: '2016-06' }),
      d({ precision: 'range', from: '2016-06', to: '2016-08' }),
      'month before a range starting with it',
    ],
    [
      d({ precision: 'range', from: '2016-05', to: '2016-07' }),
      d({ precision: 'month', from: '2016-06' }),
      'an overlapping range that may start earlier',
    ],
    [d({ precision: 'month', from: '2016-01' }), d({ precision: 'year', from: '2016' }), 'month before its year'],
    [
      d({ precision: 'year', from: '2016' }),
      d({ precision: 'range', from: '2016', to: '2017' }),
      'year before a range running on after it',
    ],
    [
      d({ precision: 'day', from: '2016-06-01' }),
      d({ precision: 'range', from: '2016-06-01', to: '2016-06-01' }),
      'equal spans: day before range',
    ],
    [
      d({ precision: 'range', from: '2016-06-01', to: '2016-06-02' }),
      d({ precision: 'month', from: '2016-06' }),
      'a two-day range before the month it starts (narrower)',
    ],
    [
      d({ precision: 'range', from: '2016-06', to: '2016-07' }),
      d({ precision: 'range', from: '2016-06', to: '2016-08' }),
      'of two ranges from the same start, the shorter first',
    ],
    [d({ precision: 'year', from: '2003' }), d({ precision: 'unknown' }), 'unknown last, however old the other'],
    [d({ precision: 'range', from: '2020', to: '2030' }), d({ precision: 'unknown' }), 'unknown after a wide range'],
    // 00:30 in Bangui (UTC+1) is 23:30 UTC the day before: earlier than 23:45 UTC.
    [
      d({ precision: 'exact', from: '2026-03-01T00:30', timeZone: 'Africa/Bangui' }),
      d({ precision: 'exact', from: '2026-02-28T23:45', timeZone: 'UTC' }),
      'time zones are applied',
    ],
    [
      d({ precision: 'day', from: '2026-02-28' }),
      d({ precision: 'day', from: '2026-03-01', timeZone: 'Pacific/Kiritimati' }),
      "Kiritimati's 1 March starts at 10:00 UTC on 28 February",
    ],
    // The same instant written two ways: deterministic, by how it was written.
    [
      d({ precision: 'exact', from: '2026-03-01T10:00', timeZone: 'UTC' }),
      d({ precision: 'exact', from: '2026-03-01T11:00', timeZone: 'Europe/Paris' }),
      'same instant: tie broken by the written form',
    ],
  ];

  it.each(ORDER_CASES)('%j before %j: %s', (first, second) => {
    expect(compareUncertainDates(first, second)).toBeLessThan(0);
    expect(compareUncertainDates(second, first)).toBeGreaterThan(0);
  });

  it('only identically written dates compare equal', () => {
    const all = ORDER_CASES.flatMap(([a, b]) => [a, b]);
    for (const a of all) {
      for (const b of all) {
        const same = JSON.stringify(a) === JSON.stringify(b);
        expect(compareUncertainDates(a, b) === 0).toBe(same);
        expect(Math.sign(compareUncertainDates(a, b))).toBe(-Math.sign(compareUncertainDates(b, a)) || 0);
      }
    }
  });

  it('sorts a chronology the same way whatever the input order', () => {
    const expected: UncertainDateT[] = [
      { precision: 'year', from: '2003' },
      { precision: 'range', from: '2015-02', to: '2015-04' },
      { precision: 'month', from: '2015-03' },
      { precision: 'exact', from: '2016-06-01T00:00', timeZone: 'UTC' },
      { precision: 'day', from: '2016-06-01' },
      { precision: 'month', from: '2016-06' },
      { precision: 'range', from: '2016-06', to: '2016-08' },
      { precision: 'unknown' },
    ];
    const events = expected.map((date, index) => ({ id: `event-${index}`, date }));
    for (let shift = 0; shift < events.length; shift += 1) {
      const shuffled = [...events.slice(shift), ...events.slice(0, shift)].reverse();
      expect(sortChronologically(shuffled, (e) => e.date).map((e) => e.id)).toEqual(events.map((e) => e.id));
    }
  });

  it('keeps the input order of events with the same written date', () => {
    const events = [
      { id: 'b', date: { precision: 'unknown' } as const },
      { id: 'a', date: { precision: 'unknown' } as const },
    ];
    expect(sortChronologically(events, (e) => e.date).map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('explains the ordering in words the UI can show', () => {
    const text = describeOrdering();
    expect(text).toMatch(/earliest/);
    expect(text).toMatch(/unknown date come last/);
  });
});

describe('ageBandAt', () => {
  const day = (from: string): UncertainDateT => ({ precision: 'day', from });
  it.each<[string, UncertainDateT, UncertainDateT, string, string]>([
    ['18th birthday on the incident day', day('2008-03-01'), day('2026-03-01'), 'adult', 'established'],
    ['the day before the 18th birthday', day('2008-03-01'), day('2026-02-28'), 'minor', 'established'],
    [
      'incident month straddles the birthday',
      day('2008-03-15'),
      { precision: 'month', from: '2026-03' },
      'minor',
      'possible_minor',
    ],
    [
      'incident range wholly before the birthday',
      day('2008-03-15'),
      { precision: 'range', from: '2025-12', to: '2026-03-14' },
      'minor',
      'established',
    ],
    [
      'incident range reaching the birthday',
      day('2008-03-15'),
      { precision: 'range', from: '2025-12', to: '2026-03-15' },
      'minor',
      'possible_minor',
    ],
    [
      'incident range wholly after the birthday',
      day('2008-03-15'),
      { precision: 'range', from: '2026-03-15', to: '2026-06' },
      'adult',
      'established',
    ],
    [
      'birth year only, incident in the 18th year',
      { precision: 'year', from: '2008' },
      day('2026-06-01'),
      'minor',
      'possible_minor',
    ],
    [
      'birth year only, incident after the 18th year',
      { precision: 'year', from: '2008' },
      day('2027-01-01'),
      'adult',
      'established',
    ],
    [
      'birth year only, incident before the 18th year',
      { precision: 'year', from: '2008' },
      day('2025-12-31'),
      'minor',
      'established',
    ],
    [
      '29 February birthday: 28 February of a common year',
      day('2008-02-29'),
      day('2026-02-28'),
      'minor',
      'established',
    ],
    ['29 February birthday: 1 March of a common year', day('2008-02-29'), day('2026-03-01'), 'adult', 'established'],
    ['29 February birthday: a leap 18th year', day('2004-02-29'), day('2022-03-01'), 'adult', 'established'],
    // The local calendar decides: 00:30 on 1 March in Bangui is the birthday there, though still 28 February in UTC.
    [
      'exact time read on the local calendar',
      day('2008-03-01'),
      { precision: 'exact', from: '2026-03-01T00:30', timeZone: 'Africa/Bangui' },
      'adult',
      'established',
    ],
    ['incident date unknown', day('2008-03-01'), { precision: 'unknown' }, 'unknown', 'date_unknown'],
    ['birth date unknown', { precision: 'unknown' }, day('2026-03-01'), 'unknown', 'date_unknown'],
  ])('%s', (_, birth, incident, band, basis) => {
    expect(assessAgeBandAt(birth, incident)).toEqual({ band, basis });
    expect(ageBandAt(birth, incident)).toBe(band);
  });
});

describe('ranges with bounds of different precision', () => {
  it('runs from the start of its first bound to the end of its last', () => {
    expect(iso({ precision: 'range', from: '2016-06-14T09:00', to: '2016' })).toEqual({
      earliest: '2016-06-14T09:00:00.000Z',
      latest: '2016-12-31T23:59:59.999Z',
    });
    expect(iso({ precision: 'range', from: '2016-06', to: '2016-06-10' })).toEqual({
      earliest: '2016-06-01T00:00:00.000Z',
      latest: '2016-06-10T23:59:59.999Z',
    });
  });

  it('refuses an end before the start at any precision', () => {
    expect(UncertainDate.safeParse({ precision: 'range', from: '2016-06-14T09:00', to: '2016-06-13' }).success).toBe(
      false,
    );
    expect(
      UncertainDate.safeParse({ precision: 'range', from: '2016-06-14T09:00', to: '2016-06-14T08:59' }).success,
    ).toBe(false);
    expect(
      UncertainDate.safeParse({ precision: 'range', from: '2016-06-14T09:00', to: '2016-06-14T09:00' }).success,
    ).toBe(true);
  });
});
