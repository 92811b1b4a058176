import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  childClockEnv,
  dateIn,
  daysAgo,
  flowingClock,
  hoursAgo,
  manualClock,
  parseTestNow,
  TEST_NOW_VARIABLE,
  TEST_START_MS,
  testClock,
  todayIn,
} from '../../clock.js';

describe('CASEFILE_TEST_NOW', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('reads an ISO instant with its offset, to the millisecond', () => {
    expect(parseTestNow('2026-11-01T00:30:00Z')).toBe(Date.UTC(2026, 10, 1, 0, 30));
    expect(parseTestNow('2026-03-28T23:30Z')).toBe(Date.UTC(2026, 2, 28, 23, 30));
    expect(parseTestNow('2026-03-29T13:30:00.250+14:00')).toBe(Date.UTC(2026, 2, 28, 23, 30, 0, 250));
  });

  it.each([
    'tomorrow',
    '2026-11-01', // a day is not an instant
    '2026-11-01T00:30:00', // no offset: the process's zone would decide
    '2026-02-30T10:00:00Z', // Date.parse would roll it over to March
    '2026-11-01T24:00:00Z',
    '1793491800000',
  ])('refuses %j, naming the variable', (value) => {
    expect(() => parseTestNow(value)).toThrow(
      new RegExp(`^${TEST_NOW_VARIABLE} must be an ISO-8601 instant.*${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
  });

  it('pins the run to it when set, and fails loudly at load when it is bad', async () => {
    vi.stubEnv(TEST_NOW_VARIABLE, '2026-11-01T00:30:00Z');
    const pinned = await import('../../clock.js');
    expect(pinned.TEST_START_MS).toBe(Date.UTC(2026, 10, 1, 0, 30));
    expect(pinned.testClock.now()).toBeGreaterThanOrEqual(pinned.TEST_START_MS);

    vi.resetModules();
    vi.stubEnv(TEST_NOW_VARIABLE, 'half past midnight');
    await expect(import('../../clock.js')).rejects.toThrow(`${TEST_NOW_VARIABLE} must be an ISO-8601 instant`);
  });
});

describe('the clocks', () => {
  it('a manual clock moves only when told', () => {
    const clock = manualClock('2026-03-10T09:00:00.000Z');
    expect(clock.iso()).toBe('2026-03-10T09:00:00.000Z');
    clock.advance(90 * 60_000);
    expect(clock.iso()).toBe('2026-03-10T10:30:00.000Z');
    clock.set('2026-03-29T01:59:00+01:00');
    expect(clock.iso()).toBe('2026-03-29T00:59:00.000Z');
    expect(() => clock.set('2026-03-29 01:59')).toThrow('A test clock instant must be an ISO-8601 instant');
    expect(manualClock().now()).toBe(TEST_START_MS);
  });

  it('a flowing clock starts where it is told and follows the time that passes', async () => {
    const clock = flowingClock('2026-11-01T00:30:00Z');
    const first = clock.now();
    expect(first - Date.UTC(2026, 10, 1, 0, 30)).toBeLessThan(50);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(clock.now() - first).toBeGreaterThanOrEqual(25);
    expect(testClock.now()).toBeGreaterThanOrEqual(TEST_START_MS);
  });

  it('hours and days ago are counted from the clock given', () => {
    const clock = manualClock('2026-11-01T00:30:00Z');
    expect(hoursAgo(1, clock)).toBe('2026-10-31T23:30:00.000Z');
    expect(hoursAgo(-2, clock)).toBe('2026-11-01T02:30:00.000Z');
    expect(daysAgo(7, clock)).toBe('2026-10-25T00:30:00.000Z');
  });

  it('today is a date on the calendar of the zone asked for, never of the process', () => {
    // Setting A of CI: 00:30 UTC is still the evening before in Port-au-Prince.
    const a = manualClock('2026-11-01T00:30:00Z');
    expect(todayIn('UTC', a)).toBe('2026-11-01');
    expect(todayIn('America/Port-au-Prince', a)).toBe('2026-10-31');
    // Setting B: 23:30 UTC is already the next afternoon on Kiritimati (+14).
    const b = manualClock('2026-03-28T23:30:00Z');
    expect(todayIn('UTC', b)).toBe('2026-03-28');
    expect(todayIn('Pacific/Kiritimati', b)).toBe('2026-03-29');
    expect(todayIn('Africa/Nairobi', b)).toBe('2026-03-29');
    expect(dateIn('Africa/Nairobi', '2026-03-28T20:59:59Z')).toBe('2026-03-28');
  });

  it('a child process continues the clock from its current instant', () => {
    const clock = manualClock('2026-03-28T23:30:00Z');
    expect(childClockEnv(clock)).toEqual({ [TEST_NOW_VARIABLE]: '2026-03-28T23:30:00.000Z' });
    expect(parseTestNow(childClockEnv(clock)[TEST_NOW_VARIABLE])).toBe(clock.now());
  });
});
