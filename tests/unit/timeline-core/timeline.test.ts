import { describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../../shared/contract/index.js';
import { EVIDENCE_TYPES } from '../../../shared/domain/evidence.js';
import { MESSAGE_CATALOGUES, type MessageLanguage } from '../../../shared/i18n/messages.js';
import { timelineWords } from '../../../shared/timeline/event-titles.js';
import { explainOrdering } from '../../../shared/timeline/chronology.js';
import { arrangements, intake, useCaseFiles } from '../people/people-fixture.js';

const open = useCaseFiles();

type Entry = MethodOutput<'timeline.list'>['dated'][number];
const titles = (entries: readonly Entry[]): string[] => entries.map((entry) => entry.title);

describe('the chronology of a case', () => {
  it('merges manual and derived events in the order of their uncertain dates, unknown dates apart', async () => {
    const file = await open();
    const record = await file.call(
      'cases.create',
      intake({
        dateReceived: '2026-03-09',
        incidentDates: [{ precision: 'month', from: '2026-02', timeZone: 'Africa/Bangui' }, { precision: 'unknown' }],
      }),
    );
    const victim = await file.call('people.add', {
      caseId: record.id,
      profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
    });
    const interview = await file.call('interviews.plan', {
      caseId: record.id,
      personId: victim.id,
      arrangements: arrangements({ scheduledAt: '2026-03-12T08:00:00.000Z' }),
    });
    await file.call('deadlines.recordMilestone', {
      caseId: record.id,
      milestone: 'referred_for_investigation',
      at: '2026-03-10T08:30:00.000Z',
    });

    await file.call('timeline.add', {
      caseId: record.id,
      event: {
        date: { precision: 'exact', from: '2026-02-14T21:00', timeZone: 'Africa/Bangui' },
        kind: 'incident',
        title: 'S-01 came to the house of V-01',
        basis: 'reported_by_source',
        sources: [{ kind: 'interview', id: interview.id }],
      },
    });
    await file.call('timeline.add', {
      caseId: record.id,
      event: {
        date: { precision: 'range', from: '2026-01', to: '2026-02' },
        kind: 'incident',
        title: 'Meetings at the market',
        basis: 'reported_by_source',
      },
    });
    await file.call('timeline.add', {
      caseId: record.id,
      event: {
        date: { precision: 'unknown' },
        kind: 'incident',
        title: 'Money handed over',
        basis: 'reported_by_source',
      },
    });
    await file.call('timeline.add', {
      caseId: record.id,
      event: {
        date: { precision: 'day', from: '2026-02-01', timeZone: 'Africa/Bangui' },
        kind: 'investigative_action',
        title: 'Patrol log checked',
        basis: 'established',
      },
    });

    const chronology = await file.call('timeline.list', { caseId: record.id });
    expect(titles(chronology.dated)).toEqual([
      // Starts 1 January: a range that runs on after the month.
      'Meetings at the market',
      // 1 February (Bangui): the day before the month, both before the exact time inside it.
      'Patrol log checked',
      'Alleged incident 1 / 2',
      'S-01 came to the house of V-01',
      'Referred for investigation',
      'Case opened: Preliminary assessment',
      'Interview of V-01 (planned)',
    ]);
    expect(titles(chronology.undated)).toEqual(['Alleged incident 2 / 2', 'Money handed over']);

    const incident = chronology.dated[2] as Entry;
    expect(incident).toMatchObject({
      kind: 'incident',
      basis: 'reported_by_source',
      origin: 'derived',
      derivedFrom: { kind: 'case', id: record.id },
      date: { precision: 'month', from: '2026-02' },
    });
    const manual = chronology.dated[3] as Entry;
    expect(manual).toMatchObject({
      origin: 'manual',
      derivedFrom: null,
      sourceLabels: [{ kind: 'interview', id: interview.id, label: 'interview of V-01' }],
    });
    expect(chronology.dated[6]).toMatchObject({
      kind: 'interview',
      derivedFrom: { kind: 'interview', id: interview.id },
      confidentiality: 'strictly_confidential',
      date: { precision: 'exact', from: '2026-03-12T09:00:00', timeZone: 'Africa/Bangui' },
    });
    expect(chronology.ordering).toContain('Events with an unknown date are listed apart.');

    const fr = await file.call('timeline.list', { caseId: record.id, locale: 'fr' });
    expect(titles(fr.dated)).toContain('Entretien prévu avec V-01');
    expect(titles(fr.dated)).toContain('Dossier ouvert : Évaluation préliminaire');
    expect(fr.ordering).toContain('Les événements de date inconnue sont listés à part.');
  });

  it('shows status changes with their reasons and never a person’s name', async () => {
    const file = await open();
    const record = await file.call('cases.create', intake({ dateReceived: '2026-03-09' }));
    await file.call('people.add', {
      caseId: record.id,
      profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
      identity: { fullName: 'Marie-Claire Ndoumbé', confidentiality: 'strictly_confidential' },
    });
    file.clock.advance(60_000);
    await file.call('cases.changeStatus', {
      caseId: record.id,
      to: 'under_investigation',
      reason: 'Credible and specific',
    });
    const chronology = await file.call('timeline.list', { caseId: record.id });
    expect(chronology.dated.map((entry) => [entry.kind, entry.title, entry.description])).toEqual([
      ['status_change', 'Case opened: Preliminary assessment', 'Opened at intake'],
      ['status_change', 'Status: Under investigation', 'Credible and specific'],
    ]);
    expect(JSON.stringify(chronology)).not.toContain('Ndoumb');
  });
});

describe('manual events', () => {
  const event = {
    date: { precision: 'year', from: '2025' },
    kind: 'incident',
    title: 'First contact between S-01 and V-01',
    basis: 'reported_by_source',
  } as const;

  it('are added, corrected and removed (kept with the reason), each change audited', async () => {
    const file = await open();
    const record = await file.call('cases.create', intake({ dateReceived: '2026-03-09' }));
    const added = await file.call('timeline.add', { caseId: record.id, event });
    expect(added).toMatchObject({
      origin: 'manual',
      confidentiality: 'confidential',
      sources: [],
      updatedAt: '2026-03-10T09:00:00.000Z',
    });

    file.clock.advance(60_000);
    const corrected = await file.call('timeline.update', {
      eventId: added.id,
      event: { ...event, date: { precision: 'month', from: '2025-06' }, basis: 'established' },
    });
    expect(corrected).toMatchObject({
      id: added.id,
      date: { precision: 'month', from: '2025-06' },
      basis: 'established',
      updatedAt: '2026-03-10T09:01:00.000Z',
    });
    // The same fields again change nothing and write no audit row.
    await file.call('timeline.update', {
      eventId: added.id,
      event: { ...event, date: { precision: 'month', from: '2025-06' }, basis: 'established' },
    });

    const removed = await file.call('timeline.remove', {
      eventId: added.id,
      reason: 'Duplicate of the interview account',
    });
    expect(removed).toEqual({ eventId: added.id, removedAt: '2026-03-10T09:01:00.000Z' });
    expect(titles((await file.call('timeline.list', { caseId: record.id })).dated)).not.toContain(event.title);
    expect(
      await file.rawDatabase((db) =>
        db.prepare('SELECT removed_reason FROM timeline_events WHERE id = ?').pluck().get(added.id),
      ),
    ).toBe('Duplicate of the interview account');
    expect((await file.refusal('timeline.update', { eventId: added.id, event })).code).toBe('CONFLICT');
    expect((await file.refusal('timeline.remove', { eventId: added.id, reason: 'again' })).code).toBe('CONFLICT');

    const audit = (await file.call('audit.list', { caseId: record.id })).items
      .filter((item) => item.action.startsWith('timeline.'))
      .reverse();
    expect(audit.map((item) => item.action)).toEqual(['timeline.add', 'timeline.update', 'timeline.remove']);
    expect(audit[1]?.details).toMatchObject({ changed: ['date', 'basis'], precision: 'month' });
    // Titles are not copied into the audit trail.
    expect(JSON.stringify(audit)).not.toContain('First contact');
  });

  it('link only interviews and evidence of the same case, and refuse unknown events and invalid dates', async () => {
    const file = await open();
    const a = await file.call('cases.create', intake({ dateReceived: '2026-03-09' }));
    const b = await file.call('cases.create', intake({ dateReceived: '2026-03-09' }));
    const victim = await file.call('people.add', {
      caseId: b.id,
      profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
    });
    const interview = await file.call('interviews.plan', {
      caseId: b.id,
      personId: victim.id,
      arrangements: arrangements(),
    });
    expect(
      (
        await file.refusal('timeline.add', {
          caseId: a.id,
          event: { ...event, sources: [{ kind: 'interview', id: interview.id }] },
        })
      ).code,
    ).toBe('VALIDATION');
    expect(
      (
        await file.refusal('timeline.add', {
          caseId: a.id,
          event: { ...event, sources: [{ kind: 'evidence', id: interview.id }] },
        })
      ).code,
    ).toBe('VALIDATION');
    expect(
      (
        await file.refusal('timeline.add', {
          caseId: a.id,
          event: { ...event, date: { precision: 'range', from: '2025-06', to: '2025-01' } },
        })
      ).code,
    ).toBe('VALIDATION');
    expect(
      (await file.refusal('timeline.update', { eventId: '00000000-0000-4000-8000-000000000000', event })).code,
    ).toBe('NOT_FOUND');
    expect((await file.refusal('timeline.list', { caseId: 'CF-2026-9999' })).code).toBe('NOT_FOUND');
  });
});

describe('evidence and custody on the chronology', () => {
  /** A case with a swab kit collected at 07:00 and handed to the lab's courier at 08:00. */
  async function kitHandedOver(fields: { confidentiality?: 'strictly_confidential' } = {}) {
    const file = await open();
    const record = await file.call('cases.create', intake({ dateReceived: '2026-03-09' }));
    const item = await file.call('evidence.create', {
      caseId: record.id,
      type: 'biological',
      description: 'Swabs in sealed kit',
      collectedAt: '2026-03-10T07:00:00.000Z',
      ...fields,
    });
    await file.call('custody.add', {
      itemId: item.id,
      kind: 'handed_over',
      at: '2026-03-10T08:00:00.000Z',
      from: 'Investigator One',
      to: 'Lab courier',
      purpose: 'Transport to the laboratory',
    });
    return { file, record, item };
  }

  it('shows each item’s collection and each custody event by evidence number', async () => {
    const { file, record, item } = await kitHandedOver();
    await file.call('timeline.add', {
      caseId: record.id,
      event: {
        date: { precision: 'day', from: '2026-03-10' },
        kind: 'evidence',
        title: 'Kit logged',
        basis: 'established',
        sources: [{ kind: 'evidence', id: item.id }],
      },
    });
    const { dated } = await file.call('timeline.list', { caseId: record.id });
    const evidence = dated.filter((entry) => entry.kind === 'evidence' || entry.kind === 'custody');
    expect(evidence.map((entry) => [entry.kind, entry.title])).toEqual([
      ['evidence', 'Kit logged'],
      ['evidence', 'E-0001 collected (biological)'],
      ['custody', 'E-0001 handed over'],
    ]);
    expect(evidence[0]?.sourceLabels).toEqual([{ kind: 'evidence', id: item.id, label: 'E-0001' }]);
    expect(evidence[2]).toMatchObject({
      description: 'Investigator One → Lab courier — Transport to the laboratory',
      derivedFrom: { kind: 'custody' },
    });
  });

  it('marks an item’s collection and custody events with the item’s own level, whole and paged', async () => {
    const { file, record } = await kitHandedOver({ confidentiality: 'strictly_confidential' });
    const { dated } = await file.call('timeline.list', { caseId: record.id });
    const levels = dated
      .filter((entry) => entry.kind === 'evidence' || entry.kind === 'custody')
      .map((entry) => [entry.kind, entry.confidentiality]);
    expect(levels).toEqual([
      ['evidence', 'strictly_confidential'],
      ['custody', 'strictly_confidential'],
    ]);
    const page = await file.call('timeline.page', { caseId: record.id, part: 'dated', limit: 10 });
    const paged = page.rows.filter((entry) => entry.kind === 'evidence' || entry.kind === 'custody');
    expect(paged.map((entry) => [entry.kind, entry.confidentiality])).toEqual(levels);
  });
});

describe('titles and source labels, worded once per kind for a chronology', () => {
  it('read as the catalogue words each item, in every language and for every type', async () => {
    const file = await open();
    const record = await file.call('cases.create', intake({ dateReceived: '2026-03-09' }));
    const items = [];
    for (const type of [...EVIDENCE_TYPES, ...EVIDENCE_TYPES])
      items.push(
        await file.call('evidence.create', {
          caseId: record.id,
          type,
          description: 'Item logged for the chronology',
          collectedAt: '2026-03-10T07:00:00.000Z',
        }),
      );
    for (const locale of Object.keys(MESSAGE_CATALOGUES) as MessageLanguage[]) {
      const { dated, ordering } = await file.call('timeline.list', { caseId: record.id, locale });
      expect(ordering).toBe(explainOrdering(locale));
      const worded = new Map(dated.map((entry) => [entry.id, entry.title]));
      expect(items.map((item) => worded.get(`evidence:${item.id}`))).toEqual(
        items.map((item) => timelineWords.evidence(locale, item.number, item.type)),
      );
    }
  });

  it('name interviews and the interviews events cite as the catalogue words them, cancelled ones too', async () => {
    const file = await open();
    const record = await file.call('cases.create', intake({ dateReceived: '2026-03-09' }));
    const plans = [];
    for (const day of [11, 12, 13]) {
      const person = await file.call('people.add', {
        caseId: record.id,
        profile: { role: 'witness', sex: 'male', ageBand: 'adult', language: 'fr' },
      });
      const interview = await file.call('interviews.plan', {
        caseId: record.id,
        personId: person.id,
        arrangements: arrangements({ scheduledAt: `2026-03-${day}T08:00:00.000Z` }),
      });
      plans.push({ interview, code: person.code });
    }
    const [kept, other, cancelled] = plans as [(typeof plans)[0], (typeof plans)[0], (typeof plans)[0]];
    await file.call('interviews.cancel', { interviewId: cancelled.interview.id, reason: 'The witness moved away.' });
    await file.call('timeline.add', {
      caseId: record.id,
      event: {
        date: { precision: 'day', from: '2026-03-01' },
        kind: 'incident',
        title: 'Convoy seen at the market',
        basis: 'reported_by_source',
        sources: [
          { kind: 'interview', id: cancelled.interview.id },
          { kind: 'interview', id: kept.interview.id },
        ],
      },
    });
    for (const locale of Object.keys(MESSAGE_CATALOGUES) as MessageLanguage[]) {
      const { dated } = await file.call('timeline.list', { caseId: record.id, locale });
      // The cancelled interview has no place in time; the two planned ones do, each by its own code.
      expect(dated.filter((entry) => entry.kind === 'interview').map((entry) => entry.title)).toEqual(
        [kept, other].map(({ code }) => timelineWords.interview(locale, code, true)),
      );
      const cited = dated.find((entry) => entry.origin === 'manual');
      expect(cited?.sourceLabels.map((source) => source.label)).toEqual(
        [cancelled, kept].map(({ code }) => timelineWords.interviewSource(locale, code)),
      );
    }
  });
});
