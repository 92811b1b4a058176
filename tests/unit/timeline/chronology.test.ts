import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/domain/settings.js';
import { explainOrdering, mergeChronology } from '../../../shared/timeline/chronology.js';
import {
  exactDateAt,
  exactDateWriter,
  exactIntervalAt,
  exactMomentAt,
  TimelineEvent,
  type TimelineEvent as TimelineEventT,
} from '../../../shared/timeline/event.js';
import {
  describeOrdering,
  toIsoInterval,
  toUtcInterval,
  type UncertainDate,
} from '../../../shared/domain/uncertain-date.js';

let counter = 0;
const event = (title: string, date: UncertainDate, overrides: Partial<TimelineEventT> = {}): TimelineEventT => ({
  id: `t-${String(++counter).padStart(3, '0')}`,
  caseId: 'case-1',
  date,
  kind: 'investigative_action',
  title,
  basis: 'established',
  sources: [],
  origin: 'manual',
  confidentiality: 'confidential',
  ...overrides,
});

describe('TimelineEvent schema', () => {
  const valid = event(
    'V-01 reports the incident',
    { precision: 'month', from: '2026-03', timeZone: 'Africa/Bangui' },
    {
      kind: 'incident',
      basis: 'reported_by_source',
      sources: [{ kind: 'interview', id: 'iv-1' }],
    },
  );

  it('accepts an event reported by a source, with its link', () => {
    expect(TimelineEvent.parse(valid)).toEqual(valid);
  });

  it('defaults the confidentiality of a record that omits it', () => {
    const { confidentiality: _omitted, ...withoutLevel } = valid;
    expect(TimelineEvent.parse(withoutLevel).confidentiality).toBe('confidential');
  });

  it.each<[string, Partial<TimelineEventT> | Record<string, unknown>]>([
    ['an unknown kind', { kind: 'rumour' }],
    ['an unknown basis', { basis: 'probably' }],
    ['a blank title', { title: '   ' }],
    ['a source of another kind', { sources: [{ kind: 'person', id: 'p-1' }] }],
    [
      'the same source twice',
      {
        sources: [
          { kind: 'evidence', id: 'e-1' },
          { kind: 'evidence', id: 'e-1' },
        ],
      },
    ],
    ['an exact time without a zone', { date: { precision: 'exact', from: '2026-03-02T22:00' } }],
    ['an unexpected field', { victimName: 'x' }],
  ])('refuses %s', (_, change) => {
    expect(TimelineEvent.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});

describe('exactDateAt', () => {
  it('writes an instant on the local wall clock and means the same instant again', () => {
    const date = exactDateAt('2026-03-02T21:00:00.000Z', 'Africa/Bangui');
    expect(date).toEqual({ precision: 'exact', from: '2026-03-02T22:00:00', timeZone: 'Africa/Bangui' });
    expect(toIsoInterval(date)).toEqual({ earliest: '2026-03-02T21:00:00.000Z', latest: '2026-03-02T21:00:00.000Z' });
  });

  it('keeps a time in the repeated hour honest: it could be either occurrence', () => {
    const date = exactDateAt('2026-11-01T06:30:00.000Z', 'America/New_York'); // 01:30 EST, the second 01:30
    expect(date.precision === 'exact' && date.from).toBe('2026-11-01T01:30:00');
    expect(toIsoInterval(date)).toEqual({ earliest: '2026-11-01T05:30:00.000Z', latest: '2026-11-01T06:30:00.000Z' });
  });
});

describe('exactIntervalAt and exactDateWriter', () => {
  it('give exactDateAt’s interval and date, in every zone and across clock changes', () => {
    const writeDate = exactDateWriter();
    const zones = ['UTC', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Apia', 'Asia/Kathmandu', 'Europe/London'];
    const differing: string[] = [];
    for (const zone of zones)
      for (
        let ms = Date.parse('2025-01-01T00:00:00Z');
        ms < Date.parse('2027-01-01T00:00:00Z');
        ms += 59 * 60_000 + 1_234
      ) {
        const instant = new Date(ms).toISOString();
        const date = exactDateAt(instant, zone);
        if (
          !isDeepStrictEqual(exactIntervalAt(instant, zone), toUtcInterval(date)) ||
          !isDeepStrictEqual(writeDate(instant, zone), date)
        )
          differing.push(`${zone} ${instant}`);
      }
    expect(differing).toEqual([]);
  });

  it('holds both occurrences of a time in the repeated hour', () => {
    expect(exactMomentAt('2026-11-01T06:30:00.000Z', 'America/New_York')).toEqual({
      date: { precision: 'exact', from: '2026-11-01T01:30:00', timeZone: 'America/New_York' },
      interval: { earliest: Date.parse('2026-11-01T05:30:00Z'), latest: Date.parse('2026-11-01T06:30:00Z') },
    });
  });
});

describe('mergeChronology', () => {
  const march = event(
    'Abuse reported for March',
    { precision: 'month', from: '2026-03' },
    { kind: 'incident', basis: 'reported_by_source' },
  );
  const marchSecond = event(
    'Swab collected',
    { precision: 'day', from: '2026-03-02' },
    { kind: 'evidence', origin: 'derived' },
  );
  const marchSecondInterview = event(
    'Interview of V-01',
    { precision: 'day', from: '2026-03-02' },
    { kind: 'interview', origin: 'derived' },
  );
  const marchSecondB = event('b: site visit', { precision: 'day', from: '2026-03-02' });
  const marchSecondA = event('A: photographs taken', { precision: 'day', from: '2026-03-02' });
  const exactNight = event(
    'Incident at 22:00',
    { precision: 'exact', from: '2026-03-02T22:00', timeZone: 'UTC' },
    { kind: 'incident' },
  );
  const firstOfMarch = event(
    'Allegation received',
    { precision: 'exact', from: '2026-03-01T00:00', timeZone: 'UTC' },
    { kind: 'status_change', origin: 'derived' },
  );
  const year2025 = event('Earlier pattern', { precision: 'year', from: '2025' }, { kind: 'incident' });
  const spring = event('Relationship', { precision: 'range', from: '2026-03', to: '2026-05' }, { kind: 'incident' });
  const unknownB = event('Threats', { precision: 'unknown' }, { kind: 'incident' });
  const unknownA = event('Money given', { precision: 'unknown' }, { kind: 'incident' });
  const unknownReferral = event(
    'Referral to medical care',
    { precision: 'unknown' },
    { kind: 'referral', origin: 'derived' },
  );

  const manual = [march, marchSecondB, marchSecondA, exactNight, year2025, spring, unknownB, unknownA];
  const derived = [marchSecond, marchSecondInterview, firstOfMarch, unknownReferral];

  const expected = {
    dated: [
      year2025,
      firstOfMarch, // the exact midnight that starts March comes before the month itself
      march,
      spring,
      // Same day: by kind (investigative actions, interview, evidence), then title whatever its case.
      marchSecondA,
      marchSecondB,
      marchSecondInterview,
      marchSecond,
      exactNight,
    ].map((e) => e.title),
    undated: [unknownA, unknownB, unknownReferral].map((e) => e.title),
  };

  it('merges manual and derived events in chronological order and lists unknown dates apart', () => {
    const { dated, undated } = mergeChronology(manual, derived);
    expect({ dated: dated.map((e) => e.title), undated: undated.map((e) => e.title) }).toEqual(expected);
  });

  it('gives the same order whatever the order of entry', () => {
    const reversed = mergeChronology([...derived].reverse(), [...manual].reverse());
    expect({ dated: reversed.dated.map((e) => e.title), undated: reversed.undated.map((e) => e.title) }).toEqual(
      expected,
    );
  });

  it('puts a manual event before a derived one with the same date, kind and title', () => {
    const derivedCopy = { ...marchSecondA, id: 'a-derived', origin: 'derived' as const };
    const { dated } = mergeChronology([marchSecondA], [derivedCopy]);
    expect(dated.map((e) => e.origin)).toEqual(['manual', 'derived']);
    expect(mergeChronology([], [derivedCopy]).dated.map((e) => e.origin)).toEqual(['derived']);
  });

  it('sorts titles with numbers naturally', () => {
    const e10 = event('E-10 collected', { precision: 'day', from: '2026-03-04' }, { kind: 'evidence' });
    const e9 = event('E-9 collected', { precision: 'day', from: '2026-03-04' }, { kind: 'evidence' });
    expect(mergeChronology([e10, e9], []).dated.map((e) => e.title)).toEqual(['E-9 collected', 'E-10 collected']);
  });

  it('returns empty lists for an empty case', () => {
    const { dated, undated } = mergeChronology([], []);
    expect({ dated, undated }).toEqual({ dated: [], undated: [] });
  });

  describe('events whose exact moment the caller knows', () => {
    const ZONE = 'Africa/Nairobi';
    /** An event of an instant whose date is written only when read, counting the reads. */
    const recorded = (title: string, instant: string, timeZone = ZONE) => {
      const written = { count: 0 };
      const whole = event(title, exactDateAt(instant, timeZone), { kind: 'evidence', origin: 'derived' });
      const lazy: TimelineEventT = {
        ...whole,
        get date() {
          written.count++;
          return whole.date;
        },
      };
      return { lazy, whole, written, moment: { interval: exactIntervalAt(instant, timeZone), timeZone } };
    };
    const at = (hour: number) => `2026-03-02T${String(hour).padStart(2, '0')}:00:00.000Z`;
    // Two items at 03:00 UTC in Nairobi; at 06:00 UTC one in Nairobi (09:00), one in Paris (07:00); at 05:00
    // UTC (08:00 in Nairobi) one with a manual interview; one alone at 04:00.
    const events = [
      recorded('E-0004 collected', at(6)),
      recorded('E-0002 collected', at(3)),
      recorded('E-0003 collected', at(5)),
      recorded('E-0001 collected', at(3)),
      recorded('E-0005 collected', at(6), 'Europe/Paris'),
      recorded('E-0006 collected', at(4)),
    ];
    const manual = [
      event('Interview at 08:00 in Nairobi', { precision: 'exact', from: '2026-03-02T08:00', timeZone: ZONE }),
      event('That day', { precision: 'day', from: '2026-03-02' }),
      event('No date', { precision: 'unknown' }),
    ];
    const moments = new Map(events.map(({ lazy, moment }) => [lazy, moment]));
    const merged = mergeChronology<TimelineEventT>(
      manual,
      events.map(({ lazy }) => lazy),
      ZONE,
      (e) => moments.get(e),
    );

    it('orders them as their written dates would be ordered', () => {
      const reread = mergeChronology(
        manual,
        events.map(({ whole }) => whole),
        ZONE,
      );
      const titles = (list: readonly TimelineEventT[]) => list.map((e) => e.title);
      expect(titles(merged.dated)).toEqual(titles(reread.dated));
      expect(titles(merged.undated)).toEqual(titles(reread.undated));
      expect(merged.dated.map((e) => merged.intervalOf(e))).toEqual(reread.dated.map((e) => reread.intervalOf(e)));
    });

    it('reads the date only of one that ties with an event of another zone or of a moment not known', () => {
      expect(merged.dated.map((e) => e.title).filter((title) => title.startsWith('E-'))).toEqual([
        'E-0001 collected',
        'E-0002 collected',
        'E-0006 collected',
        'E-0003 collected',
        // The same instant: by the dates as written, Paris's 07:00 before Nairobi's 09:00.
        'E-0005 collected',
        'E-0004 collected',
      ]);
      const read = events.filter(({ written }) => written.count > 0).map(({ lazy }) => lazy.title);
      expect(read.sort()).toEqual(['E-0003 collected', 'E-0004 collected', 'E-0005 collected']);
    });
  });
});

describe('explainOrdering', () => {
  it('states the date rule of the domain and the tie-breaks of the chronology', () => {
    const english = explainOrdering('en');
    expect(english.startsWith(describeOrdering())).toBe(true);
    expect(english).toContain(
      'then ordered by kind (incident, investigative action, interview, evidence, ' +
        'custody, referral, status change), then by title',
    );
  });

  it('is worded in every interface language, Arabic in Arabic words', () => {
    const worded = LANGUAGES.map((language) => explainOrdering(language));
    expect(new Set(worded).size).toBe(LANGUAGES.length);
    const arabic = explainOrdering('ar');
    expect(arabic).toMatch(/[\u0621-\u064a]{3,}/);
    expect(arabic).not.toMatch(/\b(Events|ordered)\b/);
    expect(arabic).toContain('UTC');
  });

  it('exists in French', () => {
    const french = explainOrdering('fr');
    expect(french).not.toBe(explainOrdering('en'));
    expect(french).toContain('premier moment');
    expect(french).toContain('date inconnue');
  });
});
