import { describe, expect, it } from 'vitest';
import { byClock, deadlinesOf, HOUR, intake, jumpTo, useCaseFiles } from './deadlines-fixture.js';

const open = useCaseFiles();

describe('closing a deadline', () => {
  it('records the action taken; on time it is closed, after the due moment closed late', async () => {
    const file = await open();
    const record = await file.call(
      'cases.create',
      intake({
        dateReceived: '2026-03-10',
        incidentDates: [{ precision: 'exact', from: '2026-03-09T22:00', timeZone: 'UTC' }],
      }),
    );
    const items = await deadlinesOf(file, record.id);
    const pep = byClock(items, 'hiv_pep');

    const closed = await file.call('deadlines.close', {
      deadlineId: pep.id,
      action: 'PEP started at the clinic',
      at: '2026-03-10T08:30:00.000Z',
    });
    expect(closed).toMatchObject({
      state: 'closed',
      closedAt: '2026-03-10T08:30:00.000Z',
      closedAction: 'PEP started at the clinic',
      closedBy: 'test',
    });
    expect(closed.remainingMs).toBe(61.5 * HOUR);

    await jumpTo(file, '2026-03-13T06:00:00.000Z');
    const forensic = byClock(items, 'forensic_exam');
    expect(byClock(await deadlinesOf(file, record.id), 'forensic_exam')).toMatchObject({
      state: 'overdue',
      remainingMs: -8 * HOUR,
    });
    const late = await file.call('deadlines.close', {
      deadlineId: forensic.id,
      action: 'Examination offered; declined by V-01',
    });
    expect(late).toMatchObject({ state: 'closed_late', closedAt: '2026-03-13T06:00:00.000Z', remainingMs: -8 * HOUR });

    // Closed deadlines leave the default list; they come back, last, on request.
    expect((await deadlinesOf(file, record.id)).map((item) => item.clockId)).toEqual(['emergency_contraception']);
    expect((await deadlinesOf(file, record.id, true)).map((item) => item.clockId)).toEqual([
      'emergency_contraception',
      'forensic_exam',
      'hiv_pep',
    ]);

    const audit = (await file.call('audit.list', { caseId: record.id })).items.filter(
      (item) => item.action === 'deadline.close',
    );
    expect(audit.map((item) => item.details['state'])).toEqual(['closed_late', 'closed']);
    // The action written is not copied into the audit trail (it may name people).
    expect(JSON.stringify(audit)).not.toContain('declined');
  });

  it('refuses closing twice, closing in the future, a blank action and an unknown deadline', async () => {
    const file = await open();
    const record = await file.call(
      'cases.create',
      intake({
        dateReceived: '2026-03-10',
        incidentDates: [{ precision: 'exact', from: '2026-03-09T22:00', timeZone: 'UTC' }],
      }),
    );
    const pep = byClock(await deadlinesOf(file, record.id), 'hiv_pep');
    expect(
      (await file.refusal('deadlines.close', { deadlineId: pep.id, action: 'PEP', at: '2026-03-10T10:00:00.000Z' }))
        .code,
    ).toBe('VALIDATION');
    expect((await file.refusal('deadlines.close', { deadlineId: pep.id, action: '   ' })).code).toBe('VALIDATION');
    expect(
      (await file.refusal('deadlines.close', { deadlineId: '00000000-0000-4000-8000-000000000000', action: 'PEP' }))
        .code,
    ).toBe('NOT_FOUND');
    await file.call('deadlines.close', { deadlineId: pep.id, action: 'PEP started' });
    expect((await file.refusal('deadlines.close', { deadlineId: pep.id, action: 'again' })).code).toBe('CONFLICT');
  });
});

describe('the deadlines list across cases', () => {
  it(
    'most urgent first: overdue, then soonest due, binding before target at the same ' +
      'moment; archived cases left out',
    async () => {
      const file = await open();
      // Forensic examination as a target here, so that PEP (binding) comes first at the same moment.
      const clocks = (await file.call('clocks.get', {})).clocks.map((clock) =>
        clock.id === 'forensic_exam' ? { ...clock, firmness: 'target' as const } : clock,
      );
      await file.call('clocks.update', { clocks });
      const a = await file.call(
        'cases.create',
        intake({
          title: 'A',
          dateReceived: '2026-03-10',
          incidentDates: [{ precision: 'exact', from: '2026-03-07T10:00', timeZone: 'UTC' }],
        }),
      );
      const b = await file.call(
        'cases.create',
        intake({
          title: 'B',
          dateReceived: '2026-03-10',
          incidentDates: [{ precision: 'exact', from: '2026-03-09T22:00', timeZone: 'UTC' }],
        }),
      );
      await file.call('deadlines.recordMilestone', {
        caseId: b.id,
        milestone: 'referred_for_investigation',
        at: '2026-03-10T08:00:00.000Z',
      });

      const items = await deadlinesOf(file);
      expect(items.map((item) => `${item.caseReference} ${item.clockId} ${item.state}`)).toEqual([
        `${a.reference} hiv_pep due_soon`,
        `${a.reference} forensic_exam due_soon`,
        `${a.reference} emergency_contraception open`,
        `${b.reference} hiv_pep open`,
        `${b.reference} forensic_exam open`,
        `${b.reference} emergency_contraception open`,
        `${b.reference} un_investigation open`,
      ]);

      await jumpTo(file, '2026-03-10T11:00:00.000Z');
      const later = await deadlinesOf(file);
      expect(later[0]).toMatchObject({
        caseReference: a.reference,
        clockId: 'hiv_pep',
        state: 'overdue',
        remainingMs: -HOUR,
      });

      await file.call('cases.archive', { caseId: a.id, archived: true, reason: 'Merged into another case' });
      expect(new Set((await deadlinesOf(file)).map((item) => item.caseReference))).toEqual(new Set([b.reference]));
      // Asked for by name, an archived case's deadlines are still shown.
      expect(await deadlinesOf(file, a.reference)).toHaveLength(3);
      // A closed investigation's countdowns leave the view across cases too.
      await file.call('cases.changeStatus', {
        caseId: b.id,
        to: 'closed_other',
        reason: 'Victim declined to take part',
        closureGround: 'victim_declined_to_participate',
      });
      expect(await deadlinesOf(file)).toEqual([]);
      expect(await deadlinesOf(file, b.id)).toHaveLength(4);
    },
  );
});
