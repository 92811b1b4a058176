import { describe, expect, it } from 'vitest';
import { auditOf, guardian, openCase, START, subject, useCaseFiles, victim, witness } from './people-fixture.js';

const caseFile = useCaseFiles();

const SECRET_NAME = 'Amina Ndakala-Secret';
const SECRET_CONTACT = '+236 70 00 12 34';

describe('people.add', () => {
  it('gives each role its own sequence of codes: V-01, V-02, W-01, S-01, G-01', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    const codes: string[] = [];
    for (const profile of [victim(), witness(), subject(), victim(), guardian()]) {
      codes.push((await cf.call('people.add', { caseId, profile })).code);
    }
    expect(codes).toEqual(['V-01', 'W-01', 'S-01', 'V-02', 'G-01']);
    // Listed by role (victims first), then by number.
    const { items } = await cf.call('people.list', { caseId });
    expect(items.map((person) => person.code)).toEqual(['V-01', 'V-02', 'W-01', 'S-01', 'G-01']);
  });

  it('numbers each case on its own', async () => {
    const cf = await caseFile({ startAt: START });
    const a = await openCase(cf);
    const b = await openCase(cf);
    await cf.call('people.add', { caseId: a.id, profile: victim() });
    expect((await cf.call('people.add', { caseId: b.id, profile: victim() })).code).toBe('V-01');
    // The case may be named by its reference too.
    expect((await cf.call('people.list', { caseId: b.reference })).items.map((p) => p.code)).toEqual(['V-01']);
  });

  it('never hands a code out twice, even after the record holding it is gone', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    await cf.call('people.add', { caseId, profile: victim() });
    const second = await cf.call('people.add', { caseId, profile: victim() });
    // Someone with the key removes V-02's row directly; the register of issued codes stays.
    await cf.rawDatabase((db) => db.prepare('DELETE FROM people WHERE id = ?').run(second.id));
    expect((await cf.call('people.add', { caseId, profile: victim() })).code).toBe('V-03');
  });

  it('refuses an unknown case, and a guardian link to someone who is not a guardian of the case', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    expect((await cf.refusal('people.add', { caseId: 'CF-2026-0099', profile: victim() })).code).toBe('NOT_FOUND');
    const w = await cf.call('people.add', { caseId, profile: witness() });
    const refusal = await cf.refusal('people.add', { caseId, profile: victim('minor', { guardianPersonId: w.id }) });
    expect(refusal).toMatchObject({
      code: 'VALIDATION',
      reason: 'people.guardianRole',
      message: expect.stringContaining('guardian'),
    });
    const other = await openCase(cf);
    const g = await cf.call('people.add', { caseId: other.id, profile: guardian() });
    expect(
      (await cf.refusal('people.add', { caseId, profile: victim('minor', { guardianPersonId: g.id }) })).code,
    ).toBe('VALIDATION');
    const own = await cf.call('people.add', { caseId, profile: guardian() });
    const child = await cf.call('people.add', { caseId, profile: victim('minor', { guardianPersonId: own.id }) });
    expect(child.profile).toMatchObject({ role: 'victim', guardianPersonId: own.id });
    const excepted = (recordedAt: string) =>
      victim('minor', {
        guardianConsentException: {
          reason: 'guardian_implicated',
          justification: 'The uncle is the subject',
          recordedAt,
        },
      });
    expect(
      (await cf.refusal('people.add', { caseId, profile: excepted('2026-03-10T09:00:00.001Z') })).message,
    ).toContain('cannot be dated in the future');
    expect((await cf.call('people.add', { caseId, profile: excepted(START) })).code).toBe('V-02');
  });

  it("computes a victim's age band at the incident from the date of birth, over the recorded band", async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    // Born May 2010: fifteen on 2 March 2026, whatever the investigator first noted.
    const child = await cf.call('people.add', {
      caseId,
      profile: victim('adult'),
      identity: { dateOfBirth: { precision: 'day', from: '2010-05-01' }, confidentiality: 'strictly_confidential' },
    });
    expect(child.ageBandAtIncident).toBe('minor');
    expect(child.profile).toMatchObject({ ageBand: 'adult' });
    const adult = await cf.call('people.add', { caseId, profile: victim('adult') });
    expect(adult.ageBandAtIncident).toBe('adult');
    expect((await cf.call('people.add', { caseId, profile: witness() })).ageBandAtIncident).toBeNull();
  });
});

describe('identity', () => {
  it('never appears in people.list, people.add or the search index; only which fields are recorded', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    const added = await cf.call('people.add', {
      caseId,
      profile: victim('minor'),
      identity: {
        fullName: SECRET_NAME,
        contact: SECRET_CONTACT,
        otherNames: '  ',
        confidentiality: 'strictly_confidential',
      },
    });
    const listed = await cf.call('people.list', { caseId });
    for (const reply of [added, listed]) {
      expect(JSON.stringify(reply)).not.toContain('Ndakala');
      expect(JSON.stringify(reply)).not.toContain(SECRET_CONTACT);
    }
    // A blank field counts as not recorded.
    expect(listed.items[0]?.identityRecorded).toEqual(['fullName', 'contact']);
    expect((await cf.call('search.query', { q: 'Ndakala' })).items).toEqual([]);
    const hits = (await cf.call('search.query', { q: 'female', caseId })).items;
    expect(hits).toEqual([expect.objectContaining({ kind: 'person', recordId: added.id, label: 'V-01' })]);
  });

  it('is shown only by revealIdentity, which needs a reason and is audited without the values', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    const person = await cf.call('people.add', {
      caseId,
      profile: victim(),
      identity: { fullName: SECRET_NAME, contact: SECRET_CONTACT, confidentiality: 'strictly_confidential' },
    });
    expect((await cf.refusal('people.revealIdentity', { personId: person.id, reason: '   ' })).code).toBe('VALIDATION');

    const revealed = await cf.call('people.revealIdentity', {
      personId: person.id,
      reason: 'Preparing the referral to the medical partner',
    });
    expect(revealed).toEqual({
      personId: person.id,
      code: 'V-01',
      identity: { fullName: SECRET_NAME, contact: SECRET_CONTACT, confidentiality: 'strictly_confidential' },
    });
    const rows = await auditOf(cf, caseId);
    const reveal = rows.find((row) => row.action === 'person.identity.reveal');
    expect(reveal).toMatchObject({
      target: { kind: 'person', id: person.id, label: 'V-01' },
      details: {
        code: 'V-01',
        reason: 'Preparing the referral to the medical partner',
        fields: ['fullName', 'contact'],
      },
    });
    const trail = JSON.stringify(rows);
    expect(trail).not.toContain('Ndakala');
    expect(trail).not.toContain(SECRET_CONTACT);
    expect(
      (await cf.refusal('people.revealIdentity', { personId: '00000000-0000-4000-8000-000000000000', reason: 'x' }))
        .code,
    ).toBe('NOT_FOUND');
  });

  it('setIdentity replaces the fields and audits their names only; unchanged, it writes nothing', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    const person = await cf.call('people.add', { caseId, profile: witness(), identity: { fullName: SECRET_NAME } });
    const updated = await cf.call('people.setIdentity', {
      personId: person.id,
      identity: { fullName: SECRET_NAME, address: 'Rue 12, Bangui', confidentiality: 'strictly_confidential' },
    });
    expect(updated.identityRecorded).toEqual(['fullName', 'address']);
    await cf.call('people.setIdentity', {
      personId: person.id,
      identity: { fullName: SECRET_NAME, address: 'Rue 12, Bangui' },
    });
    const sets = (await auditOf(cf, caseId)).filter((row) => row.action === 'person.identity.set');
    expect(sets).toHaveLength(1);
    expect(sets[0]?.details).toEqual({ code: 'W-01', changed: ['address'], recorded: ['fullName', 'address'] });
    expect(JSON.stringify(sets)).not.toContain('Rue 12');
    expect((await cf.call('people.revealIdentity', { personId: person.id, reason: 'Visit' })).identity.address).toBe(
      'Rue 12, Bangui',
    );
  });
});

describe('people.update', () => {
  it('replaces the profile under the same code, audits the names of the fields changed, and re-indexes', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    const s = await cf.call('people.add', { caseId, profile: subject() });
    cf.clock.advance(60_000);
    const updated = await cf.call('people.update', {
      personId: s.id,
      profile: { ...subject(), function: 'Convoy commander' },
    });
    expect(updated).toMatchObject({
      id: s.id,
      code: 'S-01',
      profile: { function: 'Convoy commander' },
      createdAt: s.createdAt,
    });
    expect(updated.updatedAt).not.toBe(s.updatedAt);
    const rows = await auditOf(cf, caseId);
    expect(rows.map((row) => row.action)).toEqual(['case.create', 'person.add', 'person.update']);
    expect(rows[2]?.details).toEqual({ code: 'S-01', changed: ['function'] });
    expect((await cf.call('search.query', { q: 'convoy', caseId })).items.map((hit) => hit.label)).toEqual(['S-01']);
    expect((await cf.call('search.query', { q: 'logistics', caseId })).items).toEqual([]);
  });

  it('refuses a change of role', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    const w = await cf.call('people.add', { caseId, profile: witness() });
    const refusal = await cf.refusal('people.update', { personId: w.id, profile: victim() });
    expect(refusal).toMatchObject({
      code: 'VALIDATION',
      reason: 'people.roleFixed',
      params: { person: 'W-01', role: 'witness' },
    });
    expect(refusal.message).toContain('W-01 is recorded as “Witness”; a role never changes');
  });
});
