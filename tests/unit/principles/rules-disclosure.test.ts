import { describe, expect, it } from 'vitest';
import { customConsentPurpose } from '../../../shared/domain/consent.js';
import { r09IdentityStaysInVault, type Letter, type Referral } from '../../../shared/principles/index.js';
import type { CaseSnapshot } from '../../../shared/principles/snapshot.js';
import {
  cleanSnapshot,
  hoursAfter,
  makeConsent,
  makeGuardian,
  makeSubject,
  makeVictim,
  makeWitness,
  summary,
  T0,
} from './factories.js';

const t = (hours: number) => hoursAfter(T0, hours);
const with_ = (changes: Partial<CaseSnapshot>): CaseSnapshot => ({ ...cleanSnapshot(), ...changes });

const referral = (overrides: Partial<Referral> = {}): Referral => ({
  id: 'ref-9',
  personId: 'v1',
  service: 'psychosocial',
  status: 'in_progress',
  offeredAt: t(2),
  referredAt: t(3),
  recipient: 'Centre A',
  disclosures: [{ personId: 'v1', fields: ['fullName', 'contact'] }],
  ...overrides,
});
const letter = (overrides: Partial<Letter> = {}): Letter => ({
  id: 'letter-9',
  kind: 'member_state_referral',
  recipientKind: 'national_authority',
  recipient: 'Permanent Mission',
  issuedAt: t(30),
  disclosures: [{ personId: 'v1', fields: ['fullName'] }],
  ...overrides,
});

describe('R9 identities leave the vault only with consent to that recipient, and only when needed', () => {
  it("passes for a referral carrying the referred victim's identity with consent to that provider", () => {
    const consents = [makeConsent('v1', 'referral_to_services', { decidedAt: t(2), recipient: 'Centre A' })];
    expect(r09IdentityStaysInVault.evaluate(with_({ referrals: [referral()], consents }))).toEqual([]);
  });

  it('blocks the same referral without consent', () => {
    const findings = r09IdentityStaysInVault.evaluate(with_({ referrals: [referral()], consents: [] }));
    expect(summary(findings)).toEqual(['R9_DISCLOSURE_WITHOUT_CONSENT:block']);
    expect(findings[0]).toMatchObject({
      target: { kind: 'referral', id: 'ref-9' },
      params: { person: 'V-01', fields: ['fullName', 'contact'] },
    });
    expect(findings[0]?.message).toContain('V-01 (full name and contact)');
  });

  it("blocks a referral carrying someone else's identity", () => {
    const consents = [
      makeConsent('v1', 'referral_to_services', { decidedAt: t(2) }),
      makeConsent('w1', 'referral_to_services', { decidedAt: t(2) }),
    ];
    const carrying = referral({
      disclosures: [
        { personId: 'v1', fields: ['fullName'] },
        { personId: 'w1', fields: ['fullName'] },
      ],
    });
    expect(summary(r09IdentityStaysInVault.evaluate(with_({ referrals: [carrying], consents })))).toEqual([
      'R9_DISCLOSURE_NOT_NECESSARY:block',
    ]);
  });

  it('passes a referral with pseudonym only (no identity fields)', () => {
    expect(
      r09IdentityStaysInVault.evaluate(
        with_({ referrals: [referral({ disclosures: [{ personId: 'v1', fields: [] }] })], consents: [] }),
      ),
    ).toEqual([]);
  });

  it('needs consent to share with national authorities, in force when the letter is issued', () => {
    const given = makeConsent('v1', 'sharing_with_national_authorities', { decidedAt: t(10) });
    expect(r09IdentityStaysInVault.evaluate(with_({ letters: [letter()], consents: [given] }))).toEqual([]);
    const withdrawn = makeConsent('v1', 'sharing_with_national_authorities', {
      decision: 'withdrawn',
      decidedAt: t(20),
    });
    expect(
      summary(r09IdentityStaysInVault.evaluate(with_({ letters: [letter()], consents: [given, withdrawn] }))),
    ).toEqual(['R9_DISCLOSURE_WITHOUT_CONSENT:block']);
    // Consent to services does not cover national authorities.
    const otherPurpose = makeConsent('v1', 'referral_to_services', { decidedAt: t(10) });
    expect(summary(r09IdentityStaysInVault.evaluate(with_({ letters: [letter()], consents: [otherPurpose] })))).toEqual(
      ['R9_DISCLOSURE_WITHOUT_CONSENT:block'],
    );
  });

  it('needs a consent named for any other recipient', () => {
    const toOhr = letter({
      kind: 'hr_referral',
      recipientKind: 'un_internal',
      recipient: 'OHR',
      disclosures: [{ personId: 'w1', fields: ['fullName'] }],
    });
    expect(summary(r09IdentityStaysInVault.evaluate(with_({ letters: [toOhr], consents: [] })))).toEqual([
      'R9_DISCLOSURE_WITHOUT_CONSENT:block',
    ]);
    const named = makeConsent('w1', customConsentPurpose('statement to OHR'), { decidedAt: t(5), recipient: 'OHR' });
    expect(r09IdentityStaysInVault.evaluate(with_({ letters: [toOhr], consents: [named] }))).toEqual([]);
  });

  it("lets a victim's own letter name them, but no other victim or witness", () => {
    const own = letter({
      kind: 'victim_outcome',
      recipientKind: 'addressee_person',
      recipient: 'V-01',
      concernsPersonId: 'v1',
    });
    expect(r09IdentityStaysInVault.evaluate(with_({ letters: [own], consents: [] }))).toEqual([]);
    const naming = letter({
      ...own,
      disclosures: [
        { personId: 'v1', fields: ['fullName'] },
        { personId: 'w1', fields: ['fullName'] },
      ],
    });
    expect(summary(r09IdentityStaysInVault.evaluate(with_({ letters: [naming], consents: [] })))).toEqual([
      'R9_DISCLOSURE_NOT_NECESSARY:block',
    ]);
  });

  it("needs the guardian's consent and the child's assent for a child", () => {
    const people = [
      makeVictim({ ageBand: 'minor', guardianPersonId: 'g1' }),
      makeGuardian(),
      makeWitness(),
      makeSubject(),
    ];
    const assentOnly = [makeConsent('v1', 'sharing_with_national_authorities', { decidedAt: t(10) })];
    expect(
      summary(r09IdentityStaysInVault.evaluate(with_({ people, letters: [letter()], consents: assentOnly }))),
    ).toEqual(['R9_DISCLOSURE_WITHOUT_CONSENT:block']);
    const both = [
      ...assentOnly,
      makeConsent('v1', 'sharing_with_national_authorities', {
        decidedAt: t(10),
        by: 'guardian',
        guardianPersonId: 'g1',
      }),
    ];
    expect(r09IdentityStaysInVault.evaluate(with_({ people, letters: [letter()], consents: both }))).toEqual([]);
  });

  it("does not govern the subject's identity", () => {
    const notification = letter({ disclosures: [{ personId: 's1', fields: ['fullName', 'serviceNumber'] }] });
    expect(r09IdentityStaysInVault.evaluate(with_({ letters: [notification], consents: [] }))).toEqual([]);
  });
});

describe('R9 timing', () => {
  it('checks a referral only once it is made', () => {
    const offered = referral({ status: 'offered', referredAt: undefined });
    expect(r09IdentityStaysInVault.evaluate(with_({ referrals: [offered], consents: [] }))).toEqual([]);
  });
});
