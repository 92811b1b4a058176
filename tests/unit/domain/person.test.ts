import { describe, expect, it } from 'vitest';
import {
  ageBandAtIncident,
  IDENTITY_FIELDS,
  nextPseudonymCode,
  parsePseudonymCode,
  Person,
  PERSON_ROLES,
  PSEUDONYM_PREFIXES,
} from '../../../shared/domain/person.js';
import type { UncertainDate } from '../../../shared/domain/uncertain-date.js';
import { makeSubject, makeVictim } from '../principles/factories.js';

describe('pseudonym codes', () => {
  it('gives every role its own letter', () => {
    const letters = PERSON_ROLES.map((role) => PSEUDONYM_PREFIXES[role]);
    expect(new Set(letters).size).toBe(PERSON_ROLES.length);
    expect(PSEUDONYM_PREFIXES).toMatchObject({ victim: 'V', witness: 'W', subject: 'S', support_person: 'P' });
  });

  it('starts each role at 01', () => {
    expect(nextPseudonymCode('victim', [])).toBe('V-01');
    expect(nextPseudonymCode('witness', ['V-01', 'V-02', 'S-01'])).toBe('W-01');
  });

  it('follows the highest code issued and never fills a gap', () => {
    // V-02 was issued to a record since removed: its code is not given to anyone else.
    expect(nextPseudonymCode('victim', ['V-01', 'V-03'])).toBe('V-04');
    expect(nextPseudonymCode('subject', ['S-09'])).toBe('S-10');
  });

  it('grows past two digits', () => {
    expect(nextPseudonymCode('victim', ['V-99'])).toBe('V-100');
    expect(nextPseudonymCode('victim', ['V-100', 'V-99'])).toBe('V-101');
  });

  it('ignores malformed codes', () => {
    expect(nextPseudonymCode('victim', ['V-1', 'V01', 'v-05', 'X-07', 'V-00'])).toBe('V-01');
  });

  it('parses a code into its role and number', () => {
    expect(parsePseudonymCode('G-12')).toEqual({ role: 'guardian', number: 12 });
    expect(parsePseudonymCode('P-03')).toEqual({ role: 'support_person', number: 3 });
    expect(parsePseudonymCode('V-00')).toBeNull();
  });
});

describe('Person schema', () => {
  it('refuses a code whose letter does not match the role', () => {
    expect(Person.safeParse({ ...makeVictim(), code: 'W-01' }).success).toBe(false);
  });

  it('keeps identity strictly confidential by default', () => {
    const parsed = Person.parse({ ...makeVictim(), identity: { fullName: 'A name' } });
    expect(parsed.identity.confidentiality).toBe('strictly_confidential');
  });

  it('keeps identity apart from the profile: the profile has no identity field', () => {
    const profileKeys = Object.keys(makeVictim()).filter((key) => key !== 'identity');
    for (const field of IDENTITY_FIELDS) expect(profileKeys).not.toContain(field);
  });

  it('holds a subject with a personnel category of domain.md and an ISO nationality', () => {
    expect(
      makeSubject({ personnelCategory: 'police_fpu', rotationOrContractEnd: '2026-06-30' }).personnelCategory,
    ).toBe('police_fpu');
    expect(Person.safeParse({ ...makeSubject(), personnelCategory: 'conduct_and_discipline' }).success).toBe(false);
    expect(Person.safeParse({ ...makeSubject(), nationality: 'France' }).success).toBe(false);
  });

  it('refuses unknown fields, so identity cannot slip into the profile', () => {
    expect(Person.safeParse({ ...makeVictim(), fullName: 'A name' }).success).toBe(false);
  });
});

describe('ageBandAtIncident', () => {
  const incident: UncertainDate[] = [{ precision: 'day', from: '2026-02-27' }];
  const born = (from: string) => ({ precision: 'day', from }) as const;

  it('computes the band from the date of birth when there is one', () => {
    expect(
      ageBandAtIncident({ ageBand: 'adult', identity: { dateOfBirth: born('2010-05-01') } }, incident, '2026-03-01'),
    ).toEqual({ band: 'minor', basis: 'established' });
    expect(
      ageBandAtIncident({ ageBand: 'minor', identity: { dateOfBirth: born('1990-05-01') } }, incident, '2026-03-01'),
    ).toEqual({ band: 'adult', basis: 'established' });
  });

  it('makes a minor at any of several incidents a minor', () => {
    const dates: UncertainDate[] = [
      { precision: 'day', from: '2025-01-10' },
      { precision: 'day', from: '2027-01-10' },
    ];
    expect(
      ageBandAtIncident({ ageBand: 'unknown', identity: { dateOfBirth: born('2008-06-01') } }, dates, '2027-02-01')
        .band,
    ).toBe('minor');
  });

  it("uses the investigator's band without a date of birth", () => {
    expect(ageBandAtIncident({ ageBand: 'minor', identity: {} }, incident, '2026-03-01')).toEqual({
      band: 'minor',
      basis: 'recorded_by_investigator',
    });
  });

  it('with an unknown incident date, a child at the report was a child at the incident', () => {
    const unknown: UncertainDate[] = [{ precision: 'unknown' }];
    expect(
      ageBandAtIncident({ ageBand: 'unknown', identity: { dateOfBirth: born('2012-01-01') } }, unknown, '2026-03-01'),
    ).toEqual({ band: 'minor', basis: 'established' });
    // An adult at the report may have been a child then: the recorded band stands.
    expect(
      ageBandAtIncident({ ageBand: 'adult', identity: { dateOfBirth: born('2000-01-01') } }, unknown, '2026-03-01'),
    ).toEqual({ band: 'adult', basis: 'recorded_by_investigator' });
  });
});
