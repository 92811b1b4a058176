import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/domain/settings.js';
import { explainOrdering, mergeChronology } from '../../../shared/timeline/chronology.js';
import {
  exactDateAt,
  exactMomentReader,
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

describe('exactMomentReader', () => {
  it('gives exactDateAt and the interval that date is read as, in every zone and across clock changes', () => {
    const read = exactMomentReader();
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
        const moment = read(instant, zone);
        if (!isDeepStrictEqual(moment, { date, interval: toUtcInterval(date) })) differing.push(`${zone} ${instant}`);
      }
    expect(differing).toEqual([]);
  });

  it('holds both occurrences of a time in the repeated hour', () => {
    expect(exactMomentReader()('2026-11-01T06:30:00.000Z', 'America/New_York')).toEqual({
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
    expect(mergeChronology([], [])).toEqual({ dated: [], undated: [], intervals: new Map() });
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
