import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../../shared/contract/index.js';
import { findingsOf, refusalFixes } from '../../../renderer/interviews/refusal-fixes.js';

/** A refusal as the core sends it, with the findings behind it. */
const refusal = (findings: { code: string; params?: Record<string, unknown> }[]): ApiError =>
  ({
    code: 'CONSENT_REQUIRED',
    reason: 'principles.consentMissing',
    message: 'Not allowed',
    findings: findings.map((finding) => ({ rule: finding.code.split('_')[0], variant: 'default', ...finding })),
  }) as unknown as ApiError;

describe('the forms that fix a refused interview step', () => {
  it("R4: the guardian's consent and the child's assent, each its own link", () => {
    expect(
      refusalFixes(refusal([{ code: 'R4_GUARDIAN_CONSENT_MISSING' }, { code: 'R4_CHILD_ASSENT_MISSING' }])),
    ).toEqual([
      { kind: 'consent', purpose: 'interview', party: 'guardian', by: 'guardian' },
      { kind: 'consent', purpose: 'interview', party: 'assent', by: 'self' },
    ]);
  });

  it("R1: the person's own consent to the interview, and to the recording by each party missing", () => {
    expect(
      refusalFixes(
        refusal([
          { code: 'R1_INTERVIEW_CONSENT_MISSING' },
          { code: 'R1_RECORDING_CONSENT_MISSING', params: { parties: ['guardian', 'assent'] } },
        ]),
      ),
    ).toEqual([
      { kind: 'consent', purpose: 'interview', party: 'self', by: 'self' },
      { kind: 'consent', purpose: 'recording', party: 'guardian', by: 'guardian' },
      { kind: 'consent', purpose: 'recording', party: 'assent', by: 'self' },
    ]);
  });

  it('R3 and a repeat interview send to the arrangements, once', () => {
    expect(
      refusalFixes(refusal([{ code: 'R3_RISK_ASSESSMENT_MISSING' }, { code: 'R4_REPEAT_WITHOUT_JUSTIFICATION' }])),
    ).toEqual([{ kind: 'arrangements' }]);
  });

  it('offers nothing for findings no form here fixes, or for an error without findings', () => {
    expect(refusalFixes(refusal([{ code: 'R5_CONSENSUAL_CLOSURE' }]))).toEqual([]);
    expect(refusalFixes({ code: 'CONFLICT', message: 'Saved elsewhere' } as ApiError)).toEqual([]);
    expect(findingsOf({ code: 'INTERNAL', message: '', findings: 'not a list' } as unknown as ApiError)).toEqual([]);
  });
});
