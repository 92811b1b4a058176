import { describe, expect, it } from 'vitest';
import { caseFilePorts } from '../../../electron/core/composition.js';
import { at, openCase, START, subject, useCaseFiles, victim, type CaseFile } from '../people/people-fixture.js';

const open = useCaseFiles();

async function caseWithSubject(cf: CaseFile) {
  const created = await openCase(cf);
  const s01 = await cf.call('people.add', { caseId: created.id, profile: subject() });
  const v01 = await cf.call('people.add', { caseId: created.id, profile: victim() });
  return { created, s01, v01 };
}

describe('actions about a subject', () => {
  it('records dated actions with their source and lists them in the order taken', async () => {
    const cf = await open();
    const { created, s01 } = await caseWithSubject(cf);
    const repatriated = await cf.call('subjectActions.record', {
      personId: s01.id,
      kind: 'repatriation',
      takenAt: at(START, -60),
      source: 'contributing_country',
      sourceReference: 'Note verbale 2026/114',
    });
    const leave = await cf.call('subjectActions.record', {
      personId: s01.id,
      kind: 'administrative_leave',
      takenAt: at(START, -600),
      source: 'mission',
    });
    expect(repatriated).toMatchObject({ caseId: created.id, personCode: 'S-01', recordedBy: 'test' });
    const { items } = await cf.call('subjectActions.list', { caseId: created.reference });
    expect(items.map((item) => item.kind)).toEqual(['administrative_leave', 'repatriation']);
    expect(items[0]?.id).toBe(leave.id);
    const ofSubject = await cf.call('subjectActions.list', { caseId: created.id, personId: s01.id });
    expect(ofSubject.items).toHaveLength(2);
  });

  it('refuses an action about someone who is not a subject, in the future, or "other" left unnamed', async () => {
    const cf = await open();
    const { s01, v01 } = await caseWithSubject(cf);
    const base = {
      personId: s01.id,
      kind: 'repatriation' as const,
      takenAt: at(START, -1),
      source: 'mission' as const,
    };
    const notSubject = await cf.refusal('subjectActions.record', { ...base, personId: v01.id });
    expect(notSubject).toMatchObject({ code: 'VALIDATION', reason: 'subjectActions.notSubject' });
    expect(notSubject.message).toBe('V-01 is not a subject: actions are recorded about the subjects of a case.');
    const future = await cf.refusal('subjectActions.record', { ...base, takenAt: at(START, 60) });
    expect(future.message).toBe('An action cannot be dated in the future: record it once it is taken.');
    const unnamedSource = await cf.refusal('subjectActions.record', { ...base, source: 'other' });
    expect(unnamedSource).toMatchObject({ reason: 'subjectActions.otherSourceUnnamed' });
    const undescribed = await cf.refusal('subjectActions.record', { ...base, kind: 'other' });
    expect(undescribed).toMatchObject({ reason: 'subjectActions.otherKindUndescribed' });
    const unknownKind = await cf.refusal('subjectActions.record', { ...base, kind: 'flogging' } as never);
    expect(unknownKind.code).toBe('VALIDATION');
    const { items } = await cf.call('subjectActions.list', { caseId: s01.caseId });
    expect(items).toEqual([]);
  });

  it('audits each action without its free text, and puts it on the chronology', async () => {
    const cf = await open();
    const { created, s01 } = await caseWithSubject(cf);
    const action = await cf.call('subjectActions.record', {
      personId: s01.id,
      kind: 'screening_database_entry',
      takenAt: '2026-03-09T10:00:00.000Z',
      source: 'organisation',
      description: 'Entered by Bertrand Quillfeather of the conduct office',
    });
    const audit = await cf.call('audit.list', { caseId: created.id });
    const row = audit.items.find((entry) => entry.action === 'subject_action.record');
    expect(row?.target).toEqual({ kind: 'subject_action', id: action.id, label: 'S-01' });
    expect(JSON.stringify(row)).not.toContain('Quillfeather');
    const timeline = await cf.call('timeline.list', { caseId: created.id, locale: 'fr' });
    const event = timeline.dated.find((entry) => entry.id === `sa:${action.id}`);
    expect(event).toMatchObject({
      kind: 'subject_action',
      title: 'S-01 : Inscription dans la base de données de filtrage',
      derivedFrom: { kind: 'subject_action', id: action.id },
    });
  });

  it('gives R14 the step taken to restore the reputation of a subject cleared', async () => {
    const cf = await open();
    const { created, s01 } = await caseWithSubject(cf);
    await cf.call('subjectActions.record', {
      personId: s01.id,
      kind: 'reputation_restoration',
      takenAt: at(START, -5),
      source: 'mission',
      description: 'Letter to the contingent commander',
    });
    const snapshot = await cf.rawDatabase((db) => caseFilePorts.principles.snapshot(db, created.id, cf.clock.now));
    expect(snapshot.actions).toEqual([
      expect.objectContaining({ kind: 'reputation_restoration', personId: s01.id, source: 'mission' }),
    ]);
  });
});
