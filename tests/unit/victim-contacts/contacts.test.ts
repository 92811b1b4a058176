import { describe, expect, it } from 'vitest';
import { openCase as openEvidenceCase, useEvidenceFiles } from '../evidence/evidence-fixture.js';
import { at, auditOf, openCase, START, useCaseFiles, victim, witness } from '../people/people-fixture.js';

const caseFile = useCaseFiles();

describe('victimContacts.log', () => {
  it('logs each contact with what the victim was told, audited without names, on the chronology', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    const v = await cf.call('people.add', { caseId, profile: victim() });
    const i = await cf.call('people.add', {
      caseId,
      profile: { role: 'interpreter', languages: ['sg', 'fr'], vetting: { vetted: true } },
    });
    const logged = await cf.call('victimContacts.log', {
      personId: v.id,
      at: at(START, -30),
      by: 'Investigator Marie Dupont',
      channel: 'phone',
      language: 'sg',
      interpreterPersonId: i.id,
      told: ['progress', 'assistance'],
      note: 'She asked whether her name will be given to the battalion',
    });
    expect(logged).toMatchObject({ caseId, personId: v.id, channel: 'phone', told: ['progress', 'assistance'] });
    expect((await cf.call('victimContacts.list', { caseId, personId: v.id })).items).toEqual([logged]);

    const [row] = (await auditOf(cf, caseId)).filter((r) => r.action === 'victim_contact.log');
    expect(row?.details).toMatchObject({ code: 'V-01', channel: 'phone', interpreterCode: 'I-01', note: true });
    expect(JSON.stringify(row)).not.toMatch(/Dupont|battalion/);

    const { dated } = await cf.call('timeline.list', { caseId });
    const event = dated.find((e) => e.derivedFrom?.kind === 'victim_contact');
    expect(event).toMatchObject({ kind: 'victim_contact', title: 'Contact with V-01 (By phone)' });
  });

  it('refuses a contact with someone who is not a victim, an interpreter who is not one, a date ahead', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    const v = await cf.call('people.add', { caseId, profile: victim() });
    const w = await cf.call('people.add', { caseId, profile: witness() });
    const base = { by: 'Investigator', channel: 'in_person' as const, language: 'fr', told: ['progress' as const] };
    expect((await cf.refusal('victimContacts.log', { ...base, personId: w.id, at: START })).message).toBe(
      'Contacts are logged with a victim; W-01 is not recorded as a victim in this case.',
    );
    const badInterpreter = await cf.refusal('victimContacts.log', {
      ...base,
      personId: v.id,
      at: START,
      interpreterPersonId: w.id,
    });
    expect(badInterpreter.message).toBe('The interpreter must be a person of this case recorded as an interpreter.');
    expect((await cf.refusal('victimContacts.log', { ...base, personId: v.id, at: at(START, 60) })).message).toBe(
      'A contact with a victim cannot be dated in the future.',
    );
    expect((await cf.refusal('victimContacts.log', { ...base, personId: v.id, at: START, told: [] })).code).toBe(
      'VALIDATION',
    );
    expect((await cf.call('victimContacts.list', { caseId })).items).toEqual([]);
  });

  it('counts as a first contact for R8: a victim called without an offer is a finding', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    const v = await cf.call('people.add', { caseId, profile: victim() });
    const r8 = async () =>
      (await cf.call('principles.check', { caseId })).findings.filter((f) => f.rule === 'R8').map((f) => f.code);
    expect(await r8()).toEqual(['R8_OFFER_AT_FIRST_CONTACT']);
    await cf.call('victimContacts.log', {
      personId: v.id,
      at: at(START, -600),
      by: 'Investigator',
      channel: 'phone',
      language: 'fr',
      told: ['progress'],
    });
    expect(await r8()).toEqual(['R8_ASSISTANCE_NOT_OFFERED']);
    await cf.call('assistance.offer', { personId: v.id, service: 'psychosocial', offeredAt: at(START, -590) });
    expect(await r8()).toEqual([]);
  });
});

describe("a closure letter's delivery is a contact with the victim", () => {
  const open = useEvidenceFiles();

  it('is logged once, through the letters’ reaction, told the outcome, in the language it was given in', async () => {
    const ef = await open();
    const created = await openEvidenceCase(ef);
    const v = await ef.call('people.add', {
      caseId: created.id,
      profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'sg' },
    });
    await ef.call('cases.changeStatus', { caseId: created.id, to: 'under_investigation', reason: 'Credible' });
    await ef.call('cases.changeStatus', {
      caseId: created.id,
      to: 'not_substantiated',
      reason: 'No corroboration',
      closureGround: 'insufficient_evidence',
    });
    const letter = await ef.call('letters.generate', {
      caseId: created.id,
      templateId: 'closure_not_substantiated',
      language: 'fr',
      victimId: v.id,
      formats: ['pdf'],
      details: { advocate: { name: 'VRA Bambari', phone: '+236 70 00 00 01' } },
    });
    ef.clock.advance(60_000);
    const delivery = {
      letterId: letter.id,
      how: 'hand' as const,
      at: new Date(ef.clock.now - 30_000).toISOString(),
      by: 'VRA Bambari',
      language: 'fr',
      oralTranslation: { language: 'sg', interpreter: 'Interpreter 3' },
    };
    await ef.call('letters.recordDelivery', delivery);
    await ef.call('letters.recordDelivery', { ...delivery, how: 'oral' });
    const { items } = await ef.call('victimContacts.list', { caseId: created.id });
    expect(items).toEqual([
      expect.objectContaining({
        personId: v.id,
        at: delivery.at,
        by: 'VRA Bambari',
        channel: 'in_person',
        language: 'sg',
        told: ['outcome'],
        letterId: letter.id,
      }),
    ]);
    const { dated } = await ef.call('timeline.list', { caseId: created.id });
    expect(dated.map((e) => e.title)).toContain(`Closure letter delivered to ${v.code}`);
  });
});
