import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/principles/finding.js';
import { findingFix } from '../../../renderer/case/finding-target.js';

const finding = (code: string, target: Finding['target']): Finding =>
  ({ rule: 'R8', code, variant: 'noOffer', severity: 'warn', target, message: '', fix: '' }) as unknown as Finding;

describe('the form that clears a finding', () => {
  it("opens the victim's offer of assistance for R8", () => {
    expect(findingFix(finding('R8_ASSISTANCE_NOT_OFFERED', { kind: 'person', id: 'v1' }))).toEqual({
      kind: 'offerAssistance',
      personId: 'v1',
    });
    expect(findingFix(finding('R8_OFFER_AT_FIRST_CONTACT', { kind: 'person', id: 'v2' }))).toEqual({
      kind: 'offerAssistance',
      personId: 'v2',
    });
  });

  it('offers no offer of assistance without the victim; other findings open the tab of their record', () => {
    expect(findingFix(finding('R7_TEAM_SINGLE_GENDER', { kind: 'interview', id: 'i1' }))).toEqual({
      kind: 'openTab',
      tab: 'interviews',
    });
    expect(findingFix(finding('R8_ASSISTANCE_NOT_OFFERED', { kind: 'case', id: 'c1' }))).toBeNull();
  });

  it('opens the Letters tab for R11: the notification to the contributing country is a letter', () => {
    expect(findingFix(finding('R11_CONTRIBUTING_COUNTRY_NOT_NOTIFIED', { kind: 'person', id: 's1' }))).toEqual({
      kind: 'openTab',
      tab: 'letters',
    });
  });
});
