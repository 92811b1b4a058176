import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../../shared/principles/finding.js';
import { intake, useCaseFiles, victimProfile } from '../cases/case-file-fixture.js';

const caseFile = useCaseFiles();

describe('principles.checklist', () => {
  it('counts every finding, shows the first of each severity, and pages the rest in the same order', async () => {
    const cf = await caseFile({ startAt: '2026-03-10T09:00:00.000Z' });
    const { id: caseId } = await cf.call('cases.create', intake({ category: 'SE', subtype: 'transactional_sex' }));
    // Each victim of unknown age is a warning of her own.
    for (let i = 0; i < 7; i++) await cf.call('people.add', { caseId, profile: victimProfile('unknown') });
    const { findings: all } = await cf.call('principles.check', { caseId });
    const warnings = all.filter((finding) => finding.severity === 'warn');
    expect(warnings.length).toBeGreaterThanOrEqual(7);

    const first = await cf.call('principles.checklist', { caseId, limit: 3 });
    expect(first.asOf).toBe('2026-03-10T09:00:00.000Z');
    for (const severity of SEVERITIES) {
      const ofSeverity = all.filter((finding) => finding.severity === severity);
      expect(first.counts[severity]).toBe(ofSeverity.length);
      expect(first.findings.filter((finding) => finding.severity === severity)).toEqual(ofSeverity.slice(0, 3));
    }

    const next = await cf.call('principles.checklist', { caseId, severity: 'warn', offset: 3, limit: 3 });
    expect(next.findings).toEqual(warnings.slice(3, 6));
    expect(next.counts).toEqual(first.counts);
    const last = await cf.call('principles.checklist', { caseId, severity: 'warn', offset: 6, limit: 200 });
    expect(last.findings).toEqual(warnings.slice(6));
    // Nothing changed between the pages: each says it was read from the same case as the first.
    expect([next.caseVersion, last.caseVersion]).toEqual([first.caseVersion, first.caseVersion]);
  });

  it('says when a page was read from a case changed since the first page', async () => {
    const cf = await caseFile({ startAt: '2026-03-10T09:00:00.000Z' });
    const { id: caseId } = await cf.call('cases.create', intake({ category: 'SE', subtype: 'transactional_sex' }));
    for (let i = 0; i < 4; i++) await cf.call('people.add', { caseId, profile: victimProfile('unknown') });
    const first = await cf.call('principles.checklist', { caseId, limit: 2 });

    // Another window adds a victim before "Show more": the findings from offset 2 are no longer those after the first.
    await cf.call('people.add', { caseId, profile: victimProfile('unknown') });
    const next = await cf.call('principles.checklist', { caseId, severity: 'warn', offset: 2, limit: 2 });
    expect(next.caseVersion).not.toBe(first.caseVersion);
    expect(next.counts.warn).toBeGreaterThan(first.counts.warn);
  });

  it('takes at most a page of 200, and answers NOT_FOUND for an unknown case', async () => {
    const cf = await caseFile();
    const { id: caseId } = await cf.call('cases.create', intake());
    expect((await cf.refusal('principles.checklist', { caseId, limit: 201 })).code).toBe('VALIDATION');
    expect((await cf.refusal('principles.checklist', { caseId: 'no-such-case' })).code).toBe('NOT_FOUND');
  });
});
