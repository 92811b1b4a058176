import { describe, expect, it } from 'vitest';
import { richTextToPlain } from '../../../shared/domain/rich-text.js';
import { PASSPHRASE } from '../core/helpers.js';
import {
  arrangements,
  at,
  auditOf,
  consent,
  guardian,
  MINUTE,
  notes,
  openCase,
  START,
  useCaseFiles,
  victim,
  witness,
  type CaseFile,
} from '../people/people-fixture.js';

const caseFile = useCaseFiles();

/**
 * A case with one adult witness and an interview of them planned for an hour ago (times below are before the clock).
 */
async function witnessInterview(cf: CaseFile) {
  const theCase = await openCase(cf);
  const person = await cf.call('people.add', { caseId: theCase.id, profile: witness() });
  const planned = await cf.call('interviews.plan', {
    caseId: theCase.id,
    personId: person.id,
    arrangements: arrangements(),
  });
  return { caseId: theCase.id, person, interview: planned };
}

/** Consent, conduct, notes, signature: an interview ready to amend. */
async function signedInterview(cf: CaseFile) {
  const setup = await witnessInterview(cf);
  await cf.call('consents.record', consent(setup.person.id, at(START, -90)));
  await cf.call('interviews.markConducted', { interviewId: setup.interview.id, conductedAt: at(START, -60) });
  await cf.call('interviews.saveNotes', {
    interviewId: setup.interview.id,
    notes: notes('Le témoin a vu le camion.\nIl était 22 h.'),
    baseRevision: 0,
  });
  const signed = await cf.call('interviews.sign', { interviewId: setup.interview.id });
  return { ...setup, signed };
}

describe('interviews.plan and list', () => {
  it('plans an interview of a person of the case, audited and listed by the interviewee code', async () => {
    const cf = await caseFile({ startAt: START });
    const { caseId, person, interview } = await witnessInterview(cf);
    expect(interview).toMatchObject({
      caseId,
      personId: person.id,
      personCode: 'W-01',
      status: 'planned',
      notes: { blocks: [] },
      notesRevision: 0,
      notesSavedAt: null,
      amendments: [],
      place: { type: 'ngo_premises', private: true },
    });
    expect((await cf.call('interviews.list', { caseId })).items).toEqual([
      {
        id: interview.id,
        caseId,
        personId: person.id,
        personCode: 'W-01',
        status: 'planned',
        scheduledAt: at(START, -60),
        placeType: 'ngo_premises',
        private: true,
        versions: 0,
      },
    ]);
    const rows = await auditOf(cf, caseId);
    expect(rows.at(-1)).toMatchObject({
      action: 'interview.plan',
      target: { kind: 'interview', id: interview.id, label: 'W-01 — 2026-03-10' },
      details: { personCode: 'W-01', scheduledAt: at(START, -60) },
    });
  });

  it('refuses a person of another case, and an interpreter who is not one', async () => {
    const cf = await caseFile({ startAt: START });
    const a = await openCase(cf);
    const b = await openCase(cf);
    const w = await cf.call('people.add', { caseId: b.id, profile: witness() });
    expect(
      (await cf.refusal('interviews.plan', { caseId: a.id, personId: w.id, arrangements: arrangements() })).code,
    ).toBe('NOT_FOUND');
    const v = await cf.call('people.add', { caseId: b.id, profile: victim() });
    const refusal = await cf.refusal('interviews.plan', {
      caseId: b.id,
      personId: v.id,
      arrangements: arrangements({ interpreterPersonId: w.id }),
    });
    expect(refusal).toMatchObject({
      code: 'VALIDATION',
      reason: 'interviews.interpreterRole',
      message: expect.stringContaining('interpreter'),
    });
  });
});

describe('interviews.markConducted', () => {
  it(
    'is refused without consent to the interview (R1), with the rule and its fix, ' + 'and allowed once it is recorded',
    async () => {
      const cf = await caseFile({ startAt: START });
      const { caseId, person, interview } = await witnessInterview(cf);
      const refusal = await cf.refusal('interviews.markConducted', {
        interviewId: interview.id,
        conductedAt: at(START, -60),
      });
      expect(refusal.code).toBe('CONSENT_REQUIRED');
      expect(refusal).toMatchObject({
        reason: 'principles.consentMissing',
        findings: [
          { rule: 'R1', code: 'R1_INTERVIEW_CONSENT_MISSING', variant: 'afterInterview', params: { person: 'W-01' } },
        ],
      });
      expect(refusal.message).toBe(
        'This needs a consent that is not recorded:\n' +
          ('R1: W-01 was interviewed with no consent to the interview recorded before it. — ' +
            'Record the consent to the interview with the date it was given; the interview ' +
            'cannot be marked conducted without it.'),
      );
      expect((await cf.call('interviews.get', { interviewId: interview.id })).status).toBe('planned');

      // A consent given after the interview does not count for it.
      await cf.call('consents.record', consent(person.id, at(START, -30)));
      expect(
        (await cf.refusal('interviews.markConducted', { interviewId: interview.id, conductedAt: at(START, -60) })).code,
      ).toBe('CONSENT_REQUIRED');
      const conducted = await cf.call('interviews.markConducted', {
        interviewId: interview.id,
        conductedAt: at(START, -20),
      });
      expect(conducted).toMatchObject({ status: 'conducted', conductedAt: at(START, -20) });
      expect((await auditOf(cf, caseId)).at(-1)).toMatchObject({
        action: 'interview.conduct',
        details: { conductedAt: at(START, -20) },
      });
    },
  );

  it('respects a withdrawal from its date on (R2)', async () => {
    const cf = await caseFile({ startAt: START });
    const { person, interview } = await witnessInterview(cf);
    await cf.call('consents.record', consent(person.id, at(START, -110)));
    await cf.call('consents.record', consent(person.id, at(START, -70), { decision: 'withdrawn' }));
    const refusal = await cf.refusal('interviews.markConducted', {
      interviewId: interview.id,
      conductedAt: at(START, -60),
    });
    expect(refusal.code).toBe('CONSENT_REQUIRED');
    expect(refusal.message).toContain('R2: W-01: the interview went ahead after the consent had been withdrawn.');
    // Before the withdrawal, the consent was in force.
    const conducted = await cf.call('interviews.markConducted', {
      interviewId: interview.id,
      conductedAt: at(START, -80),
    });
    expect(conducted.status).toBe('conducted');
  });

  it("for a 15-year-old victim needs the guardian's consent and the child's assent (R4)", async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    const g = await cf.call('people.add', { caseId, profile: guardian() });
    const child = await cf.call('people.add', {
      caseId,
      profile: victim('unknown', { guardianPersonId: g.id }),
      identity: { fullName: 'Grace Secret', dateOfBirth: { precision: 'day', from: '2010-09-15' } },
    });
    expect(child.ageBandAtIncident).toBe('minor');
    const { id: interviewId } = await cf.call('interviews.plan', {
      caseId,
      personId: child.id,
      arrangements: arrangements(),
    });

    const first = await cf.refusal('interviews.markConducted', { interviewId, conductedAt: at(START, -60) });
    expect(first.code).toBe('CONSENT_REQUIRED');
    expect(first.message.split('\n')).toEqual([
      'This needs a consent that is not recorded:',
      "R4: V-01 was interviewed without the guardian's consent recorded before it. — " +
        "Record the guardian's consent given before the interview, or the exception if " +
        'the guardian is implicated.',
      "R4: V-01 was interviewed without the child's own assent recorded before it. — " +
        "Record the child's assent given before the interview, in words the child " +
        'understood.',
    ]);
    expect(first.message).not.toContain('Grace');

    await cf.call('consents.record', consent(child.id, at(START, -100), { guardianPersonId: g.id }));
    const second = await cf.refusal('interviews.markConducted', { interviewId, conductedAt: at(START, -60) });
    expect(second.message).toContain("without the child's own assent");
    expect(second.message).not.toContain("guardian's consent recorded");

    await cf.call('consents.record', consent(child.id, at(START, -95)));
    const conducted = await cf.call('interviews.markConducted', { interviewId, conductedAt: at(START, -60) });
    expect(conducted.status).toBe('conducted');
  });

  it('allows a recorded exception in place of an implicated guardian', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    const child = await cf.call('people.add', {
      caseId,
      profile: victim('minor', {
        guardianConsentException: {
          reason: 'guardian_implicated',
          justification: 'The stepfather is the subject',
          recordedAt: at(START, -115),
        },
      }),
    });
    const { id: interviewId } = await cf.call('interviews.plan', {
      caseId,
      personId: child.id,
      arrangements: arrangements(),
    });
    await cf.call('consents.record', consent(child.id, at(START, -95)));
    expect((await cf.call('interviews.markConducted', { interviewId, conductedAt: at(START, -60) })).status).toBe(
      'conducted',
    );
  });

  it('follows the status transitions, and refuses a time in the future', async () => {
    const cf = await caseFile({ startAt: START });
    const { person, interview } = await witnessInterview(cf);
    await cf.call('consents.record', consent(person.id, at(START, -110)));
    expect(
      (await cf.refusal('interviews.markConducted', { interviewId: interview.id, conductedAt: at(START, 1) })).code,
    ).toBe('VALIDATION');
    await cf.call('interviews.markConducted', { interviewId: interview.id, conductedAt: at(START, -60) });
    expect(
      await cf.refusal('interviews.markConducted', { interviewId: interview.id, conductedAt: at(START, -60) }),
    ).toEqual({
      code: 'CONFLICT',
      reason: 'interviews.transition',
      params: { from: 'conducted', to: 'conducted' },
      message: 'This interview is “Conducted”; it cannot become “Conducted”.',
    });
    expect((await cf.refusal('interviews.cancel', { interviewId: interview.id, reason: 'Too late' })).code).toBe(
      'CONFLICT',
    );
  });
});

describe('interviews.cancel', () => {
  it('cancels a planned interview with its reason; it is kept, and can no longer be conducted or edited', async () => {
    const cf = await caseFile({ startAt: START });
    const { caseId, interview } = await witnessInterview(cf);
    const cancelled = await cf.call('interviews.cancel', {
      interviewId: interview.id,
      reason: 'The witness moved away',
    });
    expect(cancelled.status).toBe('cancelled');
    expect((await cf.call('interviews.list', { caseId })).items.map((i) => i.status)).toEqual(['cancelled']);
    expect((await auditOf(cf, caseId)).at(-1)).toMatchObject({
      action: 'interview.cancel',
      details: { reason: 'The witness moved away' },
    });
    expect(
      (await cf.refusal('interviews.markConducted', { interviewId: interview.id, conductedAt: at(START, -60) })).code,
    ).toBe('CONFLICT');
    expect(
      (await cf.refusal('interviews.saveNotes', { interviewId: interview.id, notes: notes('x'), baseRevision: 0 }))
        .code,
    ).toBe('CONFLICT');
    expect(
      (
        await cf.refusal('interviews.update', {
          interviewId: interview.id,
          arrangements: arrangements({ recorded: true }),
        })
      ).code,
    ).toBe('CONFLICT');
  });
});

describe('interviews.update', () => {
  it('changes the arrangements, audited by field name', async () => {
    const cf = await caseFile({ startAt: START });
    const { caseId, interview } = await witnessInterview(cf);
    const updated = await cf.call('interviews.update', {
      interviewId: interview.id,
      arrangements: arrangements({ place: { type: 'un_office', private: true }, riskAssessment: undefined }),
    });
    expect(updated.place.type).toBe('un_office');
    expect(updated).not.toHaveProperty('riskAssessment');
    expect((await auditOf(cf, caseId)).at(-1)).toMatchObject({
      action: 'interview.update',
      details: { changed: ['place', 'riskAssessment'] },
    });
  });

  it(
    'on a conducted interview, keeps to the rules it was conducted under (a ' + 'recording needs its consent)',
    async () => {
      const cf = await caseFile({ startAt: START });
      const { person, interview } = await witnessInterview(cf);
      await cf.call('consents.record', consent(person.id, at(START, -110)));
      await cf.call('interviews.markConducted', { interviewId: interview.id, conductedAt: at(START, -60) });
      const refusal = await cf.refusal('interviews.update', {
        interviewId: interview.id,
        arrangements: arrangements({ recorded: true }),
      });
      expect(refusal.code).toBe('CONSENT_REQUIRED');
      expect(refusal.message).toContain('R1: W-01: no consent to the recording is recorded.');
      await cf.call('consents.record', consent(person.id, at(START, -110), { purpose: 'recording' }));
      expect(
        (
          await cf.call('interviews.update', {
            interviewId: interview.id,
            arrangements: arrangements({ recorded: true }),
          })
        ).recorded,
      ).toBe(true);
    },
  );
});

describe('interview notes (autosave)', () => {
  it('saves against the revision it started from; a stale save is refused, not merged', async () => {
    const cf = await caseFile({ startAt: START });
    const { interview } = await witnessInterview(cf);
    const first = await cf.call('interviews.saveNotes', {
      interviewId: interview.id,
      notes: notes('Draft one'),
      baseRevision: 0,
    });
    expect(first).toEqual({ notesRevision: 1, notesSavedAt: START });
    const stale = await cf.refusal('interviews.saveNotes', {
      interviewId: interview.id,
      notes: notes('From the other window'),
      baseRevision: 0,
    });
    expect(stale).toMatchObject({
      code: 'CONFLICT',
      reason: 'interviews.notesChangedElsewhere',
      message: expect.stringContaining('The notes changed elsewhere'),
    });
    expect(stale.message).toContain('reload');
    await cf.call('interviews.saveNotes', { interviewId: interview.id, notes: notes('Draft two'), baseRevision: 1 });
    const record = await cf.call('interviews.get', { interviewId: interview.id });
    expect(richTextToPlain(record.notes)).toBe('Draft two');
    expect(record.notesRevision).toBe(2);
  });

  it('is committed when the save returns: another connection reads it, and it survives lock and unlock', async () => {
    const cf = await caseFile({ startAt: START });
    const { interview } = await witnessInterview(cf);
    await cf.call('interviews.saveNotes', {
      interviewId: interview.id,
      notes: notes('Ligne une\nLigne deux'),
      baseRevision: 0,
    });
    // Read through a second connection before any lock: the save is on disk, not in a pending transaction.
    const seen = await cf.rawDatabase((db) => ({
      notes: db.prepare('SELECT notes FROM interviews WHERE id = ?').pluck().get(interview.id) as string,
      synchronous: db.pragma('synchronous', { simple: true }),
    }));
    expect(richTextToPlain(JSON.parse(seen.notes))).toBe('Ligne une\nLigne deux');
    expect(seen.synchronous).toBe(2); // FULL

    cf.ws.lock('idle');
    expect((await cf.refusal('interviews.get', { interviewId: interview.id })).code).toBe('VAULT_LOCKED');
    await cf.call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    const record = await cf.call('interviews.get', { interviewId: interview.id });
    expect(richTextToPlain(record.notes)).toBe('Ligne une\nLigne deux');
    expect(record.notesRevision).toBe(1);
  });

  it(
    'writes at most one audit row per interview per ten minutes of saving, and one ' + 'right after conducting',
    async () => {
      const cf = await caseFile({ startAt: START });
      const { caseId, person, interview } = await witnessInterview(cf);
      const save = async (text: string) => {
        const { notesRevision } = await cf.call('interviews.get', { interviewId: interview.id });
        await cf.call('interviews.saveNotes', {
          interviewId: interview.id,
          notes: notes(text),
          baseRevision: notesRevision,
        });
      };
      await save('Notes one'); // audited
      cf.clock.advance(MINUTE);
      await save('Notes one, two');
      cf.clock.advance(8 * MINUTE);
      await save('Notes one, two, three');
      cf.clock.advance(MINUTE); // ten minutes after the first audited save
      await save('Notes one, two, three, four'); // audited
      await cf.call('consents.record', consent(person.id, at(START, -110)));
      await cf.call('interviews.markConducted', { interviewId: interview.id, conductedAt: at(START, -60) });
      await save('Notes one to five'); // audited: first save after conducting
      const saves = (await auditOf(cf, caseId)).filter((row) => row.action === 'interview.notes.save');
      expect(saves.map((row) => row.details)).toEqual([{ revision: 1 }, { revision: 4 }, { revision: 5 }]);
      // The trail says a save happened, never what was typed (its ids and hashes are hex, so the
      // probe is a word that hex cannot spell).
      expect(JSON.stringify(saves)).not.toContain('Notes');
    },
  );

  it('are indexed for search (accents ignored) under the interview label, never under a name', async () => {
    const cf = await caseFile({ startAt: START });
    const { caseId, interview } = await witnessInterview(cf);
    await cf.call('interviews.saveNotes', {
      interviewId: interview.id,
      notes: notes('Le témoin décrit le véhicule blanc.'),
      baseRevision: 0,
    });
    const hits = (await cf.call('search.query', { q: 'temoin vehicule', caseId })).items;
    expect(hits).toEqual([
      expect.objectContaining({ kind: 'interview', recordId: interview.id, label: 'W-01 — 2026-03-10' }),
    ]);
  });
});

describe('signature and amendments', () => {
  it('signing freezes the notes as version 1: later saves and updates are refused', async () => {
    const cf = await caseFile({ startAt: START });
    const { caseId, interview, signed } = await signedInterview(cf);
    expect(signed).toMatchObject({ status: 'signed', signedAt: START, amendments: [] });
    expect(richTextToPlain(signed.notes)).toBe('Le témoin a vu le camion.\nIl était 22 h.');
    const save = await cf.refusal('interviews.saveNotes', {
      interviewId: interview.id,
      notes: notes('Changed'),
      baseRevision: signed.notesRevision,
    });
    expect(save).toMatchObject({
      code: 'CONFLICT',
      reason: 'interviews.notesReadOnly',
      message: expect.stringContaining('signed: its notes are read-only'),
    });
    expect(
      (
        await cf.refusal('interviews.update', {
          interviewId: interview.id,
          arrangements: arrangements({ recorded: true }),
        })
      ).code,
    ).toBe('CONFLICT');
    expect((await cf.refusal('interviews.sign', { interviewId: interview.id })).code).toBe('CONFLICT');
    expect((await cf.call('interviews.list', { caseId })).items[0]?.versions).toBe(1);
    const row = (await auditOf(cf, caseId)).at(-1);
    expect(row).toMatchObject({
      action: 'interview.sign',
      details: { version: 1, signedAt: START, notesSha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(JSON.stringify(row)).not.toContain('camion');
  });

  it('refuses to sign empty notes, a planned interview, or a signature dated before the interview', async () => {
    const cf = await caseFile({ startAt: START });
    const { person, interview } = await witnessInterview(cf);
    expect((await cf.refusal('interviews.sign', { interviewId: interview.id })).code).toBe('CONFLICT');
    await cf.call('consents.record', consent(person.id, at(START, -110)));
    await cf.call('interviews.markConducted', { interviewId: interview.id, conductedAt: at(START, -60) });
    expect((await cf.refusal('interviews.sign', { interviewId: interview.id })).message).toContain(
      'The notes are empty',
    );
    await cf.call('interviews.saveNotes', { interviewId: interview.id, notes: notes('Statement'), baseRevision: 0 });
    expect((await cf.refusal('interviews.sign', { interviewId: interview.id, signedAt: at(START, -61) })).code).toBe(
      'VALIDATION',
    );
    expect((await cf.refusal('interviews.sign', { interviewId: interview.id, signedAt: at(START, 1) })).code).toBe(
      'VALIDATION',
    );
    expect((await cf.call('interviews.sign', { interviewId: interview.id, signedAt: at(START, -30) })).signedAt).toBe(
      at(START, -30),
    );
  });

  it('an amendment is a new version with its reason; versions 1 and 2 both stay readable', async () => {
    const cf = await caseFile({ startAt: START });
    const { caseId, interview } = await signedInterview(cf);
    cf.clock.advance(5 * MINUTE);
    const amended = await cf.call('interviews.amend', {
      interviewId: interview.id,
      reason: 'The witness corrected the time on re-reading',
      notes: notes('Le témoin a vu le camion.\nIl était 23 h.'),
    });
    expect(richTextToPlain(amended.notes)).toBe('Le témoin a vu le camion.\nIl était 22 h.');
    expect(amended.amendments).toEqual([
      {
        version: 2,
        amendedAt: at(START, 5),
        reason: 'The witness corrected the time on re-reading',
        notes: notes('Le témoin a vu le camion.\nIl était 23 h.'),
      },
    ]);
    const reread = await cf.call('interviews.get', { interviewId: interview.id });
    expect(reread).toEqual(amended);
    expect((await cf.call('interviews.list', { caseId })).items[0]?.versions).toBe(2);
    expect((await auditOf(cf, caseId)).at(-1)).toMatchObject({
      action: 'interview.amend',
      details: { version: 2, reason: 'The witness corrected the time on re-reading' },
    });
    // Search finds the text as it now stands.
    expect((await cf.call('search.query', { q: '23', caseId })).items.map((hit) => hit.recordId)).toEqual([
      interview.id,
    ]);

    const third = await cf.call('interviews.amend', {
      interviewId: interview.id,
      reason: 'Typo',
      notes: notes('Le témoin a vu le camion blanc.\nIl était 23 h.'),
    });
    expect(third.amendments.map((a) => a.version)).toEqual([2, 3]);
    expect(
      (
        await cf.refusal('interviews.amend', {
          interviewId: interview.id,
          reason: 'Same',
          notes: third.amendments[1]!.notes,
        })
      ).code,
    ).toBe('VALIDATION');
  });

  it('only a signed interview is amended', async () => {
    const cf = await caseFile({ startAt: START });
    const { interview } = await witnessInterview(cf);
    const refusal = await cf.refusal('interviews.amend', {
      interviewId: interview.id,
      reason: 'Early',
      notes: notes('x'),
    });
    expect(refusal).toMatchObject({
      code: 'CONFLICT',
      reason: 'interviews.amendNotSigned',
      params: { status: 'planned' },
      message: expect.stringContaining('only a signed interview is amended'),
    });
  });

  it('keeps signed versions out of reach of a raw edit of the notes column', async () => {
    const cf = await caseFile({ startAt: START });
    const { interview } = await signedInterview(cf);
    await cf.rawDatabase((db) =>
      db.prepare(`UPDATE interviews SET notes = '{"blocks":[]}' WHERE id = ?`).run(interview.id),
    );
    const record = await cf.call('interviews.get', { interviewId: interview.id });
    expect(richTextToPlain(record.notes)).toBe('Le témoin a vu le camion.\nIl était 22 h.');
  });
});
