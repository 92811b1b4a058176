import { describe, expect, it } from 'vitest';
import { caseClosedAt, deadlineOutcome } from '../../../renderer/deadlines/deadline-outcome.js';

const due = '2026-03-12T22:00:00.000Z';

describe("a closed case's deadlines, told as outcomes", () => {
  it('met, met late, missed or stopped by the closure', () => {
    expect(deadlineOutcome({ dueAt: due, closedAt: '2026-03-11T10:00:00.000Z' }, '2026-04-01T00:00:00.000Z')).toBe(
      'met',
    );
    expect(deadlineOutcome({ dueAt: due, closedAt: due }, '2026-04-01T00:00:00.000Z')).toBe('met');
    expect(deadlineOutcome({ dueAt: due, closedAt: '2026-03-13T08:00:00.000Z' }, '2026-04-01T00:00:00.000Z')).toBe(
      'metLate',
    );
    expect(deadlineOutcome({ dueAt: due, closedAt: null }, '2026-04-01T00:00:00.000Z')).toBe('missed');
    expect(deadlineOutcome({ dueAt: due, closedAt: null }, '2026-03-11T00:00:00.000Z')).toBe('stopped');
  });

  it('takes the moment of closure from the last status change, and none while the case is open', () => {
    const opened = {
      from: null,
      to: 'preliminary_assessment',
      at: '2026-03-10T09:00:00.000Z',
      reason: 'Opened',
    } as const;
    const closed = {
      from: 'preliminary_assessment',
      to: 'closed_other',
      at: '2026-03-20T15:00:00.000Z',
      reason: 'Declined',
      closureGround: 'victim_declined_to_participate',
    } as const;
    expect(caseClosedAt({ status: 'preliminary_assessment', statusHistory: [opened] })).toBeNull();
    expect(caseClosedAt({ status: 'closed_other', statusHistory: [opened, closed] })).toBe('2026-03-20T15:00:00.000Z');
  });
});
