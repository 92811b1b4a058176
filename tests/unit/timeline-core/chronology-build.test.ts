import { describe, expect, it } from 'vitest';
import { caseFileContext } from '../../../electron/core/composition.js';
import { buildChronology } from '../../../electron/core/timeline/timeline-list.js';
import { mergeChronology } from '../../../shared/timeline/chronology.js';
import { arrangements, intake, useCaseFiles } from '../people/people-fixture.js';

const open = useCaseFiles();
const ZONE = 'America/New_York';
/** 1 November 2026, 04:00 UTC: midnight in New York, an hour before the clocks go back (01:00–02:00 happens twice). */
const NIGHT = Date.parse('2026-11-01T04:00:00.000Z');
const MINUTE = 60_000;

describe('the chronology built from a case file', () => {
  it('orders and dates events read from instants as their written dates would be, across a clock change', async () => {
    const file = await open({ timeZone: ZONE, startAt: '2026-12-01T09:00:00.000Z' });
    const { id: caseId } = await file.call(
      'cases.create',
      intake({ dateReceived: '2026-11-02', incidentDates: [{ precision: 'day', from: '2026-11-01' }] }),
    );
    // Items every 20 minutes through the night, two at each instant (same date: kind, then title decide).
    for (let step = 0; step < 18; step++)
      for (const type of ['physical', 'digital'] as const)
        await file.call('evidence.create', {
          caseId,
          type,
          description: `Item ${step}`,
          collectedAt: new Date(NIGHT + step * 20 * MINUTE).toISOString(),
          collectedBy: 'Investigator Okafor',
        });
    // Items and an interview written in zones of their own at instants the others share: the same instant
    // written in two zones ties until the dates as written decide.
    for (const [step, timeZone] of [
      [2, 'Europe/Paris'],
      [5, 'Asia/Kathmandu'],
      [5, 'Europe/Paris'],
    ] as const)
      await file.call('evidence.create', {
        caseId,
        type: 'physical',
        description: `Item ${step} written in ${timeZone}`,
        collectedAt: new Date(NIGHT + step * 20 * MINUTE).toISOString(),
        timeZone,
        collectedBy: 'Investigator Okafor',
      });
    const victim = await file.call('people.add', {
      caseId,
      profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
    });
    await file.call('interviews.plan', {
      caseId,
      personId: victim.id,
      arrangements: arrangements({ scheduledAt: new Date(NIGHT + 5 * 20 * MINUTE).toISOString() }),
    });
    for (const date of [
      { precision: 'exact', from: '2026-11-01T01:20', timeZone: ZONE },
      { precision: 'month', from: '2026-11' },
      { precision: 'range', from: '2026-10-31', to: '2026-11-01T03:00' },
      { precision: 'unknown' },
    ] as const)
      await file.call('timeline.add', {
        caseId,
        event: { date, kind: 'incident', title: `Reported ${date.precision}`, basis: 'reported_by_source' },
      });

    const built = await file.rawDatabase((db) => {
      const { ports } = caseFileContext({ db: () => db, now: () => file.clock.now, actor: 'test' });
      return buildChronology(ports, db, { caseId, locale: 'en' }).chronology;
    });
    // The same events ordered again from their written dates alone, given in reverse.
    const reread = mergeChronology([...built.undated, ...built.dated].reverse(), [], ZONE);
    const ids = (events: readonly { id: string }[]) => events.map((event) => event.id);
    expect(built.dated).toHaveLength(36 + 3 + 1 + 1 + 3 + 1);
    expect(ids(built.dated)).toEqual(ids(reread.dated));
    expect(ids(built.undated)).toEqual(ids(reread.undated));
    const intervals = (chronology: typeof built) => chronology.dated.map((event) => chronology.intervalOf(event));
    expect(intervals(built)).toEqual(intervals(reread));
    // Items collected in the repeated hour could be either 01:xx: both occurrences are kept.
    const repeated = built.dated.filter((event) => {
      const interval = built.intervalOf(event);
      return event.origin === 'derived' && interval && interval.latest - interval.earliest === 60 * MINUTE;
    });
    expect(repeated.length).toBeGreaterThan(0);
  });
});
