import { describe, expect, it } from 'vitest';
import { caseFilePorts } from '../../../electron/core/composition.js';
import { listPeopleSummaries } from '../../../electron/core/people/person-store.js';
import { Case } from '../../../shared/domain/case.js';
import { ConsentDecision } from '../../../shared/domain/consent.js';
import { Interview } from '../../../shared/domain/interview.js';
import { Person } from '../../../shared/domain/person.js';
import { evaluatePrinciples } from '../../../shared/principles/index.js';
import {
  arrangements,
  at,
  consent,
  guardian,
  notes,
  openCase,
  START,
  useCaseFiles,
  victim,
  witness,
} from '../people/people-fixture.js';

const caseFile = useCaseFiles();

describe('the case snapshot the principles read', () => {
  it('reads a case with its people, consents and interviews as valid domain records, by id or reference', async () => {
    const cf = await caseFile({ startAt: START });
    const theCase = await openCase(cf);
    const g = await cf.call('people.add', { caseId: theCase.id, profile: guardian() });
    const child = await cf.call('people.add', {
      caseId: theCase.id,
      profile: victim('unknown', { guardianPersonId: g.id }),
      identity: { fullName: 'Grace Secret', dateOfBirth: { precision: 'month', from: '2010-09' } },
    });
    const w = await cf.call('people.add', { caseId: theCase.id, profile: witness() });
    await cf.call('consents.record', consent(w.id, at(START, -90)));
    await cf.call('consents.record', consent(child.id, at(START, -90), { guardianPersonId: g.id }));
    const planned = await cf.call('interviews.plan', {
      caseId: theCase.id,
      personId: child.id,
      arrangements: arrangements(),
    });
    const held = await cf.call('interviews.plan', {
      caseId: theCase.id,
      personId: w.id,
      arrangements: arrangements({ recorded: false }),
    });
    await cf.call('interviews.markConducted', { interviewId: held.id, conductedAt: at(START, -60) });
    await cf.call('interviews.saveNotes', { interviewId: held.id, notes: notes('Statement'), baseRevision: 0 });
    await cf.call('interviews.sign', { interviewId: held.id });
    await cf.call('interviews.amend', {
      interviewId: held.id,
      reason: 'Correction',
      notes: notes('Statement, corrected'),
    });

    const [byId, byReference] = await cf.rawDatabase((db) => [
      caseFilePorts.principles.snapshot(db, theCase.id, Date.parse(START)),
      caseFilePorts.principles.snapshot(db, theCase.reference, Date.parse(START)),
    ]);
    expect(byReference).toEqual(byId);
    const snapshot = byId!;
    expect(snapshot.asOf).toBe(START);
    expect(Case.parse(snapshot.case)).toEqual(snapshot.case);
    expect(snapshot.case).not.toHaveProperty('archived');
    expect(snapshot.people.map((person) => Person.parse(person))).toEqual(snapshot.people);
    expect(snapshot.people.map((person) => person.code)).toEqual(['V-01', 'W-01', 'G-01']);
    // The snapshot alone holds identities: the child's date of birth makes her a child for the rules.
    expect(snapshot.people[0]?.identity).toMatchObject({
      fullName: 'Grace Secret',
      dateOfBirth: { precision: 'month', from: '2010-09' },
    });
    expect(snapshot.consents.map((decision) => ConsentDecision.parse(decision))).toEqual(snapshot.consents);
    // Interviews as the rules read them: valid records but for the notes and their versions, which no rule
    // reads and the snapshot leaves out.
    expect(
      snapshot.interviews.map((interview) => Interview.parse({ ...interview, notes: notes(''), amendments: [] })),
    ).toEqual(snapshot.interviews.map((interview) => ({ ...interview, notes: notes(''), amendments: [] })));
    expect(snapshot.interviews.map((interview) => [interview.id, interview.status])).toEqual([
      [planned.id, 'planned'],
      [held.id, 'signed'],
    ]);
    expect(JSON.stringify(snapshot.interviews)).not.toContain('Statement');

    // What the rules make of it: the child still lacks her own assent (R4, not yet blocking).
    const codes = evaluatePrinciples(snapshot).map((finding) => finding.code);
    expect(codes).toContain('R4_CHILD_ASSENT_MISSING');
    expect(codes).not.toContain('R4_GUARDIAN_CONSENT_MISSING');
    expect(JSON.stringify(evaluatePrinciples(snapshot))).not.toContain('Grace');
  });

  it('listPeopleSummaries gives codes and profiles for a case, without identities', async () => {
    const cf = await caseFile({ startAt: START });
    const theCase = await openCase(cf);
    await cf.call('people.add', { caseId: theCase.id, profile: victim(), identity: { fullName: 'Grace Secret' } });
    const summaries = await cf.rawDatabase((db) => listPeopleSummaries(db, caseFilePorts.cases, theCase.reference));
    expect(summaries.map((person) => [person.code, person.identityRecorded])).toEqual([['V-01', ['fullName']]]);
    expect(JSON.stringify(summaries)).not.toContain('Grace');
  });
});
