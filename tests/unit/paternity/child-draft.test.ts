import { describe, expect, it } from 'vitest';
import type { PaternityChild } from '../../../shared/domain/paternity.js';
import { childFromDraft, draftOfChild, newChildDraft } from '../../../renderer/paternity/child-draft.js';

describe('the child form’s draft', () => {
  it('starts strictly confidential, with the birth unknown and the claim reported', () => {
    expect(newChildDraft()).toMatchObject({
      confidentiality: 'strictly_confidential',
      status: 'reported',
      birth: { precision: 'unknown' },
    });
  });

  it('names the fields to correct: mother, alleged father, day of the claim, a half-given contact', () => {
    const result = childFromDraft({ ...newChildDraft(), state: 'Ruritania', dnaResult: 'match' });
    expect(result).toEqual({ ok: false, problems: ['mother', 'subject', 'reportedOn', 'contact', 'resultOn'] });
  });

  it('sends only what was given, and reads a record back into the same fields', () => {
    const draft = {
      ...newChildDraft(),
      motherId: 'mother-id',
      subjectId: 'subject-id',
      reportedOn: '2026-03-09',
      birth: { ...newChildDraft().birth, precision: 'month' as const, month: '2025-11' },
      dnaTaken: '2026-03-06',
      state: ' Ruritania ',
      contactedOn: '2026-03-08',
      contactHow: 'note_verbale' as const,
      supportAmount: 'USD 150 a month',
    };
    const result = childFromDraft(draft);
    expect(result).toEqual({
      ok: true,
      value: {
        motherId: 'mother-id',
        subjectId: 'subject-id',
        birth: { precision: 'month', from: '2025-11', timeZone: draft.birth.timeZone },
        reportedOn: '2026-03-09',
        status: 'reported',
        dna: { sampleTakenOn: '2026-03-06' },
        memberStateContact: { state: 'Ruritania', on: '2026-03-08', how: 'note_verbale' },
        support: { amount: 'USD 150 a month' },
        confidentiality: 'strictly_confidential',
      },
    });
    if (!result.ok) return;
    const stored: PaternityChild = {
      ...result.value,
      id: 'child-id',
      caseId: 'case-id',
      code: 'C-01',
      motherCode: 'V-01',
      subjectCode: 'S-01',
      createdAt: '2026-03-10T09:00:00.000Z',
      updatedAt: '2026-03-10T09:00:00.000Z',
    };
    expect(childFromDraft(draftOfChild(stored))).toEqual(result);
  });
});
