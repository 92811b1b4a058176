import { describe, expect, it } from 'vitest';
import { clockById, DEFAULT_CLOCKS, type ClockDefinition } from '../../../shared/clocks/clock.js';
import {
  computeDeadline,
  Deadline as DeadlineSchema,
  deadlineState,
  formatCountdown,
  sortDeadlinesByUrgency,
  windowClosedBefore,
  type Deadline,
  type DeadlineOptions,
} from '../../../shared/clocks/deadline.js';
import { explainDeadline } from '../../../shared/clocks/explain.js';
import type { Instant } from '../../../shared/domain/primitives.js';
import type { UncertainDate } from '../../../shared/domain/uncertain-date.js';

const HOUR = 3_600_000;
const clock = (id: string): ClockDefinition => clockById(DEFAULT_CLOCKS, id) as ClockDefinition;
const bangui: DeadlineOptions = { timeZone: 'Africa/Bangui' };

function deadlineOf(id: string, start: Instant | UncertainDate, options: DeadlineOptions = bangui): Deadline {
  const result = computeDeadline(clock(id), start, options);
  if (!result.deadline) throw new Error(`no deadline: ${result.reason}`);
  // Whatever the core stores or the contract returns must pass its schema.
  return DeadlineSchema.parse(result.deadline);
}

describe('computeDeadline: clocks counted in hours from the incident', () => {
  it('an exact incident at 22:00 in Bangui: the forensic exam is due 72 hours later', () => {
    const deadline = deadlineOf('forensic_exam', {
      precision: 'exact',
      from: '2026-03-02T22:00',
      timeZone: 'Africa/Bangui',
    });
    expect(deadline.dueAt).toBe('2026-03-05T21:00:00.000Z'); // 22:00 local on 5 March
    expect(deadline.lastPossibleDueAt).toBe(deadline.dueAt);
    expect(deadline.spanMs).toBe(72 * HOUR);
    expect(deadline.firmness).toBe('binding');
    expect(deadline.basis).toMatchObject({
      startReading: 'exact',
      startAt: '2026-03-02T21:00:00.000Z',
      direction: 'after_start',
    });
    expect(explainDeadline(deadline)).toContain(
      'Due 72 hours after the incident. Counted from 2026-03-02 22:00 (Africa/Bangui).',
    );
  });

  it('an incident known only as "March 2026": due 72 hours after 1 March 00:00 local, and the basis says why', () => {
    const deadline = deadlineOf('forensic_exam', { precision: 'month', from: '2026-03', timeZone: 'Africa/Bangui' });
    expect(deadline.basis.startAt).toBe('2026-02-28T23:00:00.000Z'); // 1 March 00:00 in Bangui (UTC+1)
    expect(deadline.dueAt).toBe('2026-03-03T23:00:00.000Z');
    expect(deadline.basis.startReading).toBe('earliest_possible');
    // Had it happened on 31 March at 23:59:59.999, the window would still be open three days later.
    expect(deadline.lastPossibleDueAt).toBe('2026-04-03T22:59:59.999Z');
    const text = explainDeadline(deadline);
    expect(text).toContain('earliest moment it could have happened, 2026-03-01 00:00 (Africa/Bangui)');
    expect(text).toContain('time-sensitive evidence');
    expect(text).toContain('2026-04-03 23:59');
    expect(explainDeadline(deadline, 'fr')).toContain('premier moment possible, 2026-03-01 00:00 (Africa/Bangui)');
  });

  it('reads a date written without a time zone in the mission zone', () => {
    const deadline = deadlineOf('hiv_pep', { precision: 'day', from: '2026-03-02' });
    expect(deadline.basis.startAt).toBe('2026-03-01T23:00:00.000Z');
    expect(deadline.dueAt).toBe('2026-03-04T23:00:00.000Z');
  });

  it('gives no deadline for an unknown incident, with the reason', () => {
    expect(computeDeadline(clock('forensic_exam'), { precision: 'unknown' }, bangui)).toEqual({
      deadline: null,
      reason: 'start_unknown',
    });
  });

  it('counts hours as elapsed time across a clock change', () => {
    // New York moves to summer time on 8 March 2026: 72 hours later the wall clock reads 23:00, not 22:00.
    const deadline = deadlineOf(
      'hiv_pep',
      { precision: 'exact', from: '2026-03-07T22:00', timeZone: 'America/New_York' },
      { timeZone: 'America/New_York' },
    );
    expect(deadline.dueAt).toBe('2026-03-11T03:00:00.000Z');
    expect(Date.parse(deadline.dueAt) - Date.parse(deadline.basis.startAt)).toBe(72 * HOUR);
  });

  it('reads a time the clocks showed twice at its first occurrence', () => {
    const deadline = deadlineOf(
      'forensic_exam',
      { precision: 'exact', from: '2026-11-01T01:30', timeZone: 'America/New_York' },
      { timeZone: 'America/New_York' },
    );
    expect(deadline.basis.startAt).toBe('2026-11-01T05:30:00.000Z');
    expect(deadline.basis.startReading).toBe('earliest_possible');
    expect(Date.parse(deadline.lastPossibleDueAt) - Date.parse(deadline.dueAt)).toBe(HOUR);
  });

  it('is due at once for an immediate clock', () => {
    const deadline = deadlineOf('phone_data_preservation', '2026-03-02T08:15:00.000Z');
    expect(deadline.dueAt).toBe('2026-03-02T08:15:00.000Z');
    expect(deadline.spanMs).toBe(0);
    expect(explainDeadline(deadline)).toMatch(/^Due immediately on the identification of the phone data\./);
  });

  it('refuses a start that is not an ISO-8601 UTC instant', () => {
    expect(() => computeDeadline(clock('hiv_pep'), 'yesterday' as Instant, bangui)).toThrow(TypeError);
    // Date.parse would read this as midnight UTC; a start without its time is an UncertainDate, not an instant.
    expect(() => computeDeadline(clock('hiv_pep'), '2026-03-02' as Instant, bangui)).toThrow(TypeError);
  });
});

describe('computeDeadline: working days, days and months (case benchmarks)', () => {
  const thursdayMorning = '2026-03-05T09:00:00.000Z'; // Thursday 10:00 in Bangui

  it('NIO appointment: 10 working days from a Thursday, with a holiday on the next Monday', () => {
    const deadline = deadlineOf('nio_appointment', thursdayMorning, {
      ...bangui,
      holidays: ['2026-03-09', '2026-12-25'],
    });
    expect(deadline.dueAt).toBe('2026-03-20T22:59:59.999Z'); // end of Friday 20 March, local
    expect(deadline.basis.holidaysSkipped).toEqual(['2026-03-09']);
    expect(explainDeadline(deadline)).toContain(
      'Weekend days (Saturday and Sunday) and holidays (2026-03-09) are not counted.',
    );
    expect(explainDeadline(deadline)).toContain('Due at 2026-03-20 23:59 (Africa/Bangui).');
    // In French from the same catalogue: the unit in its plural form, the days in a French list.
    const french = explainDeadline(deadline, 'fr');
    expect(french).toMatch(/^Échéance : 10 jours ouvrés après /);
    expect(french).toContain(
      'Les jours de week-end (samedi et dimanche) et les jours fériés (2026-03-09) ne sont pas comptés.',
    );
    expect(french).not.toMatch(/\b(Due|Weekend|Counted|working)\b/);
  });

  it('lists the holidays skipped with the reader’s comma: the Arabic comma in Arabic', () => {
    const deadline = deadlineOf('nio_appointment', thursdayMorning, {
      ...bangui,
      holidays: ['2026-03-09', '2026-03-10'],
    });
    expect(deadline.basis.holidaysSkipped).toEqual(['2026-03-09', '2026-03-10']);
    expect(explainDeadline(deadline)).toContain('holidays (2026-03-09, 2026-03-10)');
    expect(explainDeadline(deadline, 'ar')).toContain('2026-03-09، 2026-03-10');
    expect(explainDeadline(deadline, 'ar')).not.toContain('2026-03-09, 2026-03-10');
  });

  it('lists only the holidays that were skipped: not one on the start day, not one on a weekend', () => {
    const deadline = deadlineOf('nio_appointment', thursdayMorning, {
      ...bangui,
      holidays: ['2026-03-05', '2026-03-07', '2026-03-10', '2026-03-25'],
    });
    expect(deadline.basis.holidaysSkipped).toEqual(['2026-03-10']);
    expect(deadline.dueAt).toBe('2026-03-20T22:59:59.999Z');
  });

  it('counts whole days from a notification known only by its day, with no uncertainty to explain', () => {
    const deadline = deadlineOf('nio_appointment', { precision: 'day', from: '2026-03-05' });
    expect(deadline.dueAt).toBe('2026-03-19T22:59:59.999Z');
    expect(deadline.lastPossibleDueAt).toBe(deadline.dueAt);
    expect(deadline.basis.startReading).toBe('exact');
    expect(explainDeadline(deadline)).not.toContain('uncertain');
  });

  it('without the holiday the same start falls due a working day earlier', () => {
    expect(deadlineOf('nio_appointment', thursdayMorning).dueAt).toBe('2026-03-19T22:59:59.999Z');
  });

  it('urgent: 5 working days', () => {
    const deadline = deadlineOf('nio_appointment', thursdayMorning, {
      ...bangui,
      urgent: true,
      holidays: ['2026-03-09'],
    });
    expect(deadline.dueAt).toBe('2026-03-13T22:59:59.999Z');
    expect(deadline.basis).toMatchObject({ urgentApplied: true, duration: { amount: 5, unit: 'working_days' } });
  });

  it('follows a Friday–Saturday weekend', () => {
    const deadline = deadlineOf('nio_appointment', thursdayMorning, { ...bangui, weekendDays: ['friday', 'saturday'] });
    // Sun 8 … Thu 12 (5), Sun 15 … Thu 19 (10).
    expect(deadline.dueAt).toBe('2026-03-19T22:59:59.999Z');
    const shorter = deadlineOf('nio_appointment', thursdayMorning, {
      ...bangui,
      urgent: true,
      weekendDays: ['friday', 'saturday'],
    });
    expect(shorter.dueAt).toBe('2026-03-12T22:59:59.999Z');
  });

  it('ends the last working day at local midnight after a clock change', () => {
    // Thursday 5 March 15:00 in New York (EST, UTC−5); due Thursday 19 March, by then EDT (UTC−4).
    const deadline = deadlineOf('nio_appointment', '2026-03-05T20:00:00.000Z', { timeZone: 'America/New_York' });
    expect(deadline.dueAt).toBe('2026-03-20T03:59:59.999Z');
  });

  it('counts across New Year, skipping its holiday', () => {
    // Thursday 31 December: Monday 4 January is day 1, Friday 15 January day 10.
    const deadline = deadlineOf('nio_appointment', '2026-12-31T12:00:00.000Z', { ...bangui, holidays: ['2027-01-01'] });
    expect(deadline.dueAt).toBe('2027-01-15T22:59:59.999Z');
    expect(deadlineOf('nio_appointment', '2026-12-31T12:00:00.000Z').dueAt).toBe('2027-01-14T22:59:59.999Z');
  });

  it('starts from the local day, not the UTC one', () => {
    // 23:30 UTC on 31 December is already Friday 1 January in Bangui: day 1 is Monday 4 January.
    expect(deadlineOf('nio_appointment', '2026-12-31T23:30:00.000Z').dueAt).toBe('2027-01-15T22:59:59.999Z');
    expect(deadlineOf('nio_appointment', '2026-12-31T23:30:00.000Z', { timeZone: 'UTC' }).dueAt).toBe(
      '2027-01-14T23:59:59.999Z',
    );
  });

  it('UN investigation: 6 months from referral, 3 when urgent, ending on the last day of a shorter month', () => {
    const referral = '2025-11-30T09:00:00.000Z';
    expect(deadlineOf('un_investigation', referral).dueAt).toBe('2026-05-30T22:59:59.999Z');
    const urgent = deadlineOf('un_investigation', referral, { ...bangui, urgent: true });
    expect(urgent.dueAt).toBe('2026-02-28T22:59:59.999Z');
    expect(explainDeadline(urgent)).toContain(
      'Due 3 months after the referral for investigation. Shortened: the case is urgent.',
    );
  });

  it('TCC/PCC investigation: 90 calendar days from notification', () => {
    expect(deadlineOf('tcc_investigation', '2026-03-02T12:00:00.000Z').dueAt).toBe('2026-05-31T22:59:59.999Z');
  });

  it('CCTV overwrite: 28 days keep the time of day across a clock change', () => {
    const footage: UncertainDate = { precision: 'exact', from: '2026-03-01T12:00', timeZone: 'America/New_York' };
    const deadline = deadlineOf('cctv_overwrite', footage, { timeZone: 'America/New_York' });
    expect(deadline.dueAt).toBe('2026-03-29T16:00:00.000Z'); // 12:00 EDT
  });
});

describe('computeDeadline: backward clocks (before the subject rotates)', () => {
  it('is due at the start of the rotation day itself', () => {
    const deadline = deadlineOf('subject_reference_sample', { precision: 'day', from: '2026-04-10' });
    expect(deadline.dueAt).toBe('2026-04-09T23:00:00.000Z'); // 10 April 00:00 in Bangui
    expect(deadline.spanMs).toBeNull();
    expect(deadline.basis).toMatchObject({ direction: 'before_event', startReading: 'exact' });
    expect(explainDeadline(deadline)).toMatch(
      /^Due before the subject's rotation or end of contract\. Counted back from 2026-04-10 00:00 \(Africa\/Bangui\)\./,
    );
  });

  it('counts working days back from the rotation when asked to', () => {
    const twoDaysBefore: ClockDefinition = {
      ...clock('subject_interview'),
      duration: { amount: 2, unit: 'working_days' },
    };
    const result = computeDeadline(
      twoDaysBefore,
      { precision: 'day', from: '2026-04-13' },
      { ...bangui, holidays: ['2026-04-10', '2026-04-13'] },
    ); // a Monday
    // Friday 10 April is a holiday: start of Wednesday 8 April.
    expect(result.deadline?.dueAt).toBe('2026-04-07T23:00:00.000Z');
    expect(result.deadline?.basis.holidaysSkipped).toEqual(['2026-04-10']);
  });

  it('an uncertain rotation ("April 2026") counts back from its earliest day', () => {
    const deadline = deadlineOf('subject_interview', { precision: 'month', from: '2026-04' });
    expect(deadline.dueAt).toBe('2026-03-31T23:00:00.000Z');
    expect(deadline.lastPossibleDueAt).toBe('2026-04-29T23:00:00.000Z');
    expect(explainDeadline(deadline)).toContain(
      'earliest day it could fall on, 2026-04-01 00:00 (Africa/Bangui): it may come that soon',
    );
    expect(explainDeadline(deadline)).toContain(
      'If it comes as late as possible, the deadline moves to 2026-04-30 00:00.',
    );
  });
});

describe('windowClosedBefore', () => {
  const received = Date.parse('2026-03-20T08:00:00.000Z');

  it('is true for an incident years before the report', () => {
    expect(windowClosedBefore(deadlineOf('forensic_exam', { precision: 'year', from: '2015' }), received)).toBe(true);
  });

  it('is false while any reading of an uncertain incident leaves the window open', () => {
    const march = deadlineOf('forensic_exam', { precision: 'month', from: '2026-03', timeZone: 'Africa/Bangui' });
    expect(Date.parse(march.dueAt)).toBeLessThan(received);
    expect(windowClosedBefore(march, received)).toBe(false);
  });
});

describe('deadlineState', () => {
  const pep = deadlineOf('hiv_pep', '2026-03-02T00:00:00.000Z'); // due 2026-03-05T00:00Z, span 72 h
  const due = Date.parse(pep.dueAt);

  it.each<[string, number, string]>([
    ['open with more than a quarter of the window left', due - 19 * HOUR, 'open'],
    ['due soon in the last quarter (18 h of 72)', due - 18 * HOUR, 'due_soon'],
    ['due soon at the due moment itself', due, 'due_soon'],
    ['overdue a millisecond later', due + 1, 'overdue'],
  ])('is %s', (_, now, state) => {
    expect(deadlineState(pep, now)).toEqual({ state, remainingMs: due - now });
  });

  it('takes a configurable threshold', () => {
    expect(deadlineState(pep, due - 10 * HOUR, null, { fractionOfSpan: 0, withinMs: 12 * HOUR }).state).toBe(
      'due_soon',
    );
    expect(deadlineState(pep, due - 13 * HOUR, null, { fractionOfSpan: 0, withinMs: 12 * HOUR }).state).toBe('open');
  });

  it('is closed, with its margin, or closed late', () => {
    expect(deadlineState(pep, due + 10 * HOUR, '2026-03-04T22:00:00.000Z')).toEqual({
      state: 'closed',
      remainingMs: 2 * HOUR,
    });
    expect(deadlineState(pep, due - HOUR, '2026-03-05T01:00:00.000Z')).toEqual({
      state: 'closed_late',
      remainingMs: -HOUR,
    });
  });

  it('warns a week ahead of a backward clock by default', () => {
    const rotation = deadlineOf('subject_interview', { precision: 'day', from: '2026-04-10' });
    const rotationDue = Date.parse(rotation.dueAt);
    expect(deadlineState(rotation, rotationDue - 8 * 24 * HOUR).state).toBe('open');
    expect(deadlineState(rotation, rotationDue - 6 * 24 * HOUR).state).toBe('due_soon');
  });
});

describe('sortDeadlinesByUrgency', () => {
  const item = (name: string, id: string, start: Instant, closedAt?: Instant) => ({
    name,
    deadline: deadlineOf(id, start),
    closedAt,
  });

  it('puts the most overdue first, then the soonest due, binding before target on ties, closed last', () => {
    const list = [
      item('closed early', 'hiv_pep', '2026-03-01T00:00:00.000Z', '2026-03-02T00:00:00.000Z'),
      item('open, later', 'emergency_contraception', '2026-03-10T00:00:00.000Z'),
      item('overdue a little', 'hiv_pep', '2026-03-06T00:00:00.000Z'),
      item('closed recently', 'hiv_pep', '2026-03-01T00:00:00.000Z', '2026-03-03T00:00:00.000Z'),
      item('overdue most', 'hiv_pep', '2026-03-01T00:00:00.000Z'),
      item('target, soonest', 'toxicology_urine', '2026-03-07T00:00:00.000Z'),
      item('binding, soonest', 'emergency_contraception', '2026-03-07T00:00:00.000Z'),
    ];
    expect(sortDeadlinesByUrgency(list).map((entry) => entry.name)).toEqual([
      'overdue most',
      'overdue a little',
      'binding, soonest',
      'target, soonest',
      'open, later',
      'closed recently',
      'closed early',
    ]);
  });
});

describe('formatCountdown', () => {
  it.each<[number, { negative: boolean; days: number; hours: number; minutes: number }]>([
    [0, { negative: false, days: 0, hours: 0, minutes: 0 }],
    [59_000, { negative: false, days: 0, hours: 0, minutes: 1 }],
    [(26 * 60 + 3) * 60_000, { negative: false, days: 1, hours: 2, minutes: 3 }],
    [72 * HOUR, { negative: false, days: 3, hours: 0, minutes: 0 }],
    [-90_000, { negative: true, days: 0, hours: 0, minutes: 1 }],
    [-(49 * HOUR + 30 * 60_000), { negative: true, days: 2, hours: 1, minutes: 30 }],
  ])('%d ms → %j', (ms, parts) => {
    expect(formatCountdown(ms)).toEqual(parts);
  });
});
