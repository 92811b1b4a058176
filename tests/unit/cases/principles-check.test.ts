import { describe, expect, it } from 'vitest';
import { evaluatePrinciples } from '../../../shared/principles/index.js';
import { intake, useCaseFiles, victimProfile } from './case-file-fixture.js';

const caseFile = useCaseFiles();

describe('principles.check', () => {
  it("returns every finding of the case's rules with its fix, as of now", async () => {
    const cf = await caseFile({ startAt: '2026-03-10T09:00:00.000Z' });
    const { id } = await cf.call('cases.create', intake({ category: 'SE', subtype: 'transactional_sex' }));
    const identity = { fullName: 'Grace Mbaye' };
    await cf.call('people.add', { caseId: id, profile: victimProfile('unknown'), identity });
    const { asOf, findings } = await cf.call('principles.check', { caseId: id });
    expect(asOf).toBe('2026-03-10T09:00:00.000Z');
    const victim = (await cf.call('people.list', { caseId: id })).items[0];
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: 'R5',
        code: 'R5_AGE_UNKNOWN',
        severity: 'warn',
        target: { kind: 'person', id: victim?.id },
      }),
    );
    expect(findings.every((f) => f.message !== '' && f.fix !== '')).toBe(true);
    expect(JSON.stringify(findings)).not.toMatch(/Grace|Mbaye/);
  });

  it('has nothing to say about an empty new case beyond what the rules themselves say of it', async () => {
    const cf = await caseFile();
    const created = await cf.call('cases.create', intake());
    const { findings } = await cf.call('principles.check', { caseId: created.id });
    const { archived: _archived, ...record } = created;
    expect(findings).toEqual(
      evaluatePrinciples({ case: record, people: [], consents: [], interviews: [], asOf: created.createdAt }),
    );
    expect(findings.filter((f) => f.severity === 'block')).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown case', async () => {
    const cf = await caseFile();
    expect((await cf.refusal('principles.check', { caseId: 'no-such-case' })).code).toBe('NOT_FOUND');
  });
});
