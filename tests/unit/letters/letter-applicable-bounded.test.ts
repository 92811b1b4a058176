import { describe, expect, it } from 'vitest';
import { APPLICABLE_SHOWN_MAX } from '../../../shared/contract/letters.js';
import { openCase, useEvidenceFiles, type EvidenceFile } from '../evidence/evidence-fixture.js';

/**
 * Issue 13, item 3: letters.applicable replies with a page of people and reasons per kind at most,
 * with how many there are in all, however many victims and subjects a case has (its reply crosses
 * from the core's thread to the main thread); each victim searched for is checked by
 * letters.applicableTo, with why not in the user's language.
 */

const VICTIMS = APPLICABLE_SHOWN_MAX + 5;
const SUBJECTS = 12;

async function manyVictimsAndSubjects(ef: EvidenceFile) {
  const created = await openCase(ef);
  const victims = [];
  for (let i = 0; i < VICTIMS; i++) {
    victims.push(
      await ef.call('people.add', {
        caseId: created.id,
        profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
      }),
    );
  }
  const subjects = [];
  for (let i = 0; i < SUBJECTS; i++) {
    subjects.push(
      await ef.call('people.add', {
        caseId: created.id,
        profile: { role: 'subject', personnelCategory: 'military_mc', nationality: 'SEN' },
      }),
    );
  }
  const witness = await ef.call('people.add', {
    caseId: created.id,
    profile: { role: 'witness', sex: 'male', ageBand: 'adult', language: 'fr' },
  });
  return { created, victims, subjects, witness };
}

const byKind = async (ef: EvidenceFile, caseId: string) =>
  Object.fromEntries(
    (await ef.call('letters.applicable', { caseId, locale: 'en' })).letters.map((entry) => [entry.kind, entry]),
  );

describe('letters.applicable over a case with many victims and subjects', () => {
  const open = useEvidenceFiles();

  it('names a page of people and reasons per kind, with how many in all, and the victim it is for first', async () => {
    const ef = await open();
    const { created, victims, subjects } = await manyVictimsAndSubjects(ef);

    let entries = await byKind(ef, created.id);
    // Every subject is a military member: the notification concerns them all, the first page named.
    expect(entries['tcc_notification']).toMatchObject({ applies: true, subjectCount: SUBJECTS });
    expect(entries['tcc_notification']?.subjects.map((s) => s.code)).toEqual(subjects.map((s) => s.code));
    // The follow-up waits for a finding on each: one reason per subject.
    expect(entries['tcc_follow_up']).toMatchObject({ applies: false, reasonCount: SUBJECTS });
    const closure = entries['closure_other']!;
    expect(closure).toMatchObject({ applies: false, victimCounts: { applies: 0, notYet: VICTIMS } });
    expect(closure.victims).toHaveLength(APPLICABLE_SHOWN_MAX);
    expect(closure.victims.map((v) => v.code)).toEqual(victims.slice(0, APPLICABLE_SHOWN_MAX).map((v) => v.code));
    expect(closure.reasons).toHaveLength(APPLICABLE_SHOWN_MAX);
    expect(closure.reasonCount).toBe(VICTIMS);
    // A reason names the first ten subjects whose findings are awaited, not all of them.
    expect(closure.victims[0]?.reason).toBe(
      `A closure letter for ${victims[0]!.code} tells how the matter ended, and no finding is recorded yet on ` +
        `${subjects
          .slice(0, 10)
          .map((s) => s.code)
          .join(', ')}, …. Record the findings, or why the matter closed for ${victims[0]!.code}.`,
    );

    // The matter closed for the last victim alone: she is named first, the others after her.
    const last = victims[VICTIMS - 1]!;
    await ef.call('letters.recordVictimClosure', {
      caseId: created.id,
      personId: last.id,
      ground: 'victim_declined_to_participate',
      decidedBy: 'oios',
      decidedOn: '2026-03-10',
    });
    entries = await byKind(ef, created.id);
    const hers = entries['closure_other']!;
    expect(hers).toMatchObject({ applies: true, victimCounts: { applies: 1, notYet: VICTIMS - 1 }, reasonCount: 0 });
    expect(hers.victims).toHaveLength(APPLICABLE_SHOWN_MAX);
    expect(hers.victims.filter((v) => v.reason === null)).toEqual([{ id: last.id, code: last.code, reason: null }]);
  });

  it('checks one victim or subject searched for, and says why not in the asked language', async () => {
    const ef = await open();
    const { created, victims, subjects, witness } = await manyVictimsAndSubjects(ef);
    const ask = (kind: 'closure_other' | 'tcc_notification', personId: string, locale: 'en' | 'fr' | 'ar' = 'en') =>
      ef.call('letters.applicableTo', { caseId: created.id, kind, personId, locale });

    const victim = victims[VICTIMS - 1]!;
    const awaiting = await ask('closure_other', victim.id, 'fr');
    expect(awaiting.applies).toBe(false);
    expect(awaiting.reason).toMatch(new RegExp(`^Une lettre de clôture pour ${victim.code} `));
    expect((await ask('closure_other', victim.id, 'ar')).reason).toContain(victim.code);
    await ef.call('letters.recordVictimClosure', {
      caseId: created.id,
      personId: victim.id,
      ground: 'victim_declined_to_participate',
      decidedBy: 'oios',
      decidedOn: '2026-03-10',
    });
    expect(await ask('closure_other', victim.id)).toEqual({ applies: true, reason: null });
    // A witness is no victim, a victim no subject: refused in plain words.
    expect(await ask('closure_other', witness.id)).toEqual({
      applies: false,
      reason: 'The victim chosen for the closure letter is not a victim of this case.',
    });
    expect(await ask('tcc_notification', victim.id)).toEqual({
      applies: false,
      reason: 'The subject chosen for the letter is not a subject of this case.',
    });
    expect(await ask('tcc_notification', subjects[SUBJECTS - 1]!.id)).toEqual({ applies: true, reason: null });
  });
});
