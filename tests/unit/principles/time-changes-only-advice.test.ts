import { describe, expect, it } from 'vitest';
import { countBlocking } from '../../../electron/core/principles/blocking-counts.js';
import { evaluatePrinciples, PRINCIPLES } from '../../../shared/principles/index.js';
import type { CaseSnapshot, PrincipleRule } from '../../../shared/principles/snapshot.js';
import {
  cleanSnapshot,
  conducted,
  hoursAfter,
  makeConsent,
  makeGuardian,
  makeInterview,
  makeVictim,
  T0,
} from './factories.js';

/**
 * A rule that says the time changes only its advice lets the case list keep a case's count of
 * blocking findings across the clock. Each such rule is held to it: over cases where the time does
 * matter (interviews still planned, consents given or withdrawn later, a child, an exam window),
 * its blocking findings are the same at times years apart.
 */
const YEAR_HOURS = 24 * 366;
const TIMES = [
  hoursAfter(T0, -10 * YEAR_HOURS),
  hoursAfter(T0, 1),
  hoursAfter(T0, 30),
  hoursAfter(T0, 10 * YEAR_HOURS),
];

function casesWhereTheTimeMatters(): CaseSnapshot[] {
  const clean = cleanSnapshot();
  const planned = makeInterview({ scheduledAt: hoursAfter(T0, 48), recorded: true });
  const child = makeVictim({ ageBand: 'minor' });
  return [
    clean,
    { ...clean, consents: [], interviews: [planned] },
    { ...clean, consents: [makeConsent('v1', 'interview', { decidedAt: hoursAfter(T0, 24) })], interviews: [planned] },
    {
      ...clean,
      consents: [
        makeConsent('v1', 'interview', { decidedAt: hoursAfter(T0, 1) }),
        makeConsent('v1', 'interview', { decision: 'withdrawn', decidedAt: hoursAfter(T0, 24) }),
      ],
      interviews: [planned, conducted(makeInterview({ id: 'int-2' }), hoursAfter(T0, 30))],
    },
    { ...clean, people: [child, makeGuardian()], consents: [], interviews: [planned] },
    {
      ...clean,
      people: [child, makeGuardian()],
      consents: [
        makeConsent('v1', 'interview', { by: 'guardian', guardianPersonId: 'g1', decidedAt: hoursAfter(T0, 24) }),
        makeConsent('v1', 'interview', { decidedAt: hoursAfter(T0, 24) }),
      ],
      interviews: [planned, conducted(makeInterview({ id: 'int-2' }), hoursAfter(T0, 2))],
    },
    { ...clean, people: [child, makeGuardian()], consents: [], interviews: [conducted(makeInterview())] },
    { ...clean, forensicExams: [] },
  ];
}

const findingsAt = (rule: PrincipleRule, snapshot: CaseSnapshot, asOf: string, severities: readonly string[]) =>
  JSON.stringify(
    rule
      .evaluate({ ...snapshot, asOf })
      .filter((finding) => severities.includes(finding.severity))
      .map((finding) => `${finding.code}:${finding.severity}:${finding.target?.id ?? ''}`),
  );

/** The times, among TIMES, at which the rule's findings of those severities differ from those at the first. */
const timesChanging = (rule: PrincipleRule, severities: readonly string[]): string[] =>
  casesWhereTheTimeMatters().flatMap((snapshot, index) =>
    TIMES.filter(
      (asOf) => findingsAt(rule, snapshot, asOf, severities) !== findingsAt(rule, snapshot, TIMES[0]!, severities),
    ).map((asOf) => `case ${index} at ${asOf}`),
  );
const timesChangingBlocks = (rule: PrincipleRule): string[] => timesChanging(rule, ['block']);

describe('rules whose time changes only their advice', () => {
  const saying = PRINCIPLES.filter((rule) => rule.timeChangesOnlyAdvice === true);

  it('are the rules that judge a planned interview or an exam window as of now', () => {
    expect(saying.map((rule) => rule.id)).toEqual(['R1', 'R2', 'R4', 'R15']);
  });

  it.each(saying.map((rule) => [rule.id, rule] as const))(
    '%s blocks the same at times years apart, where the time changes its advice',
    (_id, rule) => {
      expect(timesChanging(rule, ['info', 'warn']), 'cases where the time changes the advice').not.toEqual([]);
      expect(timesChangingBlocks(rule)).toEqual([]);
    },
  );

  it('the check finds a rule whose blocking finding the time changes (it can fail)', () => {
    const lateRule: PrincipleRule = {
      id: 'R1',
      title: 'A test rule: blocks once the time is past the interview',
      source: 'test',
      timeChangesOnlyAdvice: true,
      evaluate: (snapshot) =>
        snapshot.interviews
          .filter((interview) => Date.parse(snapshot.asOf) > Date.parse(interview.scheduledAt ?? T0))
          .map((interview) => ({
            rule: 'R1',
            code: 'R1_INTERVIEW_CONSENT_MISSING',
            variant: 'default',
            severity: 'block',
            message: '',
            fix: '',
            target: { kind: 'interview', id: interview.id },
          })) as ReturnType<PrincipleRule['evaluate']>,
    };
    expect(timesChangingBlocks(lateRule)).not.toEqual([]);
  });
});

describe('countBlocking', () => {
  const readsTheTime: PrincipleRule = {
    id: 'R1',
    title: 'A test rule that reads the time',
    source: 'test',
    evaluate: (snapshot) => (snapshot.asOf > T0 ? [] : []),
  };

  it('makes a count depend on the time only when a rule that may block by it read it', () => {
    const snapshot = cleanSnapshot();
    expect(countBlocking(snapshot, [readsTheTime]).timeRead).toBe(true);
    expect(countBlocking(snapshot, [{ ...readsTheTime, timeChangesOnlyAdvice: true }]).timeRead).toBe(false);
    // The shipped rules over a case with a planned interview and an open exam window: kept.
    const planned = {
      ...snapshot,
      interviews: [makeInterview({ scheduledAt: hoursAfter(T0, 48) })],
      forensicExams: [],
    };
    const { timeChangesOnlyAdvice: _said, ...unsaid } = PRINCIPLES.find((rule) => rule.id === 'R1')!;
    expect(countBlocking(planned, [unsaid]).timeRead).toBe(true);
    expect(countBlocking(planned)).toEqual({
      blocking: evaluatePrinciples(planned).filter((finding) => finding.severity === 'block').length,
      timeRead: false,
    });
  });
});
