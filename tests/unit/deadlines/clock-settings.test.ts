import { describe, expect, it } from 'vitest';
import { DEFAULT_CLOCKS, type ClockDefinition } from '../../../shared/clocks/clock.js';
import { auditActions, byClock, deadlinesOf, intake, jumpTo, useCaseFiles } from './deadlines-fixture.js';

const open = useCaseFiles();

const lastNight = { precision: 'exact', from: '2026-03-09T22:00', timeZone: 'UTC' } as const;

function withClock(id: string, change: Partial<ClockDefinition>): ClockDefinition[] {
  return DEFAULT_CLOCKS.map((clock) =>
    clock.id === id ? { ...structuredClone(clock), ...change } : structuredClone(clock),
  );
}

describe('clock settings', () => {
  it('start as the shipped defaults with a Saturday–Sunday week in UTC', async () => {
    const file = await open();
    const config = await file.call('clocks.get', {});
    expect(config.clocks).toEqual(DEFAULT_CLOCKS);
    expect(config.calendar).toEqual({ weekendDays: ['saturday', 'sunday'], holidays: [], timeZone: 'UTC' });
    expect(config).toMatchObject({ isDefault: true, updatedAt: null });
  });

  it('are validated: a clock defined twice or a week without working days is refused', async () => {
    const file = await open();
    const twice = [...DEFAULT_CLOCKS, DEFAULT_CLOCKS[0] as ClockDefinition];
    expect((await file.refusal('clocks.update', { clocks: twice })).code).toBe('VALIDATION');
    const noWorkingDay = {
      weekendDays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const,
      holidays: [],
      timeZone: 'UTC',
    };
    expect(
      (
        await file.refusal('clocks.update', {
          calendar: { ...noWorkingDay, weekendDays: [...noWorkingDay.weekendDays] },
        })
      ).code,
    ).toBe('VALIDATION');
    expect(
      (await file.refusal('clocks.update', { calendar: { weekendDays: [], holidays: [], timeZone: 'Mars/Olympus' } }))
        .code,
    ).toBe('VALIDATION');
    expect((await file.call('clocks.get', {})).isDefault).toBe(true);
  });

  it('a change recomputes open deadlines only; closed ones keep the values they were closed against', async () => {
    const file = await open();
    const record = await file.call('cases.create', intake({ dateReceived: '2026-03-10', incidentDates: [lastNight] }));
    const forensic = byClock(await deadlinesOf(file, record.id), 'forensic_exam');
    await file.call('deadlines.close', { deadlineId: forensic.id, action: 'Examination at the district hospital' });

    await jumpTo(file, '2026-03-10T10:00:00.000Z');
    const clocks = withClock('forensic_exam', { duration: { amount: 120, unit: 'hours' } }).map((clock) =>
      clock.id === 'hiv_pep' ? { ...clock, duration: { amount: 48, unit: 'hours' as const } } : clock,
    );
    const updated = await file.call('clocks.update', { clocks });
    expect(updated).toMatchObject({ isDefault: false, updatedAt: '2026-03-10T10:00:00.000Z', recomputed: 1 });

    const items = await deadlinesOf(file, record.id, true);
    expect(byClock(items, 'hiv_pep').dueAt).toBe('2026-03-11T22:00:00.000Z');
    expect(byClock(items, 'emergency_contraception').dueAt).toBe('2026-03-14T22:00:00.000Z');
    const closed = byClock(items, 'forensic_exam');
    expect(closed).toMatchObject({
      dueAt: '2026-03-12T22:00:00.000Z',
      state: 'closed',
      closedAction: 'Examination at the district hospital',
    });
    expect(closed.deadline.basis.duration).toEqual({ amount: 72, unit: 'hours' });
    expect(await auditActions(file)).toEqual(expect.arrayContaining(['deadline.close', 'clocks.update']));
    const audit = (await file.call('audit.list', {})).items.find((item) => item.action === 'clocks.update');
    expect(audit?.details).toMatchObject({
      clocks: { changed: ['forensic_exam', 'hiv_pep'], added: [], removed: [] },
      recomputed: 1,
    });
  });

  it(
    'the mission time zone and holidays move whole-day deadlines; reset brings back ' +
      'the shipped week and holidays, in the same zone',
    async () => {
      const file = await open();
      const record = await file.call('cases.create', intake({ dateReceived: '2026-03-09' }));
      await file.call('deadlines.recordMilestone', {
        caseId: record.id,
        milestone: 'tcc_notified',
        at: '2026-03-10T08:00:00.000Z',
      });
      expect(byClock(await deadlinesOf(file, record.id), 'nio_appointment').dueAt).toBe('2026-03-24T23:59:59.999Z');

      // Bangui is UTC+1 all year; the holiday is Wednesday 18 March.
      const changed = await file.call('clocks.update', {
        calendar: {
          weekendDays: ['saturday', 'sunday'],
          holidays: ['2026-03-18', '2026-03-18'],
          timeZone: 'Africa/Bangui',
        },
      });
      expect(changed.calendar.holidays).toEqual(['2026-03-18']);
      expect(changed.recomputed).toBe(2);
      expect(byClock(await deadlinesOf(file, record.id), 'nio_appointment').dueAt).toBe('2026-03-25T22:59:59.999Z');

      const reset = await file.call('clocks.reset', {});
      // Only the working-day deadline moves back: the 90 calendar days counted in Bangui stay where they were.
      expect(reset).toMatchObject({ isDefault: true, updatedAt: null, recomputed: 1 });
      // Where the team works is not a shipped default: the zone stays, the holiday goes.
      expect(reset.calendar).toEqual({ weekendDays: ['saturday', 'sunday'], holidays: [], timeZone: 'Africa/Bangui' });
      expect(byClock(await deadlinesOf(file, record.id), 'nio_appointment').dueAt).toBe('2026-03-24T22:59:59.999Z');
      expect(await auditActions(file)).toEqual(expect.arrayContaining(['clocks.update', 'clocks.reset']));
    },
  );

  it('a clock enabled later starts on the cases whose facts start it; one disabled starts nothing new', async () => {
    const file = await open();
    await file.call('clocks.update', { clocks: withClock('forensic_exam', { enabled: false }) });
    const record = await file.call('cases.create', intake({ dateReceived: '2026-03-10', incidentDates: [lastNight] }));
    expect((await deadlinesOf(file, record.id)).map((item) => item.clockId)).toEqual([
      'hiv_pep',
      'emergency_contraception',
    ]);
    const enabled = await file.call('clocks.update', { clocks: withClock('forensic_exam', { enabled: true }) });
    expect(enabled.recomputed).toBe(0);
    expect(byClock(await deadlinesOf(file, record.id), 'forensic_exam').dueAt).toBe('2026-03-12T22:00:00.000Z');
  });
});
