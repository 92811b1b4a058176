import { describe, expect, it } from 'vitest';
import type { CaseCategory, CaseSubtype } from '../../../shared/domain/case.js';
import { intake, MINUTE, useCaseFiles, victimProfile } from './case-file-fixture.js';

const caseFile = useCaseFiles();

/** A case under investigation with one victim of the given age band. */
async function caseWithVictim(
  ageBand: 'adult' | 'minor' | 'unknown',
  classification: { category: CaseCategory | null; subtype: CaseSubtype | null },
) {
  const cf = await caseFile();
  const created = await cf.call('cases.create', intake(classification));
  await cf.call('people.add', { caseId: created.id, profile: victimProfile(ageBand) });
  cf.clock.advance(MINUTE);
  await cf.call('cases.changeStatus', { caseId: created.id, to: 'under_investigation', reason: 'Credible' });
  cf.clock.advance(MINUTE);
  return { cf, caseId: created.id };
}

describe('R5 at the case: a minor victim forces SA or "sexual activity with a minor"', () => {
  it(
    'refuses to classify as SE/transactional sex a case with a minor victim ' +
      '(RULE_BLOCKED, with the rule and its fix)',
    async () => {
      const { cf, caseId } = await caseWithVictim('minor', { category: null, subtype: null });
      const refused = await cf.refusal('cases.update', {
        caseId,
        changes: { category: 'SE', subtype: 'transactional_sex' },
      });
      expect(refused.code).toBe('RULE_BLOCKED');
      expect(refused).toMatchObject({
        reason: 'principles.refused',
        findings: [{ rule: 'R5', code: 'R5_MINOR_CLASSIFICATION', params: { people: 'V-01', category: 'SE' } }],
      });
      expect(refused.message).toContain(
        '\nR5: The case is classified as sexual exploitation without “sexual activity with a minor” although ' +
          'V-01 is or may be under 18. — Classify the case as sexual abuse',
      );
      const unchanged = await cf.call('cases.get', { caseId });
      expect([unchanged.category, unchanged.subtype]).toEqual([null, null]);
      expect((await cf.call('audit.list', { caseId })).items.map((e) => e.action)).not.toContain('case.update');
    },
  );

  it('allows the classifications R5 accepts for a minor victim, and any for an adult', async () => {
    const minor = await caseWithVictim('minor', { category: null, subtype: null });
    await minor.cf.call('cases.update', {
      caseId: minor.caseId,
      changes: { category: 'SE', subtype: 'sexual_activity_with_minor' },
    });
    await minor.cf.call('cases.update', { caseId: minor.caseId, changes: { category: 'SA', subtype: 'rape' } });
    const adult = await caseWithVictim('adult', { category: null, subtype: null });
    const classified = await adult.cf.call('cases.update', {
      caseId: adult.caseId,
      changes: { category: 'SE', subtype: 'transactional_sex' },
    });
    expect([classified.category, classified.subtype]).toEqual(['SE', 'transactional_sex']);
  });

  it(
    'checks the dates too: an incident date that makes the victim a child needs the ' +
      'classification fixed in the same change',
    async () => {
      const cf = await caseFile();
      const created = await cf.call(
        'cases.create',
        intake({
          category: 'SE',
          subtype: 'transactional_sex',
          incidentDates: [{ precision: 'day', from: '2025-01-10' }],
        }),
      );
      // Born 2007-06-01: an adult at the 2025 incident, a child at one in 2024.
      await cf.call('people.add', {
        caseId: created.id,
        profile: victimProfile('unknown'),
        identity: { dateOfBirth: { precision: 'day', from: '2007-06-01' } },
      });
      const earlier = [{ precision: 'day' as const, from: '2024-12-01' }];
      expect((await cf.refusal('cases.update', { caseId: created.id, changes: { incidentDates: earlier } })).code).toBe(
        'RULE_BLOCKED',
      );
      const fixed = await cf.call('cases.update', {
        caseId: created.id,
        changes: { incidentDates: earlier, category: 'SA', subtype: 'sexual_activity_with_minor' },
      });
      expect(fixed.incidentDates).toEqual(earlier);
    },
  );

  it(
    'refuses to close as consensual between adults while a victim is a minor or of ' +
      'unknown age; allows it for adults',
    async () => {
      for (const ageBand of ['minor', 'unknown'] as const) {
        const { cf, caseId } = await caseWithVictim(ageBand, { category: 'SA', subtype: 'sexual_activity_with_minor' });
        const refused = await cf.refusal('cases.changeStatus', {
          caseId,
          to: 'not_substantiated',
          reason: 'Both said it was consensual',
          closureGround: 'consensual_between_adults',
        });
        expect(refused.code).toBe('RULE_BLOCKED');
        expect(refused.message).toMatch(
          /\nR5: The case is closed as consensual although V-01 is not established as an adult\./,
        );
        expect((await cf.call('cases.get', { caseId })).status).toBe('under_investigation');
        // Another ground is fine.
        await cf.call('cases.changeStatus', {
          caseId,
          to: 'not_substantiated',
          reason: 'No corroboration',
          closureGround: 'insufficient_evidence',
        });
      }
      const adult = await caseWithVictim('adult', { category: 'SE', subtype: 'exploitative_relationship' });
      const closed = await adult.cf.call('cases.changeStatus', {
        caseId: adult.caseId,
        to: 'not_substantiated',
        reason: 'Consensual relationship between adults; no exchange established',
        closureGround: 'consensual_between_adults',
      });
      expect(closed.status).toBe('not_substantiated');
    },
  );

  it(
    'refuses to move a case on while its classification breaks R5 (a minor victim ' + 'added after classifying)',
    async () => {
      const cf = await caseFile();
      const created = await cf.call('cases.create', intake({ category: 'SE', subtype: 'transactional_sex' }));
      await cf.call('people.add', { caseId: created.id, profile: victimProfile('minor') });
      cf.clock.advance(MINUTE);
      expect(
        (await cf.refusal('cases.changeStatus', { caseId: created.id, to: 'under_investigation', reason: 'Credible' }))
          .code,
      ).toBe('RULE_BLOCKED');
      await cf.call('cases.update', {
        caseId: created.id,
        changes: { category: 'SA', subtype: 'sexual_activity_with_minor' },
      });
      await cf.call('cases.changeStatus', { caseId: created.id, to: 'under_investigation', reason: 'Credible' });
    },
  );
});
