import { describe, expect, it } from 'vitest';
import {
  auditActions,
  byClock,
  clockIds,
  deadlinesOf,
  HOUR,
  intake,
  jumpTo,
  useCaseFiles,
  withCoreContext,
} from './deadlines-fixture.js';
import { refreshCaseDeadlines, startEvidenceDeadlines } from '../../../electron/core/deadlines/deadline-triggers.js';

const open = useCaseFiles();

/** The case's incident last night, reported this morning (the test clock is 2026-03-10T09:00Z). */
const lastNight = { precision: 'exact', from: '2026-03-09T22:00', timeZone: 'UTC' } as const;

describe('deadlines started by case facts', () => {
  it(
    'an incident inside its window starts the forensic examination, PEP and ' + 'emergency contraception clocks',
    async () => {
      const file = await open();
      const record = await file.call(
        'cases.create',
        intake({ dateReceived: '2026-03-10', incidentDates: [lastNight] }),
      );
      const items = await deadlinesOf(file, record.id);
      expect(clockIds(items)).toEqual(['forensic_exam', 'hiv_pep', 'emergency_contraception']);
      expect(byClock(items, 'forensic_exam')).toMatchObject({
        dueAt: '2026-03-12T22:00:00.000Z',
        lastPossibleDueAt: '2026-03-12T22:00:00.000Z',
        firmness: 'binding',
        state: 'open',
        remainingMs: 61 * HOUR,
        caseReference: record.reference,
        concerns: { kind: 'incident', id: '0', label: '2026-03-09T22:00 (UTC)' },
        closedAt: null,
      });
      expect(byClock(items, 'emergency_contraception').dueAt).toBe('2026-03-14T22:00:00.000Z');
      expect(byClock(items, 'hiv_pep').explanation).toContain('Due 72 hours after the incident.');
      // Drug facilitation is not suspected: no toxicology clock.
      expect(clockIds(items)).not.toContain('toxicology_blood_urine');
      expect(await auditActions(file, record.id)).toEqual(['case.create', 'deadlines.refresh']);
    },
  );

  it(
    'does not start incident clocks whose window had closed before the case was ' + 'received, nor for an unknown date',
    async () => {
      const file = await open();
      const old = await file.call(
        'cases.create',
        intake({ dateReceived: '2026-03-10', incidentDates: [{ precision: 'month', from: '2025-11' }] }),
      );
      const unknown = await file.call('cases.create', intake({ dateReceived: '2026-03-10' }));
      expect(await deadlinesOf(file, old.id)).toEqual([]);
      expect(await deadlinesOf(file, unknown.id)).toEqual([]);
      // Dating the unknown incident to last night starts them.
      await file.call('cases.update', { caseId: unknown.id, changes: { incidentDates: [lastNight] } });
      expect(clockIds(await deadlinesOf(file, unknown.id))).toEqual([
        'forensic_exam',
        'hiv_pep',
        'emergency_contraception',
      ]);
    },
  );

  it('reads an uncertain incident date at its earliest moment and keeps the latest reading beside it', async () => {
    const file = await open();
    const record = await file.call(
      'cases.create',
      intake({ dateReceived: '2026-03-10', incidentDates: [{ precision: 'day', from: '2026-03-09' }] }),
    );
    const pep = byClock(await deadlinesOf(file, record.id), 'hiv_pep');
    expect(pep.dueAt).toBe('2026-03-12T00:00:00.000Z');
    expect(pep.lastPossibleDueAt).toBe('2026-03-12T23:59:59.999Z');
    expect(pep.concerns.label).toBe('2026-03-09');
    expect(pep.explanation).toContain('Its date is uncertain (2026-03-09)');
    const fr = (await file.call('deadlines.list', { caseId: record.id, locale: 'fr' })).items.find(
      (item) => item.clockId === 'hiv_pep',
    );
    expect(fr?.explanation).toContain('Date incertaine (2026-03-09)');
  });

  it('one deadline per incident, and one clock is never started twice for the same thing', async () => {
    const file = await open();
    const record = await file.call(
      'cases.create',
      intake({
        dateReceived: '2026-03-10',
        incidentDates: [lastNight, { precision: 'exact', from: '2026-03-08T20:00', timeZone: 'UTC' }],
      }),
    );
    expect(
      (await deadlinesOf(file, record.id))
        .filter((item) => item.clockId === 'forensic_exam')
        .map((item) => item.concerns.id),
    ).toEqual(['1', '0']);
    const before = (await deadlinesOf(file, record.id)).map((item) => item.id).sort();
    await file.call('cases.update', { caseId: record.id, changes: { title: 'Allegation at the market' } });
    await withCoreContext(file, (ctx) => {
      refreshCaseDeadlines(ctx, ctx.db(), record.id);
      refreshCaseDeadlines(ctx, ctx.db(), record.id);
      // Biological evidence starts the same incident clocks: the same deadlines, not new ones.
      startEvidenceDeadlines(ctx, ctx.db(), {
        caseId: record.id,
        evidenceId: '6f1d2a7e-0000-4000-8000-000000000001',
        evidenceType: 'biological',
        collectedAt: '2026-03-10T08:00:00.000Z',
      });
    });
    expect((await deadlinesOf(file, record.id)).map((item) => item.id).sort()).toEqual(before);
    const keys = await file.rawDatabase((db) =>
      db.prepare('SELECT count(*) AS n, count(DISTINCT trigger_key) AS k FROM deadlines').get(),
    );
    expect(keys).toEqual({ n: 6, k: 6 });
    // Refreshes that changed nothing wrote no audit rows.
    expect((await auditActions(file, record.id)).filter((action) => action.startsWith('deadlines.'))).toEqual([
      'deadlines.refresh',
    ]);
  });

  it('an incident date corrected moves its open deadlines; one removed withdraws them', async () => {
    const file = await open();
    const record = await file.call(
      'cases.create',
      intake({
        dateReceived: '2026-03-10',
        incidentDates: [lastNight, { precision: 'exact', from: '2026-03-09T12:00', timeZone: 'UTC' }],
      }),
    );
    await file.call('cases.update', {
      caseId: record.id,
      changes: { incidentDates: [{ precision: 'exact', from: '2026-03-09T23:30', timeZone: 'UTC' }] },
    });
    const items = await deadlinesOf(file, record.id);
    expect(items.map((item) => `${item.clockId}:${item.concerns.id}`)).toEqual([
      'forensic_exam:0',
      'hiv_pep:0',
      'emergency_contraception:0',
    ]);
    expect(byClock(items, 'forensic_exam').dueAt).toBe('2026-03-12T23:30:00.000Z');
    // Withdrawn deadlines stay in the vault, out of every list.
    const withdrawn = await file.rawDatabase((db) =>
      db.prepare(`SELECT withdrawn_reason FROM deadlines WHERE withdrawn_at IS NOT NULL`).pluck().all(),
    );
    expect(withdrawn).toEqual(['start_removed', 'start_removed', 'start_removed']);
    expect(await deadlinesOf(file, record.id, true)).toHaveLength(3);
  });

  it('toxicology clocks run only while drug facilitation is suspected', async () => {
    const file = await open();
    const record = await file.call('cases.create', intake({ dateReceived: '2026-03-10', incidentDates: [lastNight] }));
    const facts = await file.call('deadlines.setCondition', {
      caseId: record.id,
      condition: 'drug_facilitation_suspected',
      holds: true,
    });
    expect(facts.conditions).toEqual(['drug_facilitation_suspected']);
    const items = await deadlinesOf(file, record.id);
    expect(byClock(items, 'toxicology_blood_urine')).toMatchObject({
      dueAt: '2026-03-10T22:00:00.000Z',
      firmness: 'target',
    });
    expect(byClock(items, 'toxicology_urine').dueAt).toBe('2026-03-14T22:00:00.000Z');
    await file.call('deadlines.setCondition', {
      caseId: record.id,
      condition: 'drug_facilitation_suspected',
      holds: false,
    });
    expect(clockIds(await deadlinesOf(file, record.id))).toEqual([
      'forensic_exam',
      'hiv_pep',
      'emergency_contraception',
    ]);
  });
});

describe('case benchmarks', () => {
  it('referral for investigation starts the UN investigation benchmark: 6 months, 3 when urgent', async () => {
    const file = await open();
    const record = await file.call('cases.create', intake({ dateReceived: '2026-03-02' }));
    expect(await deadlinesOf(file, record.id)).toEqual([]);
    const facts = await file.call('deadlines.recordMilestone', {
      caseId: record.id,
      milestone: 'referred_for_investigation',
      at: '2026-03-10T08:00:00.000Z',
    });
    expect(facts.milestones).toEqual({ referredForInvestigationAt: '2026-03-10T08:00:00.000Z', tccNotifiedAt: null });
    const un = byClock(await deadlinesOf(file, record.id), 'un_investigation');
    expect(un).toMatchObject({
      dueAt: '2026-09-10T23:59:59.999Z',
      firmness: 'target',
      concerns: { kind: 'case', id: null, label: record.reference },
    });
    await file.call('cases.update', { caseId: record.id, changes: { urgent: true } });
    const urgent = byClock(await deadlinesOf(file, record.id), 'un_investigation');
    expect(urgent.id).toBe(un.id);
    expect(urgent.dueAt).toBe('2026-06-10T23:59:59.999Z');
    expect(urgent.explanation).toContain('Shortened: the case is urgent.');
    expect(await auditActions(file, record.id)).toContain('case.milestone');
  });

  it(
    'TCC notification: NIO appointment in 5 working days when urgent, skipping a ' + 'holiday from the settings',
    async () => {
      const file = await open();
      await file.call('clocks.update', {
        calendar: { weekendDays: ['saturday', 'sunday'], holidays: ['2026-03-13'], timeZone: 'UTC' },
      });
      const record = await file.call('cases.create', intake({ dateReceived: '2026-03-09', urgent: true }));
      // Tuesday 10 March: Wed 11, Thu 12, (Fri 13 holiday), Mon 16, Tue 17, Wed 18.
      await file.call('deadlines.recordMilestone', {
        caseId: record.id,
        milestone: 'tcc_notified',
        at: '2026-03-10T08:00:00.000Z',
      });
      const items = await deadlinesOf(file, record.id);
      const nio = byClock(items, 'nio_appointment');
      expect(nio.dueAt).toBe('2026-03-18T23:59:59.999Z');
      expect(nio.deadline.basis.holidaysSkipped).toEqual(['2026-03-13']);
      expect(nio.explanation).toContain(
        'Weekend days (Saturday and Sunday) and holidays (2026-03-13) are not counted.',
      );
      expect(byClock(items, 'tcc_investigation').dueAt).toBe('2026-06-08T23:59:59.999Z');
      // No longer urgent: back to 10 working days.
      await file.call('cases.update', { caseId: record.id, changes: { urgent: false } });
      expect(byClock(await deadlinesOf(file, record.id), 'nio_appointment').dueAt).toBe('2026-03-25T23:59:59.999Z');
    },
  );

  it('a milestone is refused in the future or before the allegation was received', async () => {
    const file = await open();
    const record = await file.call('cases.create', intake({ dateReceived: '2026-03-09' }));
    expect(
      (
        await file.refusal('deadlines.recordMilestone', {
          caseId: record.id,
          milestone: 'tcc_notified',
          at: '2026-03-11T08:00:00.000Z',
        })
      ).code,
    ).toBe('VALIDATION');
    expect(
      (
        await file.refusal('deadlines.recordMilestone', {
          caseId: record.id,
          milestone: 'tcc_notified',
          at: '2026-03-08T08:00:00.000Z',
        })
      ).code,
    ).toBe('VALIDATION');
    expect(await deadlinesOf(file, record.id)).toEqual([]);
  });
});

describe("a subject's rotation date", () => {
  const subject = (rotationOrContractEnd?: string) => ({
    role: 'subject' as const,
    personnelCategory: 'military_mc' as const,
    nationality: 'XYZ',
    ...(rotationOrContractEnd === undefined ? {} : { rotationOrContractEnd }),
  });

  it(
    'starts the reference sample and interview clocks, due before the rotation day, ' + 'labelled by pseudonym code',
    async () => {
      const file = await open();
      const record = await file.call('cases.create', intake({ dateReceived: '2026-03-09' }));
      const person = await file.call('people.add', { caseId: record.id, profile: subject('2026-04-01') });
      const items = await deadlinesOf(file, record.id);
      expect(clockIds(items)).toEqual(['subject_reference_sample', 'subject_interview']);
      expect(byClock(items, 'subject_interview')).toMatchObject({
        dueAt: '2026-04-01T00:00:00.000Z',
        concerns: { kind: 'subject', id: person.id, label: 'S-01' },
        firmness: 'binding',
        state: 'open',
      });
      expect(byClock(items, 'subject_interview').explanation).toContain(
        "Due before the subject's rotation or end of contract.",
      );
      // Within a week of the rotation it is due soon.
      await jumpTo(file, '2026-03-27T00:00:00.000Z');
      expect(byClock(await deadlinesOf(file, record.id), 'subject_interview').state).toBe('due_soon');
      // Repatriation brought forward: the deadline moves; cleared: it is withdrawn.
      await file.call('people.update', { personId: person.id, profile: subject('2026-03-30') });
      expect(byClock(await deadlinesOf(file, record.id), 'subject_interview').dueAt).toBe('2026-03-30T00:00:00.000Z');
      await file.call('people.update', { personId: person.id, profile: subject() });
      expect(await deadlinesOf(file, record.id)).toEqual([]);
      // Given again, the same deadline opens again.
      await file.call('people.update', { personId: person.id, profile: subject('2026-04-02') });
      expect(byClock(await deadlinesOf(file, record.id), 'subject_interview').dueAt).toBe('2026-04-02T00:00:00.000Z');
      expect(await file.rawDatabase((db) => db.prepare('SELECT count(*) FROM deadlines').pluck().get())).toBe(2);
    },
  );
});

describe('deadlines started by evidence', () => {
  it(
    'CCTV footage starts the preservation request (from identification) and the ' + 'overwriting (from recording)',
    async () => {
      const file = await open();
      const record = await file.call('cases.create', intake({ dateReceived: '2026-03-09' }));
      await withCoreContext(file, (ctx) =>
        startEvidenceDeadlines(ctx, ctx.db(), {
          caseId: record.id,
          evidenceId: '6f1d2a7e-0000-4000-8000-000000000002',
          evidenceType: 'photo_video',
          markers: ['cctv'],
          collectedAt: '2026-03-10T08:00:00.000Z',
          identifiedAt: '2026-03-09T15:00:00.000Z',
          recordedAt: { precision: 'exact', from: '2026-03-01T21:00', timeZone: 'UTC' },
        }),
      );
      const items = await deadlinesOf(file, record.id);
      expect(clockIds(items)).toEqual(['cctv_request', 'cctv_overwrite']);
      expect(byClock(items, 'cctv_request')).toMatchObject({
        dueAt: '2026-03-10T15:00:00.000Z',
        firmness: 'advisory',
        concerns: { kind: 'evidence', id: '6f1d2a7e-0000-4000-8000-000000000002' },
      });
      expect(byClock(items, 'cctv_overwrite').dueAt).toBe('2026-03-29T21:00:00.000Z');
      expect(await auditActions(file, record.id)).toContain('deadlines.start');
    },
  );
});
