import { describe, expect, it } from 'vitest';
import { refuseBlocking } from '../../../electron/core/principles/enforce.js';
import type { Finding } from '../../../shared/principles/finding.js';
import { caught } from '../core/helpers.js';

const finding = (rule: Finding['rule'], code: Finding['code'], severity: Finding['severity']): Finding => ({
  rule,
  code,
  variant: 'default',
  severity,
  message: `${code} message about V-01.`,
  fix: `Fix ${code}.`,
  params: { person: 'V-01' },
});

describe('refuseBlocking', () => {
  it('lets the action go when no finding blocks (warnings and reminders do not)', () => {
    expect(() => refuseBlocking([])).not.toThrow();
    expect(() =>
      refuseBlocking([
        finding('R7', 'R7_SETTING_NOT_PRIVATE', 'warn'),
        finding('R8', 'R8_OFFER_AT_FIRST_CONTACT', 'info'),
      ]),
    ).not.toThrow();
  });

  it(
    'refuses with RULE_BLOCKED, carrying each blocking finding (and only those) for ' +
      'the UI, and listing them in English as "R4: message — fix"',
    async () => {
      const error = await caught(() =>
        refuseBlocking([
          finding('R4', 'R4_TRAINED_INTERVIEWER_MISSING', 'block'),
          finding('R7', 'R7_SETTING_NOT_PRIVATE', 'warn'),
          finding('R7', 'R7_TEAM_SINGLE_GENDER', 'block'),
        ]),
      );
      expect(error.code).toBe('RULE_BLOCKED');
      expect(error).toMatchObject({
        reason: 'principles.refused',
        details: {
          findings: [
            { rule: 'R4', code: 'R4_TRAINED_INTERVIEWER_MISSING', variant: 'default', params: { person: 'V-01' } },
            { rule: 'R7', code: 'R7_TEAM_SINGLE_GENDER', variant: 'default', params: { person: 'V-01' } },
          ],
        },
      });
      expect(error.message).toBe(
        [
          'This was refused by the investigation principles:',
          'R4: No one trained in interviewing children is on the team for V-01. — Have the ' +
            'child interviewed by, or with, a trained child interviewer.',
          'R7: The team interviewing V-01 is all of one gender. — Where possible, include ' +
            'interviewers of different genders.',
        ].join('\n'),
      );
    },
  );

  it(
    'refuses with CONSENT_REQUIRED when any blocking finding is about consent (R1, ' +
      'R2, guardian consent, child assent)',
    async () => {
      for (const code of [
        'R1_INTERVIEW_CONSENT_MISSING',
        'R2_ACTION_AFTER_REFUSAL',
        'R4_GUARDIAN_CONSENT_MISSING',
        'R4_CHILD_ASSENT_MISSING',
      ] as const) {
        const rule = code.slice(0, 2) as Finding['rule'];
        const error = await caught(() =>
          refuseBlocking([finding('R3', 'R3_RISK_ASSESSMENT_MISSING', 'block'), finding(rule, code, 'block')]),
        );
        expect(error.code, code).toBe('CONSENT_REQUIRED');
      }
      // Other R4 findings are not consents.
      expect(
        (await caught(() => refuseBlocking([finding('R4', 'R4_REPEAT_WITHOUT_JUSTIFICATION', 'block')]))).code,
      ).toBe('RULE_BLOCKED');
      // A consent finding that only warns does not make the refusal a consent one.
      expect(
        (
          await caught(() =>
            refuseBlocking([
              finding('R5', 'R5_CONSENSUAL_CLOSURE', 'block'),
              finding('R1', 'R1_RECORDING_CONSENT_MISSING', 'warn'),
            ]),
          )
        ).code,
      ).toBe('RULE_BLOCKED');
    },
  );
});
