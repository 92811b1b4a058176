import { describe, expect, it } from 'vitest';
import { DEFAULT_CLOCKS, type ClockDefinition } from '../../../shared/clocks/clock.js';
import { computeDeadline, type Deadline } from '../../../shared/clocks/deadline.js';
import type { DeadlineItem } from '../../../shared/contract/deadlines.js';
import type { TimelineEntry } from '../../../shared/contract/timeline.js';
import {
  clockActionLabel,
  clockLabel,
  clockShortLabel,
  concernText,
  countdownText,
  explanationLocale,
  liveState,
  openBenchmarks,
} from '../../../renderer/deadlines/deadline-display.js';
import { LANGUAGES } from '../../../shared/domain/settings.js';
import { clockSourceText } from '../../../shared/i18n/clock-sources.js';
import { instantFromWallFields, wallFieldsAt } from '../../../renderer/deadlines/mission-time.js';
import { checkCalendar, clockFromDraft, draftOfClock } from '../../../renderer/settings/clocks/clock-draft.js';
import { durationText } from '../../../renderer/settings/clocks/clock-words.js';
import { draftOfEvent, eventFromDraft, newEventDraft } from '../../../renderer/timeline/event-draft.js';
import { axisTicks, tickLabel, tickStep } from '../../../renderer/timeline/timeline-axis.js';
import { catalogT } from './i18n-instance.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const clock = (id: string): ClockDefinition =>
  DEFAULT_CLOCKS.find((candidate) => candidate.id === id) as ClockDefinition;

function deadlineOf(id: string, start: string, urgent = false): Deadline {
  const computed = computeDeadline(clock(id), start, { timeZone: 'UTC', urgent });
  if (!computed.deadline) throw new Error('no deadline');
  return computed.deadline;
}

function item(
  overrides: Partial<DeadlineItem> & Pick<DeadlineItem, 'id' | 'caseId' | 'clockId' | 'deadline'>,
): DeadlineItem {
  const shipped = clock(overrides.clockId);
  return {
    caseReference: `REF-${overrides.caseId}`,
    clockName: shipped.name,
    action: shipped.action,
    concerns: { kind: 'case', id: null, label: `REF-${overrides.caseId}` },
    dueAt: overrides.deadline.dueAt,
    lastPossibleDueAt: overrides.deadline.lastPossibleDueAt,
    firmness: overrides.deadline.firmness,
    state: 'open',
    remainingMs: 0,
    explanation: '',
    closedAt: null,
    closedAction: null,
    closedBy: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('countdowns', () => {
  it('tell up to 72 hours in hours and minutes, longer in days and hours, in both languages', async () => {
    const en = await catalogT('en');
    const fr = await catalogT('fr');
    // A 72-hour window reads in hours from its first minute to its last.
    expect(countdownText(en, 72 * HOUR)).toBe('72 h 0 min left');
    expect(countdownText(en, 72 * HOUR - 30_000)).toBe('72 h 0 min left');
    expect(countdownText(en, 71 * HOUR + 59 * MINUTE)).toBe('71 h 59 min left');
    expect(countdownText(en, 2 * 24 * HOUR + 4 * HOUR + 10 * MINUTE)).toBe('52 h 10 min left');
    expect(countdownText(en, 4 * HOUR + 10 * MINUTE)).toBe('4 h 10 min left');
    expect(countdownText(en, 72 * HOUR + MINUTE)).toBe('3 d 0 h left');
    expect(countdownText(en, 119 * HOUR + MINUTE)).toBe('4 d 23 h left');
    expect(countdownText(en, 28 * 24 * HOUR)).toBe('28 d 0 h left');
    // Rounded up: a countdown never reads zero while time remains.
    expect(countdownText(en, 1_000)).toBe('1 min left');
    expect(countdownText(en, -3 * HOUR)).toBe('overdue by 3 h 0 min');
    expect(countdownText(en, -(3 * HOUR + 5 * MINUTE))).toBe('overdue by 3 h 5 min');
    expect(countdownText(en, -30_000)).toBe('overdue by less than a minute');
    expect(countdownText(en, -(80 * HOUR))).toBe('overdue by 3 d 8 h');
    expect(countdownText(fr, 71 * HOUR + 59 * MINUTE)).toBe('reste 71 h 59 min');
    expect(countdownText(fr, 4 * 24 * HOUR + 4 * HOUR)).toBe('reste 4 j 4 h');
    expect(countdownText(fr, -26 * HOUR)).toBe('en retard de 26 h 0 min');
  });

  it('are computed live from the deadline, whatever state the list reported', () => {
    const deadline = deadlineOf('forensic_exam', '2026-03-01T10:00:00.000Z');
    const listed = item({ id: 'd1', caseId: 'c1', clockId: 'forensic_exam', deadline, state: 'open' });
    expect(liveState(listed, Date.parse('2026-03-02T10:00:00.000Z')).state).toBe('open');
    expect(liveState(listed, Date.parse('2026-03-04T00:00:00.000Z')).state).toBe('due_soon');
    expect(liveState(listed, Date.parse('2026-03-04T10:00:01.000Z'))).toEqual({
      state: 'overdue',
      remainingMs: -1_000,
    });
    expect(
      liveState({ ...listed, closedAt: '2026-03-04T11:00:00.000Z' }, Date.parse('2026-03-10T09:00:00.000Z')).state,
    ).toBe('closed_late');
  });
});

describe('the language explanations are worded in', () => {
  it('is the interface language itself, Arabic included; anything else falls back to English', () => {
    expect(LANGUAGES.map(explanationLocale)).toEqual([...LANGUAGES]);
    expect(explanationLocale('de')).toBe('en');
    expect(explanationLocale('fr-CA')).toBe('fr'); // a regional tag, as the rest of the interface reads it
  });
});

describe('clock names', () => {
  it('are translated in the interface language while shipped, and kept as written once renamed', () => {
    // i18n.language as the interface holds it, a region and all.
    const fr = 'fr-CA';
    expect(clockLabel(fr, 'nio_appointment', 'National Investigation Officer appointed')).toBe(
      'Désignation de l’enquêteur national (NIO)',
    );
    expect(clockActionLabel(fr, 'hiv_pep', 'HIV post-exposure prophylaxis started')).toBe(
      'prophylaxie post-exposition au VIH commencée',
    );
    expect(clockShortLabel('ar', 'un_investigation', 'UN investigation')).toBe('تحقيق الأمم المتحدة');
    expect(clockLabel('en', 'hiv_pep', 'HIV post-exposure prophylaxis')).toBe('HIV post-exposure prophylaxis');
    expect(clockLabel(fr, 'nio_appointment', 'NIO (accord avec le pays X)')).toBe('NIO (accord avec le pays X)');
    expect(clockShortLabel(fr, 'nio_appointment', 'NIO (accord avec le pays X)')).toBe('NIO (accord avec le pays X)');
    expect(clockLabel(fr, 'team_clock', 'Délai de l’équipe')).toBe('Délai de l’équipe');
  });

  it('say durations in the form each language’s plural rules give the amount', () => {
    const [en, fr, ar] = ['en', 'fr', 'ar'];
    expect(durationText(en, { amount: 1, unit: 'hours' })).toBe('1 hour');
    expect(durationText(en, { amount: 0, unit: 'days' })).toBe('0 days');
    expect(durationText(fr, { amount: 0, unit: 'days' })).toBe('0 jour');
    expect(durationText(fr, { amount: 10, unit: 'working_days' })).toBe('10 jours ouvrés');
    // Arabic: one, two, a few (3–10), many (11–99), a hundred.
    const months = (amount: number) => durationText(ar, { amount, unit: 'months' });
    expect([1, 2, 3, 11, 100].map(months)).toEqual(['شهر واحد', 'شهران', '3 أشهر', '11 شهرًا', '100 شهر']);
    const days = (amount: number) => durationText(ar, { amount, unit: 'days' });
    expect([1, 2, 3, 11, 100].map(days)).toEqual(['يوم واحد', 'يومان', '3 أيام', '11 يومًا', '100 يوم']);
    const hours = (amount: number) => durationText(ar, { amount, unit: 'hours' });
    expect([1, 2, 3, 11, 100].map(hours)).toEqual(['ساعة واحدة', 'ساعتان', '3 ساعات', '11 ساعة', '100 ساعة']);
    expect(durationText(ar, { amount: 5, unit: 'working_days' })).toBe('5 أيام عمل');
  });
});

describe('what a deadline concerns', () => {
  it('dates an incident from the computation, formatted like any other date', async () => {
    const en = await catalogT('en');
    const computed = computeDeadline(
      clock('forensic_exam'),
      { precision: 'range', from: '2016-06', to: '2016-08', timeZone: 'Africa/Bangui' },
      { timeZone: 'UTC' },
    );
    const about = item({
      id: 'd',
      caseId: 'c',
      clockId: 'forensic_exam',
      deadline: computed.deadline as Deadline,
      concerns: { kind: 'incident', id: '0', label: '2016-06 – 2016-08' },
    });
    expect(concernText(en, 'en-GB', about)).toBe('Incident: between June 2016 and August 2016');
    expect(concernText(en, 'en-GB', { ...about, concerns: { kind: 'evidence', id: 'e', label: 'E-0003' } })).toBe(
      'Evidence E-0003',
    );
  });
});

describe('case benchmarks', () => {
  it(
    'are the open deadlines about the case as a whole, soonest first; the deadlines ' + 'filter lists each case once',
    () => {
      const soon = item({
        id: 'nio',
        caseId: 'a',
        clockId: 'nio_appointment',
        deadline: deadlineOf('nio_appointment', '2026-03-02T09:00:00.000Z'),
      });
      const later = item({
        id: 'tcc',
        caseId: 'a',
        clockId: 'tcc_investigation',
        deadline: deadlineOf('tcc_investigation', '2026-03-02T09:00:00.000Z'),
      });
      const closed = item({
        id: 'un',
        caseId: 'b',
        clockId: 'un_investigation',
        deadline: deadlineOf('un_investigation', '2026-01-02T09:00:00.000Z'),
        closedAt: '2026-02-01T00:00:00.000Z',
      });
      const forensic = item({
        id: 'fx',
        caseId: 'b',
        clockId: 'forensic_exam',
        deadline: deadlineOf('forensic_exam', '2026-03-02T09:00:00.000Z'),
        concerns: { kind: 'incident', id: '0', label: '2026-03-02' },
      });
      expect(openBenchmarks([later, forensic, closed, soon]).map((benchmark) => benchmark.id)).toEqual(['nio', 'tcc']);
    },
  );
});

describe('times typed on the mission clock', () => {
  it('round-trip through a zone with daylight saving time', () => {
    const instant = '2026-03-29T01:30:00.000Z';
    const fields = wallFieldsAt(Date.parse(instant), 'Europe/Paris');
    expect(fields).toEqual({ date: '2026-03-29', time: '03:30' });
    expect(instantFromWallFields(fields.date, fields.time, 'Europe/Paris')).toBe(instant);
    expect(instantFromWallFields('2026-03-29', '09:00', 'Africa/Bangui')).toBe('2026-03-29T08:00:00.000Z');
  });

  it('refuse what is not a real date or time', () => {
    expect(instantFromWallFields('2026-02-30', '09:00', 'UTC')).toBeNull();
    expect(instantFromWallFields('2026-02-10', '', 'UTC')).toBeNull();
    expect(instantFromWallFields('', '09:00', 'UTC')).toBeNull();
  });
});

describe('the clock edit form', () => {
  it('gives back the clock unchanged when nothing was edited, in every interface language', async () => {
    for (const language of LANGUAGES) {
      const t = await catalogT(language);
      for (const shipped of DEFAULT_CLOCKS)
        expect(clockFromDraft(t, draftOfClock(shipped, language))).toEqual({ ok: true, clock: shipped });
    }
  });

  it('shows a shipped clock’s name, action, note and source in French and Arabic, not in English', async () => {
    for (const language of ['fr', 'ar'] as const) {
      for (const shipped of DEFAULT_CLOCKS) {
        const draft = draftOfClock(shipped, language);
        expect(draft.name, shipped.id).toBe(clockLabel(language, shipped.id, shipped.name));
        expect(draft.name, shipped.id).not.toBe(shipped.name);
        expect(draft.action, shipped.id).not.toBe(shipped.action);
        expect(draft.source, shipped.id).toBe(clockSourceText(shipped, language));
        expect(draft.source, shipped.id).not.toBe(shipped.source);
        if (shipped.note === undefined) expect(draft.note, shipped.id).toBe('');
        else expect(draft.note, shipped.id).not.toMatch(new RegExp(`^$|^deadlines\\.|^${shipped.note.slice(0, 12)}`));
      }
    }
  });

  it('stores what was typed over a shipped text, and shows a clock the team worded as written', async () => {
    const fr = await catalogT('fr');
    const draft = draftOfClock(clock('forensic_exam'), 'fr');
    const typed = {
      name: 'Examen (protocole de la mission)',
      action: 'examen fait par le médecin de la mission',
      note: 'Voir le protocole de 2026.',
      source: 'Directive de la mission, 2026',
    };
    expect(clockFromDraft(fr, { ...draft, ...typed })).toMatchObject({ ok: true, clock: typed });
    // Only the edited field changes: the others stay the shipped English the vault keeps.
    const renamed = clockFromDraft(fr, { ...draft, name: typed.name });
    expect(renamed).toMatchObject({ ok: true, clock: { ...clock('forensic_exam'), name: typed.name } });
    // Reopened, the team's own words show as written, the shipped ones still in French.
    if (!renamed.ok) throw new Error('the renamed clock was refused');
    const reopened = draftOfClock(renamed.clock, 'fr');
    expect(reopened.name).toBe(typed.name);
    expect(reopened.action).toBe(draft.action);
    expect(reopened.action).not.toBe(clock('forensic_exam').action);
  });

  it('says per field what the schema refuses, and never counts hours in whole days', async () => {
    const en = await catalogT('en');
    const draft = draftOfClock(clock('un_investigation'), 'en');
    expect(clockFromDraft(en, { ...draft, amount: 'six', name: ' ' })).toEqual({
      ok: false,
      errors: { amount: 'Enter a whole number from 0 to 120.', name: 'This is required.' },
    });
    // An evidence item cannot tell when a referral happened.
    const forensic = draftOfClock(clock('forensic_exam'), 'en');
    expect(clockFromDraft(en, { ...forensic, startEvent: 'referral_for_investigation' })).toMatchObject({
      ok: false,
      errors: { startEvent: expect.stringContaining('choose another start') },
    });
    const inHours = clockFromDraft(en, { ...draft, unit: 'hours', amount: '72', urgentAmount: '36' });
    expect(inHours).toMatchObject({
      ok: true,
      clock: {
        wholeDays: false,
        duration: { amount: 72, unit: 'hours' },
        urgentDuration: { amount: 36, unit: 'hours' },
      },
    });
    const noUrgent = clockFromDraft(en, { ...draft, urgentAmount: '' });
    expect(noUrgent.ok && 'urgentDuration' in noUrgent.clock).toBe(false);
    expect(noUrgent.ok).toBe(true);
  });

  it('checks the calendar keeps a working day', async () => {
    const en = await catalogT('en');
    const everyDay = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
    expect(checkCalendar(en, { weekendDays: [...everyDay], holidays: [], timeZone: 'UTC' })).toEqual({
      ok: false,
      errors: { weekendDays: 'At least one day of the week must be a working day.' },
    });
    expect(
      checkCalendar(en, { weekendDays: ['friday', 'saturday'], holidays: ['2026-12-25'], timeZone: 'Africa/Juba' }).ok,
    ).toBe(true);
  });
});

describe('the timeline event form', () => {
  it('starts a new event on a day of the mission calendar, reported by a source', () => {
    expect(newEventDraft('Africa/Bangui')).toMatchObject({
      date: { precision: 'day', timeZone: 'Africa/Bangui' },
      basis: 'reported_by_source',
      sources: [],
    });
  });

  it('sends the date as stated with its sources, and reports date and title problems by field', async () => {
    const en = await catalogT('en');
    const draft = { ...newEventDraft('UTC'), title: 'Site visit', sources: ['evidence:e1', 'interview:i1'] };
    expect(eventFromDraft(en, { ...draft, date: { ...draft.date, precision: 'month', month: '2025-07' } })).toEqual({
      ok: true,
      event: {
        date: { precision: 'month', from: '2025-07', timeZone: 'UTC' },
        kind: 'incident',
        title: 'Site visit',
        basis: 'reported_by_source',
        sources: [
          { kind: 'evidence', id: 'e1' },
          { kind: 'interview', id: 'i1' },
        ],
        confidentiality: 'confidential',
      },
    });
    const refused = eventFromDraft(en, {
      ...draft,
      title: '',
      date: { ...draft.date, precision: 'range', from: '2025-08', to: '2025-06' },
    });
    expect(refused).toEqual({
      ok: false,
      errors: {
        date: { to: 'The end of the range must not come before its start.' },
        title: 'This is required.',
        description: undefined,
      },
    });
  });

  it('edits a manual event from what is stored', () => {
    const entry: TimelineEntry = {
      id: 'm1',
      caseId: 'c1',
      date: { precision: 'exact', from: '2025-09-14T22:30', timeZone: 'UTC' },
      kind: 'investigative_action',
      title: 'Search of the site',
      description: 'With the mission police.',
      basis: 'established',
      sources: [{ kind: 'evidence', id: 'e1' }],
      origin: 'manual',
      confidentiality: 'strictly_confidential',
      sourceLabels: [{ kind: 'evidence', id: 'e1', label: 'E-0001' }],
      derivedFrom: null,
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    expect(draftOfEvent(entry, 'Africa/Bangui')).toMatchObject({
      date: { precision: 'exact', day: '2025-09-14', time: '22:30', timeZone: 'UTC' },
      sources: ['evidence:e1'],
      confidentiality: 'strictly_confidential',
    });
  });
});

describe('the timeline axis', () => {
  it('chooses a step that leaves room for labels, from hours to decades', () => {
    const day = { from: Date.parse('2026-03-01T00:00:00Z'), to: Date.parse('2026-03-02T00:00:00Z') };
    expect(tickStep(day, 900)).toMatchObject({ unit: 'hour', every: 3 });
    const years = { from: Date.parse('2003-01-01T00:00:00Z'), to: Date.parse('2026-01-01T00:00:00Z') };
    expect(tickStep(years, 900)).toMatchObject({ unit: 'year', every: 5 });
  });

  it('puts ticks on local midnights and month starts of the mission zone', () => {
    const range = { from: Date.parse('2026-03-01T00:00:00Z'), to: Date.parse('2026-09-15T00:00:00Z') };
    const ticks = axisTicks(range, 900, 'Africa/Bangui');
    expect(ticks.map((tick) => new Date(tick.at).toISOString())).toEqual([
      '2026-03-31T23:00:00.000Z',
      '2026-04-30T23:00:00.000Z',
      '2026-05-31T23:00:00.000Z',
      '2026-06-30T23:00:00.000Z',
      '2026-07-31T23:00:00.000Z',
      '2026-08-31T23:00:00.000Z',
    ]);
    expect(tickLabel(ticks[0]!, true, 'en-GB', 'Africa/Bangui')).toBe('Apr 2026');
    expect(tickLabel(ticks[1]!, false, 'en-GB', 'Africa/Bangui')).toBe('May');
  });

  it('marks the start of a larger unit as major', () => {
    const range = { from: Date.parse('2025-10-01T00:00:00Z'), to: Date.parse('2026-03-01T00:00:00Z') };
    const ticks = axisTicks(range, 900, 'UTC');
    expect(ticks.filter((tick) => tick.major).map((tick) => new Date(tick.at).toISOString())).toEqual([
      '2026-01-01T00:00:00.000Z',
    ]);
  });
});
