import { describe, expect, it } from 'vitest';
import { openCase, useEvidenceFiles, type EvidenceFile } from '../evidence/evidence-fixture.js';
import { substantiate } from './referral-case.js';

const REASON = 'The Member State asked for the referral before the investigation report is final.';

/** A case under investigation with an individual police officer (an expert on mission) and no finding yet. */
async function caseAwaitingFinding(ef: EvidenceFile) {
  const created = await openCase(ef);
  const victim = await ef.call('people.add', {
    caseId: created.id,
    profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
  });
  const subject = await ef.call('people.add', {
    caseId: created.id,
    profile: { role: 'subject', personnelCategory: 'police_unpol', nationality: 'URY' },
  });
  await ef.call('cases.changeStatus', { caseId: created.id, to: 'under_investigation', reason: 'Credible' });
  const referral = {
    caseId: created.id,
    templateId: 'member_state_referral',
    language: 'en' as const,
    formats: ['pdf' as const],
  };
  return { created, victim, subject, referral };
}

const letterRows = (ef: EvidenceFile) =>
  ef.rawDatabase((db) => (db.prepare('SELECT count(*) AS n FROM letters').get() as { n: number }).n);

describe('a letter only where it applies', () => {
  const open = useEvidenceFiles();

  it('refuses a referral the case does not call for, in preview and generate alike, with its reason', async () => {
    const ef = await open();
    const { referral } = await caseAwaitingFinding(ef);
    const { formats: _formats, ...preview } = referral;
    const expected = {
      code: 'VALIDATION',
      reason: 'letters.awaitsFinding',
      message:
        'A “Referral to a Member State (through OLA)” about S-01 is made once the investigation has found the ' +
        'allegation substantiated, and no finding is recorded for S-01 yet.',
    };
    expect(await ef.refusal('letters.preview', preview)).toMatchObject(expected);
    expect(await ef.refusal('letters.generate', referral)).toMatchObject(expected);
    const tcc = await ef.refusal('letters.generate', { ...referral, templateId: 'tcc_notification' });
    expect(tcc).toMatchObject({ code: 'VALIDATION', reason: 'letters.subjectCategoryMismatch' });
    expect(await letterRows(ef)).toBe(0);
  });

  it('makes it as an exception with a reason: kept in the register, audited as one without the text', async () => {
    const ef = await open();
    const { created, subject, referral } = await caseAwaitingFinding(ef);
    const entry = await ef.call('letters.generate', { ...referral, exception: { reason: REASON } });
    expect(entry).toMatchObject({ kind: 'member_state_referral', exception: { reason: REASON } });
    expect(entry.concerns).toEqual({ personId: subject.id, code: 'S-01' });
    const { letters } = await ef.call('letters.list', { caseId: created.id });
    expect(letters[0]?.exception).toEqual({ reason: REASON });
    expect((await ef.call('letters.get', { letterId: entry.id })).exception).toEqual({ reason: REASON });

    const audit = await ef.rawDatabase(
      (db) =>
        db.prepare(`SELECT details FROM audit_log WHERE action = 'letter.generate'`).all() as { details: string }[],
    );
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ templateId: 'member_state_referral', exception: true });
    expect(audit[0]!.details).not.toContain('Member State asked');

    // Once the finding is recorded the referral applies: made the ordinary way, it is no exception.
    await substantiate(ef, created.id, subject.id);
    ef.clock.advance(60_000);
    const ordinary = await ef.call('letters.generate', referral);
    expect(ordinary).not.toHaveProperty('exception');
    const rows = await ef.rawDatabase(
      (db) =>
        db.prepare(`SELECT details FROM audit_log WHERE action = 'letter.generate' ORDER BY seq`).all() as {
          details: string;
        }[],
    );
    expect(JSON.parse(rows[1]!.details)).not.toHaveProperty('exception');
  });

  it('refuses an exception for a letter that applies, for any closure letter, and a blank reason', async () => {
    const ef = await open();
    const { created, victim, subject, referral } = await caseAwaitingFinding(ef);
    expect(await ef.refusal('letters.generate', { ...referral, exception: { reason: '   ' } })).toMatchObject({
      code: 'VALIDATION',
    });
    const closure = {
      ...referral,
      templateId: 'closure_substantiated',
      victimId: victim.id,
      exception: { reason: REASON },
    };
    const closureWords =
      'A closure letter cannot be made as an exception: it tells the victim how the case ended, and what it says ' +
      'would not be true. Record the outcome first.';
    expect(await ef.refusal('letters.generate', closure)).toMatchObject({
      code: 'VALIDATION',
      reason: 'letters.closureNoException',
      message: closureWords,
    });

    await substantiate(ef, created.id, subject.id);
    // The case is closed as substantiated now: the closure letter applies, and still is never an exception.
    expect(await ef.refusal('letters.generate', closure)).toMatchObject({ reason: 'letters.closureNoException' });
    expect(await ef.refusal('letters.generate', { ...referral, exception: { reason: REASON } })).toMatchObject({
      code: 'VALIDATION',
      reason: 'letters.exceptionNotNeeded',
      message:
        'A “Referral to a Member State (through OLA)” applies to this case as its facts stand: make it without an ' +
        'exception (no reason is needed).',
    });
    expect(await letterRows(ef)).toBe(0);
  });
});

describe('letters.applicable', () => {
  const open = useEvidenceFiles();

  it('says per kind whether it applies, whom it may concern, or why not, in the asked language', async () => {
    const ef = await open();
    const { created, subject } = await caseAwaitingFinding(ef);
    const byKind = async (locale: 'en' | 'fr') =>
      Object.fromEntries(
        (await ef.call('letters.applicable', { caseId: created.id, locale })).letters.map((entry) => [
          entry.kind,
          entry,
        ]),
      );
    const before = await byKind('fr');
    expect(before['member_state_referral']).toMatchObject({ applies: false, subjects: [], exceptionPossible: true });
    expect(before['member_state_referral']?.reasons).toEqual([
      expect.stringMatching(/^La lettre « Renvoi à un État Membre/),
    ]);
    expect(before['tcc_notification']).toMatchObject({ applies: false, exceptionPossible: true });
    expect(before['closure_substantiated']).toMatchObject({ applies: false, exceptionPossible: false });
    // Her letter waits for the finding on the subject (issue 11: per victim, from her subjects' findings).
    expect(before['closure_substantiated']?.reasons).toEqual([
      expect.stringContaining('aucune conclusion n’est encore enregistrée concernant S-01'),
    ]);

    await substantiate(ef, created.id, subject.id);
    const after = await byKind('en');
    expect(after['member_state_referral']).toMatchObject({
      applies: true,
      subjects: [{ id: subject.id, code: 'S-01' }],
      reasons: [],
      exceptionPossible: false,
    });
    expect(after['hr_referral']?.reasons).toEqual([expect.stringMatching(/^S-01 is “Police \(UNPOL\)”/)]);
    expect(after['closure_substantiated']).toMatchObject({ applies: true, reasons: [] });
  });
});
