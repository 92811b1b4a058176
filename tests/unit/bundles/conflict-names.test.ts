import { describe, expect, it } from 'vitest';
import { nameConflictRecords } from '../../../electron/core/bundles/conflict-names.js';
import { at, openCase, START, useEvidenceFiles } from '../evidence/evidence-fixture.js';
import { arrangements, victim } from '../people/people-fixture.js';
import { servicesOf } from './bundle-fixture.js';

// A conflict's fields name other records by id; the preview gives their codes. Only this case's records are
// named: an id that points at another case's person, item or interview in this vault names nothing.
const evidenceFile = useEvidenceFiles();

describe('the names of the records a conflict points at', () => {
  it('come from this case only, never from another case of the vault', async () => {
    const ef = await evidenceFile();
    const mine = await openCase(ef);
    const other = await openCase(ef);
    const records = async (caseId: string) => {
      const person = await ef.call('people.add', { caseId, profile: victim() });
      const item = await ef.call('evidence.create', {
        caseId,
        type: 'photo_video',
        description: 'Statement copy',
        collectedAt: at(START, -300),
        storageLocation: 'Evidence locker 3',
      });
      const interview = await ef.call('interviews.plan', { caseId, personId: person.id, arrangements: arrangements() });
      return { person: person.id, item: item.id, interview: interview.id };
    };
    const here = await records(mine.id);
    const there = await records(other.id);
    const conflictOn = (ids: { person: string; item: string; interview: string }) => ({
      table: 'evidence_people',
      ours: { item_id: ids.item, person_id: ids.person },
      theirs: { item_id: ids.item, person_id: ids.person },
      names: {} as Record<string, string>,
    });
    const interviewConflict = (ids: { interview: string }) => ({
      table: 'evidence_interviews',
      ours: { interview_id: ids.interview },
      theirs: { interview_id: ids.interview },
      names: {} as Record<string, string>,
    });
    const conflicts = [conflictOn(here), conflictOn(there), interviewConflict(here), interviewConflict(there)];
    const { vault } = await servicesOf(ef);
    try {
      nameConflictRecords(vault.db, new Map(), conflicts, mine.id, mine.reference);
    } finally {
      vault.close();
    }
    expect(conflicts[0]!.names).toEqual({ [here.item]: 'E-0001', [here.person]: 'V-01' });
    expect(conflicts[1]!.names).toEqual({});
    expect(conflicts[2]!.names).toEqual({ [here.interview]: 'V-01' });
    expect(conflicts[3]!.names).toEqual({});
  });
});
