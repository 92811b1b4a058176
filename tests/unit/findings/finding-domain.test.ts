import { describe, expect, it } from 'vitest';
import { CLOSURE_GROUNDS_BY_STATUS } from '../../../shared/domain/case.js';
import {
  caseClosureFromFindings,
  findingProblems,
  WithoutInvestigationGround,
  type SubjectOutcome,
} from '../../../shared/domain/finding.js';
import { suggestedInvestigatingEntity, PERSONNEL_CATEGORIES } from '../../../shared/domain/person.js';

const subject = (
  code: string,
  outcome: SubjectOutcome['outcome'],
  closureGround?: SubjectOutcome['closureGround'],
) => ({
  code,
  outcome,
  ...(closureGround === undefined ? {} : { closureGround }),
});

describe('findings in the domain', () => {
  it('closes without investigation on exactly the grounds of a case closed for other circumstances', () => {
    expect(WithoutInvestigationGround.options).toEqual(CLOSURE_GROUNDS_BY_STATUS.closed_other);
  });

  it('suggests the contributing country for contingent and FPU members, OIOS for every other category', () => {
    const national = PERSONNEL_CATEGORIES.filter((c) => suggestedInvestigatingEntity(c) === 'tcc_pcc');
    expect(national).toEqual(['military_mc', 'police_fpu']);
    expect(suggestedInvestigatingEntity('unknown')).toBe('oios');
  });

  it('derives the case closure from every subject, and says who is missing, sorted', () => {
    expect(caseClosureFromFindings([])).toEqual({ kind: 'no_subjects' });
    expect(
      caseClosureFromFindings([subject('S-02', null), subject('S-03', 'substantiated'), subject('S-01', null)]),
    ).toEqual({ kind: 'awaiting', missing: ['S-01', 'S-02'] });
    expect(caseClosureFromFindings([subject('S-01', 'not_substantiated'), subject('S-02', 'substantiated')])).toEqual({
      kind: 'decided',
      status: 'substantiated',
      closureGround: 'facts_established',
    });
    expect(caseClosureFromFindings([subject('S-01', 'not_substantiated')])).toMatchObject({
      status: 'not_substantiated',
      closureGround: 'unfounded',
    });
    expect(
      caseClosureFromFindings([
        subject('S-01', 'insufficient_evidence'),
        subject('S-02', 'closed_without_investigation'),
      ]),
    ).toMatchObject({ status: 'not_substantiated', closureGround: 'insufficient_evidence' });
    expect(
      caseClosureFromFindings([
        subject('S-01', 'closed_without_investigation', 'victim_declined_to_participate'),
        subject('S-02', 'closed_without_investigation', 'victim_declined_to_participate'),
      ]),
    ).toMatchObject({ status: 'closed_other', closureGround: 'victim_declined_to_participate' });
  });

  it('asks a report reference after investigation, a ground and reason without one, and nothing else', () => {
    const base = { personId: 'p', decidingEntity: 'oios', decidedOn: '2026-03-10' } as const;
    expect(findingProblems({ ...base, outcome: 'substantiated', reportReference: 'R-1' })).toEqual([]);
    expect(findingProblems({ ...base, outcome: 'insufficient_evidence' }).map((p) => p.path)).toEqual([
      'reportReference',
    ]);
    expect(findingProblems({ ...base, outcome: 'closed_without_investigation' }).map((p) => p.path)).toEqual([
      'closureGround',
      'closureReason',
    ]);
  });
});
