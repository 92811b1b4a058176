import { describe, expect, it } from 'vitest';
import { openCase, subject, victim } from '../people/people-fixture.js';
import { auditOf, caseWithMotherAndSubject, child, samplingConsent, START, useCaseFiles } from './paternity-fixture.js';

const caseFile = useCaseFiles();

describe('paternity.add', () => {
  it('records one child per claim with codes C-01, C-02…, strictly confidential by default', async () => {
    const cf = await caseFile({ startAt: START });
    const { caseId, mother, father } = await caseWithMotherAndSubject(cf);
    const first = await cf.call('paternity.add', { caseId, child: child(mother.id, father.id) });
    const second = await cf.call('paternity.add', {
      caseId,
      child: child(mother.id, father.id, { birth: { precision: 'unknown' }, status: 'under_assessment' }),
    });
    expect(first).toMatchObject({
      caseId,
      code: 'C-01',
      motherCode: 'V-01',
      subjectCode: 'S-01',
      status: 'reported',
      confidentiality: 'strictly_confidential',
      dna: {},
      support: {},
    });
    expect(second.code).toBe('C-02');
    const { items } = await cf.call('paternity.list', { caseId });
    expect(items.map((c) => c.code)).toEqual(['C-01', 'C-02']);
  });

  it('never hands out a code twice, even when a record is removed behind the app', async () => {
    const cf = await caseFile({ startAt: START });
    const { caseId, mother, father } = await caseWithMotherAndSubject(cf);
    const first = await cf.call('paternity.add', { caseId, child: child(mother.id, father.id) });
    await cf.rawDatabase((db) => {
      expect(() => db.prepare('DELETE FROM paternity_children WHERE id = ?').run(first.id)).toThrow(/never reused/);
      expect(() => db.prepare("UPDATE paternity_children SET code = 'C-07' WHERE id = ?").run(first.id)).toThrow(
        /keeps its case and code/,
      );
    });
    expect((await cf.call('paternity.add', { caseId, child: child(mother.id, father.id) })).code).toBe('C-02');
  });

  it('numbers each case on its own', async () => {
    const cf = await caseFile({ startAt: START });
    const one = await caseWithMotherAndSubject(cf);
    const { id: otherCase } = await openCase(cf);
    const m2 = await cf.call('people.add', { caseId: otherCase, profile: victim() });
    const s2 = await cf.call('people.add', { caseId: otherCase, profile: subject() });
    await cf.call('paternity.add', { caseId: one.caseId, child: child(one.mother.id, one.father.id) });
    expect((await cf.call('paternity.add', { caseId: otherCase, child: child(m2.id, s2.id) })).code).toBe('C-01');
  });

  it('refuses a mother or a subject of another case, or of the wrong role, saying why', async () => {
    const cf = await caseFile({ startAt: START });
    const { caseId, mother, father, other } = await caseWithMotherAndSubject(cf);
    const { id: otherCase } = await openCase(cf);
    const elsewhereVictim = await cf.call('people.add', { caseId: otherCase, profile: victim() });
    const elsewhereSubject = await cf.call('people.add', { caseId: otherCase, profile: subject() });

    expect(await cf.refusal('paternity.add', { caseId, child: child(elsewhereVictim.id, father.id) })).toMatchObject({
      code: 'VALIDATION',
      reason: 'paternity.motherElsewhere',
      message: 'The mother must be a victim of this case; the person chosen belongs to another case.',
    });
    expect(await cf.refusal('paternity.add', { caseId, child: child(mother.id, elsewhereSubject.id) })).toMatchObject({
      reason: 'paternity.subjectElsewhere',
    });
    expect(await cf.refusal('paternity.add', { caseId, child: child(other.id, father.id) })).toMatchObject({
      code: 'VALIDATION',
      reason: 'paternity.motherNotVictim',
      message: 'W-01 is not recorded as a victim: the mother must be a victim of this case.',
    });
    expect(await cf.refusal('paternity.add', { caseId, child: child(mother.id, other.id) })).toMatchObject({
      reason: 'paternity.subjectNotSubject',
      params: { person: 'W-01' },
    });
    expect((await cf.call('paternity.list', { caseId })).items).toEqual([]);
  });

  it('refuses DNA steps out of order and dates after today, naming the field', async () => {
    const cf = await caseFile({ startAt: START });
    const { caseId, mother, father } = await caseWithMotherAndSubject(cf);
    const sentOnly = await cf.refusal('paternity.add', {
      caseId,
      child: child(mother.id, father.id, { dna: { sampleSentOn: '2026-03-09' } }),
    });
    expect(sentOnly).toMatchObject({ code: 'VALIDATION', reason: 'paternity.sentBeforeTaken' });
    const future = await cf.refusal('paternity.add', {
      caseId,
      child: child(mother.id, father.id, { reportedOn: '2026-03-12' }),
    });
    expect(future).toMatchObject({
      reason: 'paternity.inFuture',
      message: 'A date of the claim cannot be later than today.',
    });
  });
});

describe('DNA and the mother’s consent', () => {
  it('refuses a sample taken without the mother’s recorded consent to forensic sampling', async () => {
    const cf = await caseFile({ startAt: START });
    const { caseId, mother, father } = await caseWithMotherAndSubject(cf);
    const withSample = child(mother.id, father.id, { status: 'dna_requested', dna: { sampleTakenOn: '2026-03-10' } });
    expect(await cf.refusal('paternity.add', { caseId, child: withSample })).toEqual({
      code: 'CONSENT_REQUIRED',
      reason: 'paternity.dnaConsentMissing',
      params: { person: 'V-01' },
      message:
        'No consent of V-01 (or her guardian) to forensic sampling is recorded for the day the sample was taken. ' +
        'Record her decision first; her wishes decide.',
    });
    // A consent to something else does not count.
    await cf.call('consents.record', { ...samplingConsent(mother.id), purpose: 'medical_exam' });
    expect((await cf.refusal('paternity.add', { caseId, child: withSample })).code).toBe('CONSENT_REQUIRED');

    await cf.call('consents.record', samplingConsent(mother.id));
    const recorded = await cf.call('paternity.add', { caseId, child: withSample });
    expect(recorded.dna).toEqual({ sampleTakenOn: '2026-03-10' });
  });

  it('refuses a sample after the mother withdrew her consent, and adding one later on update', async () => {
    const cf = await caseFile({ startAt: START });
    const { caseId, mother, father } = await caseWithMotherAndSubject(cf);
    const added = await cf.call('paternity.add', { caseId, child: child(mother.id, father.id) });
    await cf.call('consents.record', samplingConsent(mother.id, -3000));
    await cf.call('consents.record', { ...samplingConsent(mother.id, -600), decision: 'withdrawn' });
    const refusal = await cf.refusal('paternity.update', {
      childId: added.id,
      child: child(mother.id, father.id, { dna: { sampleTakenOn: '2026-03-10' } }),
    });
    expect(refusal.code).toBe('CONSENT_REQUIRED');
    // Taken on the day before the withdrawal: her consent was then in force.
    const updated = await cf.call('paternity.update', {
      childId: added.id,
      child: child(mother.id, father.id, { dna: { sampleTakenOn: '2026-03-08' } }),
    });
    expect(updated.dna.sampleTakenOn).toBe('2026-03-08');
  });

  it('refuses DNA where the case records that national law does not accept it', async () => {
    const cf = await caseFile({ startAt: START });
    const { caseId, mother, father } = await caseWithMotherAndSubject(cf);
    await cf.call('cases.update', {
      caseId,
      changes: {
        paternityClaim: { claimed: true, status: 'pending', dnaPermittedByNationalLaw: 'no', dnaSampleTaken: false },
      },
    });
    const refusal = await cf.refusal('paternity.add', {
      caseId,
      child: child(mother.id, father.id, { status: 'dna_requested' }),
    });
    expect(refusal).toMatchObject({ code: 'CONFLICT', reason: 'paternity.dnaNotPermitted' });
  });
});

describe('the case’s paternity claim follows its children', () => {
  it('is made when the first child is recorded, and its status, sample and contact follow the children', async () => {
    const cf = await caseFile({ startAt: START });
    const { caseId, mother, father } = await caseWithMotherAndSubject(cf);
    expect((await cf.call('cases.get', { caseId })).paternityClaim).toEqual({ claimed: false });
    const first = await cf.call('paternity.add', { caseId, child: child(mother.id, father.id) });
    expect((await cf.call('cases.get', { caseId })).paternityClaim).toEqual({
      claimed: true,
      status: 'pending',
      dnaPermittedByNationalLaw: 'unknown',
      dnaSampleTaken: false,
    });
    // Consent given two weeks before, in force on the day the sample was taken.
    await cf.call('consents.record', samplingConsent(mother.id, -20_000));
    await cf.call('paternity.update', {
      childId: first.id,
      child: child(mother.id, father.id, {
        status: 'established',
        dna: { sampleTakenOn: '2026-03-01', sampleSentOn: '2026-03-02', result: 'match', resultOn: '2026-03-08' },
        memberStateContact: { state: 'Member State X', on: '2026-03-03', how: 'note_verbale' },
      }),
    });
    expect((await cf.call('cases.get', { caseId })).paternityClaim).toEqual({
      claimed: true,
      status: 'established',
      dnaPermittedByNationalLaw: 'unknown',
      dnaSampleTaken: true,
      memberStateNotifiedOn: '2026-03-03',
    });
  });

  it('refuses an intake edit that denies a claim with children, and keeps what only the case knows', async () => {
    const cf = await caseFile({ startAt: START });
    const { caseId, mother, father } = await caseWithMotherAndSubject(cf);
    await cf.call('paternity.add', { caseId, child: child(mother.id, father.id, { status: 'withdrawn' }) });
    expect(await cf.refusal('cases.update', { caseId, changes: { paternityClaim: { claimed: false } } })).toMatchObject(
      { code: 'CONFLICT', reason: 'paternity.claimHasChildren', params: { children: 1 } },
    );
    const edited = await cf.call('cases.update', {
      caseId,
      changes: {
        paternityClaim: {
          claimed: true,
          status: 'established',
          dnaPermittedByNationalLaw: 'yes',
          dnaSampleTaken: true,
          nationalFocalPoint: 'National focal point',
        },
      },
    });
    // Status and sample follow the child (withdrawn: closed, no sample); national law and focal point are kept.
    expect(edited.paternityClaim).toEqual({
      claimed: true,
      status: 'closed',
      dnaPermittedByNationalLaw: 'yes',
      dnaSampleTaken: false,
      nationalFocalPoint: 'National focal point',
    });
  });

  it('is what the contributing-country notification prints: a paternity section with the first child', async () => {
    const cf = await caseFile({ startAt: START });
    // The father is a contingent member: his contributing country is notified (a Member State referral is not his).
    const { caseId, mother, father } = await caseWithMotherAndSubject(cf);
    const request = { caseId, templateId: 'tcc_notification', language: 'en' as const, subjectId: father.id };
    const text = async () => JSON.stringify((await cf.call('letters.preview', request)).model);
    expect(await text()).not.toContain('A paternity claim has been made');
    await cf.call('paternity.add', { caseId, child: child(mother.id, father.id) });
    expect(await text()).toContain('A paternity claim has been made');
  });
});

describe('audit and chronology', () => {
  it('audits each change by codes only: no State, note, amount or date of birth', async () => {
    const cf = await caseFile({ startAt: START });
    const { caseId, mother, father } = await caseWithMotherAndSubject(cf);
    const added = await cf.call('paternity.add', {
      caseId,
      child: child(mother.id, father.id, { note: 'Lives with her aunt in Bambari' }),
    });
    await cf.call('paternity.update', {
      childId: added.id,
      child: child(mother.id, father.id, {
        note: 'Lives with her aunt in Bambari',
        status: 'under_assessment',
        support: { amount: 'USD 150 a month', orderedOn: '2026-03-05' },
        memberStateContact: { state: 'Ruritania', on: '2026-03-04', how: 'letter' },
      }),
    });
    const rows = (await auditOf(cf, caseId)).filter((row) => row.action.startsWith('paternity.'));
    expect(rows.map((row) => [row.action, row.target?.label])).toEqual([
      ['paternity.add', 'C-01'],
      ['paternity.update', 'C-01'],
    ]);
    expect(rows[1]?.details).toMatchObject({
      fields: ['status', 'memberStateContact', 'support'],
      code: 'C-01',
      motherCode: 'V-01',
      subjectCode: 'S-01',
      status: 'under_assessment',
      statusFrom: 'reported',
      memberStateContacted: true,
      supportSteps: ['amount', 'orderedOn'],
    });
    const written = JSON.stringify(rows);
    for (const secret of ['Bambari', 'Ruritania', 'USD', '2025-11']) expect(written).not.toContain(secret);
  });

  it('puts birth, claim, DNA, contact and support on the chronology under the child’s code', async () => {
    const cf = await caseFile({ startAt: START });
    const { caseId, mother, father } = await caseWithMotherAndSubject(cf);
    await cf.call('consents.record', samplingConsent(mother.id, -20_000));
    await cf.call('paternity.add', {
      caseId,
      child: child(mother.id, father.id, {
        birth: { precision: 'day', from: '2025-11-20' },
        status: 'dna_requested',
        dna: { sampleTakenOn: '2026-03-06', sampleSentOn: '2026-03-07' },
        memberStateContact: { state: 'Ruritania', on: '2026-03-08', how: 'email' },
        support: { lastPaidOn: '2026-03-10' },
      }),
    });
    const { dated } = await cf.call('timeline.list', { caseId });
    const events = dated.filter((event) => event.kind === 'paternity');
    expect(events.map((event) => event.title)).toEqual([
      'Birth of child C-01',
      'DNA sample taken for child C-01',
      'DNA sample for child C-01 sent for analysis',
      'Member State contacted about child C-01',
      'Paternity claim reported for child C-01',
      'Child support paid for child C-01',
    ]);
    expect(new Set(events.map((event) => event.confidentiality))).toEqual(new Set(['strictly_confidential']));
    expect(events[0]).toMatchObject({ basis: 'reported_by_source', derivedFrom: { kind: 'paternity_child' } });
    const fr = await cf.call('timeline.list', { caseId, locale: 'fr' });
    expect(fr.dated.map((event) => event.title)).toContain('Naissance de l’enfant C-01');
  });
});
