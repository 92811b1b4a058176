import { afterEach, describe, expect, it, vi } from 'vitest';
import { utcOffsetMs } from '../../../shared/domain/time-zone.js';

/**
 * utcOffsetMs keeps what it read per zone and day; these tests read every instant again straight
 * from the IANA data (Intl, one formatToParts each) and expect the same offset to the millisecond.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function readDirectly(epochMs: number, timeZone: string): number {
  const formatter =
    formatters.get(timeZone) ??
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  formatters.set(timeZone, formatter);
  const parts = formatter.formatToParts(new Date(epochMs));
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  const second = Math.floor(epochMs / 1000) * 1000;
  return (
    Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second')) - second
  );
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Every change of offset in `timeZone` between two instants, to the second, found from a reading every `stepMs`. */
function changesBetween(timeZone: string, fromMs: number, toMs: number, stepMs: number): number[] {
  const reader = directReader(timeZone);
  const changes: number[] = [];
  for (let lo = fromMs; lo < toMs; lo += stepMs) {
    const before = reader(lo);
    if (before === reader(lo + stepMs)) continue;
    let [low, high] = [lo, lo + stepMs];
    while (high - low > 1000) {
      const mid = low + Math.floor((high - low) / 2000) * 1000;
      if (reader(mid) === before) low = mid;
      else high = mid;
    }
    changes.push(high);
  }
  return changes;
}

function directReader(timeZone: string): (epochMs: number) => number {
  return (epochMs) => readDirectly(epochMs, timeZone);
}

/** A reproducible spread of instants (no Math.random: a failure must come back the same). */
function spread(count: number, fromMs: number, toMs: number, seed: number): number[] {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  return Array.from({ length: count }, () => fromMs + Math.floor(next() * (toMs - fromMs)));
}

const ZONES: readonly { zone: string; from: string; to: string; why: string }[] = [
  { zone: 'UTC', from: '1960-01-01', to: '2040-01-01', why: 'never changes' },
  { zone: 'Europe/Paris', from: '1970-01-01', to: '2030-01-01', why: 'summer time, clocks forward and back' },
  { zone: 'America/New_York', from: '2000-01-01', to: '2012-01-01', why: 'its rules moved in 2007' },
  { zone: 'Australia/Lord_Howe', from: '1980-01-01', to: '2030-01-01', why: 'a 30-minute summer time' },
  { zone: 'Australia/Sydney', from: '1995-01-01', to: '2025-01-01', why: 'southern summer, across new year' },
  { zone: 'Asia/Kathmandu', from: '1980-01-01', to: '1990-01-01', why: 'moved from +05:30 to +05:45 in 1986' },
  { zone: 'Pacific/Apia', from: '2009-01-01', to: '2022-01-01', why: 'skipped 30 December 2011 across the date line' },
  { zone: 'Africa/Monrovia', from: '1960-01-01', to: '1975-01-01', why: 'an offset of -00:44:30 until 1972' },
  { zone: 'Europe/Moscow', from: '1985-01-01', to: '2016-01-01', why: 'changed its standard offset in 2011 and 2014' },
  { zone: 'America/Sao_Paulo', from: '2015-01-01', to: '2022-01-01', why: 'summer time abolished in 2019' },
  { zone: 'Africa/Casablanca', from: '2010-01-01', to: '2030-01-01', why: 'summer time stopped each Ramadan' },
  { zone: 'Pacific/Chatham', from: '2000-01-01', to: '2020-01-01', why: '+12:45 and +13:45' },
];

describe('utcOffsetMs, kept per zone and day, says what the IANA data says', () => {
  afterEach(() => vi.restoreAllMocks());

  for (const { zone, from, to, why } of ZONES) {
    it(`${zone} (${why}): at and around every change, and anywhere between`, () => {
      const [fromMs, toMs] = [Date.parse(from), Date.parse(to)];
      const changes = changesBetween(zone, fromMs, toMs, 12 * HOUR);
      if (zone !== 'UTC') expect(changes.length).toBeGreaterThan(0);
      const near = changes.flatMap((at) =>
        [-DAY, -HOUR - 1, -1001, -1000, -999, -1, 0, 1, 999, 1000, HOUR, DAY].map((delta) => at + delta),
      );
      // The instants around the changes first, then anywhere in no order, as a chronology's events come.
      const instants = [...near, ...spread(3000, fromMs, toMs, changes.length + 7)];
      const wrong = instants.filter((ms) => utcOffsetMs(ms, zone) !== readDirectly(ms, zone));
      expect(wrong.map((ms) => new Date(ms).toISOString())).toEqual([]);
    });
  }

  it('reads instants before the years it keeps, and negative milliseconds, as the data does', () => {
    for (const ms of [Date.UTC(1700, 5, 1, 12, 0, 0, 500), -1, -999, -1000, -1001, Date.UTC(2500, 0, 1) + 1])
      for (const zone of ['Europe/Paris', 'Asia/Kathmandu', 'Africa/Monrovia'])
        expect(utcOffsetMs(ms, zone)).toBe(readDirectly(ms, zone));
  });

  it('refuses a zone it does not know, as before', () => {
    expect(() => utcOffsetMs(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => utcOffsetMs(Number.NaN, 'Europe/Paris')).toThrow(RangeError);
  });

  it('reads the IANA data about once per day of the period asked, not once per instant', () => {
    const read = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    const [fromMs, toMs] = [Date.parse('2021-01-01'), Date.parse('2022-01-01')];
    const instants = spread(20_000, fromMs, toMs, 42);
    for (const ms of instants) utcOffsetMs(ms, 'America/Port-au-Prince');
    // 366 midnights, and about 17 readings to find each of the year's two changes to the second.
    expect(read.mock.calls.length).toBeLessThan(366 + 2 * 20);
    read.mockRestore();
    expect(
      instants.filter((ms) => utcOffsetMs(ms, 'America/Port-au-Prince') !== readDirectly(ms, 'America/Port-au-Prince')),
    ).toEqual([]);
  });
});
