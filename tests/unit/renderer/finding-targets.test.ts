import { describe, expect, it } from 'vitest';
import { findingFix, ruleSource } from '../../../renderer/case/finding-target.js';
import { FINDING_CODES, type Finding, type FindingCode } from '../../../shared/principles/finding.js';

const finding = (code: FindingCode, target: Finding['target']): Finding =>
  ({ rule: code.split('_')[0], code, variant: 'default', severity: 'warn', target, message: '', fix: '' }) as Finding;

describe('every finding opens what clears it', () => {
  it('R15: the examination window opens the examination form for that victim; treatment opens assistance', () => {
    expect(findingFix(finding('R15_EXAM_WINDOW_OPEN', { kind: 'person', id: 'v1' }))).toEqual({
      kind: 'recordAction',
      action: 'forensic_medical_exam',
      personId: 'v1',
    });
    expect(findingFix(finding('R15_TREATMENT_WAITING', { kind: 'person', id: 'v1' }))).toEqual({
      kind: 'offerAssistance',
      personId: 'v1',
    });
    expect(findingFix(finding('R15_PROVIDER_NOT_QUALIFIED', { kind: 'forensic_exam', id: 'a1' }))).toEqual({
      kind: 'openTab',
      tab: 'investigation',
    });
  });

  it("R14: the cleared subject's reputation step", () => {
    expect(findingFix(finding('R14_REPUTATION_STEPS_MISSING', { kind: 'person', id: 's1' }))).toEqual({
      kind: 'recordAction',
      action: 'reputation_restoration',
      personId: 's1',
    });
  });

  it('R5 and R5b: a consensual closure is put right on the overview (reopen); an unknown age on the person', () => {
    expect(findingFix(finding('R5_CONSENSUAL_CLOSURE', { kind: 'case', id: 'c1' }))).toEqual({
      kind: 'openTab',
      tab: 'overview',
    });
    expect(findingFix(finding('R5b_CONSENSUAL_CLOSURE', { kind: 'case', id: 'c1' }))).toEqual({
      kind: 'openTab',
      tab: 'overview',
    });
    expect(findingFix(finding('R5_AGE_UNKNOWN', { kind: 'person', id: 'v1' }))).toEqual({
      kind: 'openTab',
      tab: 'people',
    });
  });

  it('every other finding with a target opens the tab of the record it is about', () => {
    expect(findingFix(finding('R7_TEAM_SINGLE_GENDER', { kind: 'interview', id: 'i1' }))).toEqual({
      kind: 'openTab',
      tab: 'interviews',
    });
    expect(findingFix(finding('R12_HASH_MISSING', { kind: 'evidence', id: 'e1' }))).toEqual({
      kind: 'openTab',
      tab: 'evidence',
    });
    // Person-bound fixes need the person; every other code opens something from a case target.
    const personBound = ['R8_', 'R14_', 'R15_EXAM_WINDOW', 'R15_TREATMENT'];
    for (const code of FINDING_CODES.filter((c) => !personBound.some((prefix) => c.startsWith(prefix)))) {
      expect(findingFix(finding(code, { kind: 'case', id: 'c1' })), code).not.toBeNull();
    }
  });

  it("shows each rule's source, the report's paragraphs included", () => {
    expect(ruleSource('R5b')).toContain('A/72/751 ¶20');
    expect(ruleSource('R5')).toContain('A/72/751 ¶67');
    expect(ruleSource('R15')).toBe('WHO');
  });
});
