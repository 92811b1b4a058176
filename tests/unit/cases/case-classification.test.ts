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

describe('R5 and R5b at the case: the category is free; a consensual closure is refused when forbidden', () => {
  it('classifies a child victim’s case as sexual exploitation when that is what happened (¶67)', async () => {
    const { cf, caseId } = await caseWithVictim('minor', { category: null, subtype: null });
    const classified = await cf.call('cases.update', {
      caseId,
      changes: { category: 'SE', subtype: 'transactional_sex' },
    });
    expect([classified.category, classified.subtype]).toEqual(['SE', 'transactional_sex']);
  });

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

  it('refuses to close as consensual a case where an exchange for sex is alleged (R5b, ¶20)', async () => {
    const { cf, caseId } = await caseWithVictim('adult', { category: 'SE', subtype: 'exploitative_relationship' });
    await cf.call('cases.update', { caseId, changes: { allegedExchange: ['money'] } });
    const refused = await cf.refusal('cases.changeStatus', {
      caseId,
      to: 'not_substantiated',
      reason: 'Both said it was consensual',
      closureGround: 'consensual_between_adults',
    });
    expect(refused.code).toBe('RULE_BLOCKED');
    expect(refused).toMatchObject({ findings: [{ rule: 'R5b', code: 'R5b_CONSENSUAL_CLOSURE', variant: 'exchange' }] });
    expect(refused.message).toContain('closed as consensual although an exchange for sex is alleged (money)');
    expect((await cf.call('cases.get', { caseId })).status).toBe('under_investigation');
  });

  it('refuses to close as consensual a case whose victim is displaced (R5b, ¶20)', async () => {
    const cf = await caseFile();
    const created = await cf.call('cases.create', intake({ category: 'SE', subtype: 'exploitative_relationship' }));
    await cf.call('people.add', {
      caseId: created.id,
      profile: { ...victimProfile('adult'), atRiskPopulation: 'internally_displaced' },
    });
    cf.clock.advance(MINUTE);
    await cf.call('cases.changeStatus', { caseId: created.id, to: 'under_investigation', reason: 'Credible' });
    cf.clock.advance(MINUTE);
    const refused = await cf.refusal('cases.changeStatus', {
      caseId: created.id,
      to: 'not_substantiated',
      reason: 'Both said it was consensual',
      closureGround: 'consensual_between_adults',
    });
    expect(refused).toMatchObject({
      code: 'RULE_BLOCKED',
      findings: [{ rule: 'R5b', variant: 'underProtection', params: { people: ['V-01'] } }],
    });
  });

  it('refuses to allege an exchange once the case is closed as consensual (R5b)', async () => {
    const { cf, caseId } = await caseWithVictim('adult', { category: 'SE', subtype: 'exploitative_relationship' });
    await cf.call('cases.changeStatus', {
      caseId,
      to: 'not_substantiated',
      reason: 'Consensual relationship between adults',
      closureGround: 'consensual_between_adults',
    });
    const refused = await cf.refusal('cases.update', { caseId, changes: { allegedExchange: ['employment'] } });
    expect(refused.code).toBe('RULE_BLOCKED');
    expect((await cf.call('cases.get', { caseId })).allegedExchange).toEqual([]);
  });
});
