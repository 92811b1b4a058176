import { describe, expect, it } from 'vitest';
import { byClock, deadlinesOf, intake, useCaseFiles } from './deadlines-fixture.js';

const open = useCaseFiles();

/**
 * A calendar date (the day an allegation was received) and an instant (when the contributing
 * country was notified) meet on the mission's calendar, not on UTC's. Nairobi is UTC+3 all year:
 * 01:00 there on 10 March is 22:00 UTC on 9 March.
 */
describe("the mission's time zone", () => {
  const NAIROBI = 'Africa/Nairobi';
  const oneInTheMorning = '2026-03-09T22:00:00.000Z'; // 01:00 on 10 March in Nairobi
  const halfPastElevenTheNightBefore = '2026-03-09T20:30:00.000Z'; // 23:30 on 9 March in Nairobi

  it('a team in UTC+3 records a notification at 01:00 local on the day it received the allegation', async () => {
    const file = await open({ startAt: '2026-03-09T22:30:00.000Z', timeZone: NAIROBI });
    const record = await file.call('cases.create', intake({ dateReceived: '2026-03-10', urgent: true }));
    const facts = await file.call('deadlines.recordMilestone', {
      caseId: record.id,
      milestone: 'tcc_notified',
      at: oneInTheMorning,
    });
    expect(facts.milestones.tccNotifiedAt).toBe(oneInTheMorning);
    // Five working days from Tuesday 10 March, due at the end of Tuesday 17 March in Nairobi (20:59:59 UTC).
    expect(byClock(await deadlinesOf(file, record.id), 'nio_appointment').dueAt).toBe('2026-03-17T20:59:59.999Z');
  });

  it('and is refused one at 23:30 local the evening before', async () => {
    const file = await open({ startAt: '2026-03-09T22:30:00.000Z', timeZone: NAIROBI });
    const record = await file.call('cases.create', intake({ dateReceived: '2026-03-10' }));
    const refused = await file.refusal('deadlines.recordMilestone', {
      caseId: record.id,
      milestone: 'tcc_notified',
      at: halfPastElevenTheNightBefore,
    });
    expect(refused.code).toBe('VALIDATION');
    expect((await file.call('deadlines.caseFacts', { caseId: record.id })).milestones.tccNotifiedAt).toBeNull();
  });

  it('on UTC, the same 01:00 in Nairobi is the day before: the zone decides, not the instant alone', async () => {
    // Just after midnight UTC: a report received on 10 March is not in the future on this calendar.
    const file = await open({ startAt: '2026-03-10T00:30:00.000Z' });
    expect((await file.call('clocks.get', {})).calendar.timeZone).toBe('UTC');
    const record = await file.call('cases.create', intake({ dateReceived: '2026-03-10' }));
    expect(
      (
        await file.refusal('deadlines.recordMilestone', {
          caseId: record.id,
          milestone: 'tcc_notified',
          at: oneInTheMorning,
        })
      ).code,
    ).toBe('VALIDATION');
  });

  it(
    'a new vault takes the zone it is created with, as shipped defaults otherwise; a ' +
      'reset keeps the last zone saved',
    async () => {
      const file = await open({ timeZone: NAIROBI });
      expect(await file.call('clocks.get', {})).toMatchObject({
        calendar: { weekendDays: ['saturday', 'sunday'], holidays: [], timeZone: NAIROBI },
        isDefault: true,
        updatedAt: null,
      });
      await file.call('clocks.update', {
        calendar: { weekendDays: ['friday', 'saturday'], holidays: ['2026-03-18'], timeZone: 'Africa/Bangui' },
      });
      const reset = await file.call('clocks.reset', {});
      // The week and the holidays are shipped values; where the team works is not.
      expect(reset).toMatchObject({
        calendar: { weekendDays: ['saturday', 'sunday'], holidays: [], timeZone: 'Africa/Bangui' },
        isDefault: true,
      });
    },
  );

  it('takes a zone only by its IANA name: an offset says nothing of the clock changes to come', async () => {
    const file = await open();
    const refused = await file.refusal('vault.create', {
      passphrase: 'another long passphrase for this',
      timeZone: '+03:00',
    });
    expect(refused.code).toBe('VALIDATION');
  });

  it(
    'a case opened at 00:30 on 1 January in Nairobi takes the new year’s reference; ' + 'on UTC, the old year’s',
    async () => {
      const nairobi = await open({ startAt: '2026-12-31T21:30:00.000Z', timeZone: NAIROBI });
      expect((await nairobi.call('cases.create', intake({ dateReceived: '2027-01-01' }))).reference).toBe(
        'CF-2027-0001',
      );
      const utc = await open({ startAt: '2026-12-31T21:30:00.000Z' });
      expect((await utc.call('cases.create', intake({ dateReceived: '2026-12-31' }))).reference).toBe('CF-2026-0001');
    },
  );

  describe('a date written without a zone is read in it', () => {
    it(
      'in the chronology: an item collected at 01:30 on 10 March in Nairobi comes ' + 'after "10 March" begins',
      async () => {
        const order = async (timeZone?: string) => {
          const file = await open({ startAt: '2026-03-10T06:00:00.000Z', ...(timeZone ? { timeZone } : {}) });
          const record = await file.call('cases.create', intake({ dateReceived: '2026-03-10' }));
          await file.call('timeline.add', {
            caseId: record.id,
            event: {
              date: { precision: 'day', from: '2026-03-10' },
              kind: 'investigative_action',
              title: 'Site visit',
              basis: 'established',
            },
          });
          await file.call('evidence.create', {
            caseId: record.id,
            type: 'physical',
            description: 'Dress in a sealed bag',
            collectedAt: '2026-03-09T22:30:00.000Z',
          });
          const { dated } = await file.call('timeline.list', { caseId: record.id });
          return dated
            .map((entry) => entry.title)
            .filter((title) => title === 'Site visit' || title.startsWith('E-0001'));
        };
        expect(await order(NAIROBI)).toEqual(['Site visit', 'E-0001 collected (physical)']);
        // On UTC the item is on the 9th, before the day.
        expect(await order()).toEqual(['E-0001 collected (physical)', 'Site visit']);
      },
    );

    it(
      'by R15: the 72 hours after an incident on 7 March end with the forensic ' +
        "deadline's latest reading, at midnight in Nairobi",
      async () => {
        const windowOpen = async (at: string, timeZone?: string) => {
          const file = await open({ startAt: at, ...(timeZone ? { timeZone } : {}) });
          const record = await file.call(
            'cases.create',
            intake({ dateReceived: '2026-03-09', incidentDates: [{ precision: 'day', from: '2026-03-07' }] }),
          );
          await file.call('people.add', {
            caseId: record.id,
            profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
          });
          const { findings } = await file.call('principles.check', { caseId: record.id });
          const forensic = byClock(await deadlinesOf(file, record.id, true), 'forensic_exam');
          return {
            open: findings.some((f) => f.code === 'R15_EXAM_WINDOW_OPEN'),
            lastDue: forensic.deadline.lastPossibleDueAt,
          };
        };
        // 23:00 and 01:00 in Nairobi, on either side of the end of 10 March there.
        expect(await windowOpen('2026-03-10T20:00:00.000Z', NAIROBI)).toEqual({
          open: true,
          lastDue: '2026-03-10T20:59:59.999Z',
        });
        expect(await windowOpen('2026-03-10T22:00:00.000Z', NAIROBI)).toEqual({
          open: false,
          lastDue: '2026-03-10T20:59:59.999Z',
        });
        // On UTC, 22:00 on the 10th is still inside the window.
        expect(await windowOpen('2026-03-10T22:00:00.000Z')).toEqual({
          open: true,
          lastDue: '2026-03-10T23:59:59.999Z',
        });
      },
    );
  });
});
