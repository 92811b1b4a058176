import { isCustomConsentPurpose, type ConsentPurpose } from '../../domain/consent.js';
import type { Instant } from '../../domain/primitives.js';
import type { Finding, TargetKind } from '../finding.js';
import { consentParties, finding, isSatisfied, personById } from '../facts.js';
import type { IdentityDisclosure, RecipientKind } from '../snapshot.js';
import type { CaseSnapshot, PrincipleRule } from '../snapshot.js';
import { isReferralMade } from '../../domain/assistance.js';

/** The consent purpose that lets an identity go to each kind of recipient; null: a purpose named for that recipient. */
const PURPOSE_FOR_RECIPIENT: Record<RecipientKind, ConsentPurpose | null> = {
  national_authority: 'sharing_with_national_authorities',
  assistance_provider: 'referral_to_services',
  un_internal: null,
  addressee_person: null,
  other: null,
};

interface Outgoing {
  recipientKind: RecipientKind;
  recipient: string;
  at: Instant;
  disclosures: IdentityDisclosure[];
  /** Whose identity the item may carry; anyone else's is more than necessary. */
  necessaryPersonId?: string;
  /** The addressee, who may always see their own identity. */
  addresseePersonId?: string;
  target: { kind: TargetKind; id: string };
}

function outgoingItems(snapshot: CaseSnapshot): Outgoing[] {
  const items: Outgoing[] = [];
  // An offered referral has sent nothing yet; its disclosures leave when it is made.
  for (const referral of snapshot.referrals ?? []) {
    if (!isReferralMade(referral.status)) continue;
    items.push({
      recipientKind: 'assistance_provider',
      recipient: referral.recipient ?? '',
      at: referral.referredAt ?? referral.offeredAt,
      disclosures: referral.disclosures,
      necessaryPersonId: referral.personId,
      target: { kind: 'referral', id: referral.id },
    });
  }
  for (const letter of snapshot.letters ?? []) {
    const toPerson = letter.kind === 'victim_outcome' || letter.recipientKind === 'addressee_person';
    items.push({
      recipientKind: letter.recipientKind,
      recipient: letter.recipient,
      at: letter.issuedAt,
      disclosures: letter.disclosures,
      ...(toPerson && letter.concernsPersonId !== undefined
        ? { necessaryPersonId: letter.concernsPersonId, addresseePersonId: letter.concernsPersonId }
        : {}),
      target: { kind: 'letter', id: letter.id },
    });
  }
  return items;
}

function consentCovers(snapshot: CaseSnapshot, personId: string, item: Outgoing): boolean {
  const standard = PURPOSE_FOR_RECIPIENT[item.recipientKind];
  const purposes = standard
    ? [standard]
    : [
        ...new Set(
          snapshot.consents
            .filter(
              (d) => d.personId === personId && d.recipient === item.recipient && isCustomConsentPurpose(d.purpose),
            )
            .map((d) => d.purpose),
        ),
      ];
  const recipient = item.recipient === '' ? undefined : item.recipient;
  return purposes.some((purpose) => isSatisfied(consentParties(snapshot, personId, purpose, item.at, recipient)));
}

/**
 * R9, on every referral and letter. Blocking: a victim's or witness's identity sent without
 * their consent in force for that recipient on that date, and an identity the item does not
 * need (another person's in a referral, another victim's or a witness's in a victim's letter).
 */
export const r09IdentityStaysInVault: PrincipleRule = {
  id: 'R9',
  title:
    "A victim's or witness's identity leaves the vault only with that person's " +
    'recorded consent to that recipient; minimum necessary data in every referral.',
  source: 'Victim Assistance Protocol; A/72/751',
  evaluate(snapshot) {
    const findings: Finding[] = [];
    for (const item of outgoingItems(snapshot)) {
      for (const disclosure of item.disclosures) {
        const person = personById(snapshot, disclosure.personId);
        if (disclosure.fields.length === 0 || (person?.role !== 'victim' && person?.role !== 'witness')) continue;
        if (disclosure.personId === item.addresseePersonId) continue;
        const params = { person: person.code, fields: disclosure.fields };
        if (item.necessaryPersonId !== undefined && disclosure.personId !== item.necessaryPersonId) {
          findings.push(finding('R9', 'R9_DISCLOSURE_NOT_NECESSARY', 'default', 'block', item.target, params));
        } else if (!consentCovers(snapshot, disclosure.personId, item)) {
          findings.push(finding('R9', 'R9_DISCLOSURE_WITHOUT_CONSENT', 'default', 'block', item.target, params));
        }
      }
    }
    return findings;
  },
};
