import { describe, expect, it } from 'vitest';
import {
  canTransitionInterview,
  Interview,
  INTERVIEW_STATUSES,
  nextAmendmentVersion,
  type InterviewStatus,
} from '../../../shared/domain/interview.js';
import { conducted, hoursAfter, makeInterview, T0 } from '../principles/factories.js';
import { plainToRichText } from '../../../shared/domain/rich-text.js';

const ALLOWED: [InterviewStatus, InterviewStatus][] = [
  ['planned', 'conducted'],
  ['planned', 'cancelled'],
  ['conducted', 'signed'],
];

describe('interview status transitions', () => {
  it.each(INTERVIEW_STATUSES.flatMap((from) => INTERVIEW_STATUSES.map((to) => [from, to] as const)))(
    '%s → %s',
    (from, to) => {
      expect(canTransitionInterview(from, to)).toBe(ALLOWED.some(([a, b]) => a === from && b === to));
    },
  );
});

describe('Interview schema', () => {
  const signed = () =>
    Interview.parse({ ...conducted(makeInterview()), status: 'signed', signedAt: hoursAfter(T0, 3) });

  it('requires the dates of what happened, and refuses those of what did not', () => {
    expect(Interview.safeParse({ ...makeInterview(), status: 'conducted' }).success).toBe(false);
    expect(Interview.safeParse({ ...makeInterview(), conductedAt: T0 }).success).toBe(false);
    expect(Interview.safeParse({ ...conducted(makeInterview()), status: 'signed' }).success).toBe(false);
    expect(Interview.safeParse({ ...conducted(makeInterview()), signedAt: hoursAfter(T0, 3) }).success).toBe(false);
    expect(
      Interview.safeParse({
        ...conducted(makeInterview(), hoursAfter(T0, 5)),
        status: 'signed',
        signedAt: hoursAfter(T0, 4),
      }).success,
    ).toBe(false);
  });

  it('keeps amendments after signature as numbered versions in date order', () => {
    const base = signed();
    const first = {
      version: 2,
      amendedAt: hoursAfter(T0, 30),
      reason: 'Interviewee corrected a date',
      notes: plainToRichText('v2'),
    };
    const second = {
      version: 3,
      amendedAt: hoursAfter(T0, 40),
      reason: 'Interpreter correction',
      notes: plainToRichText('v3'),
    };
    expect(Interview.safeParse({ ...base, amendments: [first, second] }).success).toBe(true);
    expect(nextAmendmentVersion({ ...base, amendments: [first, second] })).toBe(4);
    expect(Interview.safeParse({ ...base, amendments: [second] }).success).toBe(false);
    expect(
      Interview.safeParse({ ...base, amendments: [first, { ...second, amendedAt: hoursAfter(T0, 20) }] }).success,
    ).toBe(false);
    expect(Interview.safeParse({ ...base, amendments: [{ ...first, amendedAt: hoursAfter(T0, 1) }] }).success).toBe(
      false,
    );
    expect(Interview.safeParse({ ...base, amendments: [{ ...first, reason: '' }] }).success).toBe(false);
  });

  it('amends only a signed interview', () => {
    const unsigned = conducted(makeInterview());
    expect(nextAmendmentVersion(unsigned)).toBeNull();
    expect(nextAmendmentVersion(signed())).toBe(2);
    expect(
      Interview.safeParse({
        ...unsigned,
        amendments: [{ version: 2, amendedAt: hoursAfter(T0, 30), reason: 'x', notes: { blocks: [] } }],
      }).success,
    ).toBe(false);
  });

  it('keeps the notes strictly confidential by default', () => {
    const { confidentiality: _c, ...rest } = makeInterview();
    expect(Interview.parse(rest).confidentiality).toBe('strictly_confidential');
  });
});
