import { describe, expect, it } from 'vitest';
import {
  canTransition,
  Case,
  CASE_STATUS_TRANSITIONS,
  CASE_STATUSES,
  CLOSURE_GROUNDS_BY_STATUS,
  nextCaseReference,
  statusChangeProblem,
  type CaseStatus,
  type StatusChange,
} from '../../../shared/domain/case.js';
import { closedCase, hoursAfter, makeCase, T0 } from '../principles/factories.js';

// The whole table, written out: any change to the allowed moves must be made here on purpose.
const ALLOWED: [CaseStatus, CaseStatus][] = [
  ['preliminary_assessment', 'under_review'],
  ['preliminary_assessment', 'under_investigation'],
  ['preliminary_assessment', 'pending_member_state'],
  ['preliminary_assessment', 'closed_other'],
  ['under_review', 'under_investigation'],
  ['under_review', 'pending_member_state'],
  ['under_review', 'closed_other'],
  ['under_investigation', 'pending_member_state'],
  ['under_investigation', 'substantiated'],
  ['under_investigation', 'not_substantiated'],
  ['under_investigation', 'closed_other'],
  ['pending_member_state', 'under_investigation'],
  ['pending_member_state', 'substantiated'],
  ['pending_member_state', 'not_substantiated'],
  ['pending_member_state', 'closed_other'],
  ['substantiated', 'under_investigation'],
  ['not_substantiated', 'under_investigation'],
  ['closed_other', 'under_investigation'],
];

describe('case status transitions', () => {
  it.each(CASE_STATUSES.flatMap((from) => CASE_STATUSES.map((to) => [from, to] as const)))('%s → %s', (from, to) => {
    const allowed = ALLOWED.some(([a, b]) => a === from && b === to);
    expect(canTransition(from, to)).toBe(allowed);
  });

  it('lists every status in the table', () => {
    expect(Object.keys(CASE_STATUS_TRANSITIONS).sort()).toEqual([...CASE_STATUSES].sort());
  });

  it('reaches findings only through an investigation', () => {
    for (const from of ['preliminary_assessment', 'under_review'] as const) {
      expect(canTransition(from, 'substantiated')).toBe(false);
      expect(canTransition(from, 'not_substantiated')).toBe(false);
    }
  });
});

describe('statusChangeProblem', () => {
  const opening: StatusChange = { from: null, to: 'preliminary_assessment', at: T0, reason: 'Report received' };
  const change = (partial: Partial<StatusChange>): StatusChange => ({
    from: 'preliminary_assessment',
    to: 'under_investigation',
    at: hoursAfter(T0, 1),
    reason: 'Credible',
    ...partial,
  });

  it('accepts an allowed change that follows the previous one', () => {
    expect(statusChangeProblem(undefined, opening)).toBeNull();
    expect(statusChangeProblem(opening, change({}))).toBeNull();
  });

  it.each<[string, StatusChange | undefined, StatusChange]>([
    ['a case opening elsewhere', undefined, { ...opening, to: 'under_investigation' }],
    ['a move the table forbids', opening, change({ to: 'substantiated', closureGround: 'facts_established' })],
    ['a from that is not the current status', opening, change({ from: 'under_review' })],
    ['a change dated before the previous', opening, change({ at: '2026-02-01T00:00:00.000Z' })],
    ['closing without a ground', opening, change({ to: 'closed_other' })],
    ['closing with a ground of another status', opening, change({ to: 'closed_other', closureGround: 'unfounded' })],
    ['a ground on a change that does not close', opening, change({ closureGround: 'other' })],
  ])('refuses %s', (_, previous, next) => {
    expect(statusChangeProblem(previous, next)?.reason).toMatch(/^cases\./);
  });

  it('gives each closing status its own grounds', () => {
    expect(Object.keys(CLOSURE_GROUNDS_BY_STATUS).sort()).toEqual([
      'closed_other',
      'not_substantiated',
      'substantiated',
    ]);
    expect(CLOSURE_GROUNDS_BY_STATUS.substantiated).toEqual(['facts_established']);
  });
});

describe('Case schema', () => {
  it('accepts a new case and a closed one built by the factories', () => {
    expect(makeCase().status).toBe('preliminary_assessment');
    expect(closedCase('not_substantiated', 'unfounded').status).toBe('not_substantiated');
  });

  it('keeps the location strictly confidential unless lowered on purpose', () => {
    const { location: _location, ...rest } = makeCase();
    const parsed = Case.parse({ ...rest, location: { text: 'Village near the base' } });
    expect(parsed.location.confidentiality).toBe('strictly_confidential');
  });

  it('refuses a status that is not the end of its history', () => {
    expect(Case.safeParse({ ...makeCase(), status: 'under_investigation' }).success).toBe(false);
  });

  it('refuses a history that skips the table', () => {
    const result = Case.safeParse({
      ...makeCase(),
      status: 'substantiated',
      statusHistory: [
        { from: null, to: 'preliminary_assessment', at: T0, reason: 'Report received' },
        {
          from: 'preliminary_assessment',
          to: 'substantiated',
          at: hoursAfter(T0, 1),
          reason: 'Obvious',
          closureGround: 'facts_established',
        },
      ],
    });
    expect(result.success).toBe(false);
  });

  it('refuses a blank reason and an empty list of incident dates', () => {
    expect(
      Case.safeParse({
        ...makeCase(),
        statusHistory: [{ from: null, to: 'preliminary_assessment', at: T0, reason: '   ' }],
      }).success,
    ).toBe(false);
    expect(Case.safeParse({ ...makeCase(), incidentDates: [] }).success).toBe(false);
  });

  it('holds a paternity claim with its section, and refuses details without a claim', () => {
    const claimed = {
      claimed: true,
      status: 'pending',
      dnaPermittedByNationalLaw: 'unknown',
      dnaSampleTaken: false,
      nationalFocalPoint: 'Focal point',
    };
    expect(Case.safeParse({ ...makeCase(), paternityClaim: claimed }).success).toBe(true);
    expect(Case.safeParse({ ...makeCase(), paternityClaim: { claimed: false, dnaSampleTaken: true } }).success).toBe(
      false,
    );
  });

  it('refuses a malformed reference', () => {
    expect(Case.safeParse({ ...makeCase(), reference: 'CF-26-1' }).success).toBe(false);
  });
});

describe('nextCaseReference', () => {
  it('starts each year at 0001 and follows the highest issued', () => {
    expect(nextCaseReference(2026, [])).toBe('CF-2026-0001');
    expect(nextCaseReference(2026, ['CF-2026-0001', 'CF-2026-0007', 'CF-2025-0099', 'junk'])).toBe('CF-2026-0008');
    expect(nextCaseReference(2026, ['CF-2026-9999'])).toBe('CF-2026-10000');
  });
});
