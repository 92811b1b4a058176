import { describe, expect, it } from 'vitest';
import { MOST_URGENT_OPEN_DEADLINES } from '../../../electron/core/deadlines/most-urgent.js';
import { deadlinesOf, HOUR, intake, jumpTo, useCaseFiles } from '../deadlines/deadlines-fixture.js';

const open = useCaseFiles();

/** The test clock starts at 2026-03-10T09:00Z: an incident last night starts the 72-hour forensic window. */
const lastNight = { precision: 'exact', from: '2026-03-09T22:00', timeZone: 'UTC' } as const;
const fourDaysAgo = { precision: 'exact', from: '2026-03-06T08:00', timeZone: 'UTC' } as const;

describe("the cases list shows each case's most urgent open deadline", () => {
  it('an overdue forensic window comes first, ahead of the case benchmark', async () => {
    const file = await open();
    // Received on the 6th, the incident that morning: by now (the 10th) its 72 hours are over.
    const late = await file.call(
      'cases.create',
      intake({ title: 'Late', dateReceived: '2026-03-06', incidentDates: [fourDaysAgo] }),
    );
    await file.call('deadlines.recordMilestone', {
      caseId: late.id,
      milestone: 'referred_for_investigation',
      at: '2026-03-06T12:00:00.000Z',
    });
    const recent = await file.call(
      'cases.create',
      intake({ title: 'Recent', dateReceived: '2026-03-10', incidentDates: [lastNight] }),
    );
    const quiet = await file.call('cases.create', intake({ title: 'Quiet', dateReceived: '2026-03-10' }));

    const { items } = await file.call('cases.list', {});
    const byTitle = new Map(items.map((item) => [item.title, item]));
    expect(byTitle.get('Late')?.nextDeadline).toMatchObject({
      clockId: 'forensic_exam',
      concerns: 'incident',
      dueAt: '2026-03-09T08:00:00.000Z',
      state: 'overdue',
      remainingMs: -25 * HOUR,
    });
    // The same deadline the deadlines view puts first for that case.
    const [first] = await deadlinesOf(file, late.id);
    expect(byTitle.get('Late')?.nextDeadline?.id).toBe(first?.id);
    expect(byTitle.get('Late')?.nextDeadline?.deadline).toEqual(first?.deadline);
    expect(byTitle.get('Recent')?.nextDeadline).toMatchObject({
      clockId: 'forensic_exam',
      state: 'open',
      remainingMs: 61 * HOUR,
    });
    expect(byTitle.get('Quiet')?.nextDeadline).toBeNull();
    expect(recent.id).not.toBe(quiet.id);
  });

  it('moves on once the most urgent one is closed, and shows nothing for a closed or archived case', async () => {
    const file = await open();
    const record = await file.call(
      'cases.create',
      intake({ title: 'Recent', dateReceived: '2026-03-10', incidentDates: [lastNight] }),
    );
    const nextOf = async () =>
      (await file.call('cases.list', { includeArchived: true })).items.find((item) => item.id === record.id)
        ?.nextDeadline;
    const [pep, forensic] = (await deadlinesOf(file, record.id)).filter(
      (item) => item.clockId !== 'emergency_contraception',
    );
    // PEP and the forensic window fall due together: the binding one of the same moment is listed, then the other.
    expect([pep?.dueAt, forensic?.dueAt]).toEqual(['2026-03-12T22:00:00.000Z', '2026-03-12T22:00:00.000Z']);
    const listed = await nextOf();
    await file.call('deadlines.close', { deadlineId: listed!.id, action: 'Done at the clinic' });
    const after = await nextOf();
    expect(after?.id).not.toBe(listed?.id);
    expect(after?.dueAt).toBe('2026-03-12T22:00:00.000Z');

    // Time passes: the state is the list's own at the time of the call.
    await jumpTo(file, '2026-03-13T09:00:00.000Z');
    expect(await nextOf()).toMatchObject({ state: 'overdue', remainingMs: -11 * HOUR });

    await file.call('cases.archive', { caseId: record.id, archived: true, reason: 'Merged into another case' });
    expect(await nextOf()).toBeNull();
    await file.call('cases.archive', { caseId: record.id, archived: false, reason: 'Unmerged' });
    expect(await nextOf()).not.toBeNull();
    await file.call('cases.changeStatus', {
      caseId: record.id,
      to: 'closed_other',
      reason: 'Victim declined to take part',
      closureGround: 'victim_declined_to_participate',
    });
    expect(await nextOf()).toBeNull();
  });

  it('is one query over the partial index of open deadlines, not one per case', async () => {
    const file = await open();
    await file.call('cases.create', intake({ dateReceived: '2026-03-10', incidentDates: [lastNight] }));
    const plan = await file.rawDatabase(
      (db) => db.prepare(`EXPLAIN QUERY PLAN ${MOST_URGENT_OPEN_DEADLINES}`).all() as { detail: string }[],
    );
    const details = plan.map((step) => step.detail).join('\n');
    expect(details).toMatch(/USING INDEX deadlines_open_by_due/);
    expect(details).not.toMatch(/SCAN (?:d|deadlines)\b(?! USING)/);
    // The statement reads no case: it cannot be repeated per case.
    expect(MOST_URGENT_OPEN_DEADLINES).not.toMatch(/\?|@|case_id\s*=/);
  });
});
