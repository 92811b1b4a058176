import { instantMs } from '../../domain/primitives.js';
import type { Finding } from '../finding.js';
import { finding, hasTakenPlace, HOUR_MS, peopleOfRole, recordsOfPerson } from '../facts.js';
import { DEFAULT_PRINCIPLE_SETTINGS, type PrincipleRule } from '../snapshot.js';

/**
 * R8: assistance is offered at first contact, whether or not the victim takes part in the
 * investigation. The first contact is the earliest of the one recorded on the person, an
 * interview held and a contact the team logged; any recorded offer counts, whatever the victim
 * answered (an offer refused was still made), within the first-contact window.
 */
export const r08AssistanceOffered: PrincipleRule = {
  id: 'R8',
  title: 'Referral to assistance is offered at first contact, whether or not the victim cooperates.',
  source: 'UN Victim Assistance Protocol (2019); A/72/751 ¶26–31, ¶45',
  evaluate(snapshot, settings = DEFAULT_PRINCIPLE_SETTINGS) {
    const findings: Finding[] = [];
    for (const victim of peopleOfRole(snapshot, 'victim')) {
      const person = victim.code;
      const contacts = [
        ...(victim.firstContactAt ? [victim.firstContactAt] : []),
        ...recordsOfPerson(snapshot.interviews, victim.id)
          .filter(hasTakenPlace)
          .map((i) => i.conductedAt),
        ...recordsOfPerson(snapshot.victimContacts ?? [], victim.id).map((c) => c.at),
      ].sort((a, b) => instantMs(a) - instantMs(b));
      const offers = recordsOfPerson(snapshot.referrals ?? [], victim.id)
        .map((r) => r.offeredAt)
        .sort((a, b) => instantMs(a) - instantMs(b));
      const firstContact = contacts[0];
      const target = { kind: 'person', id: victim.id } as const;
      if (firstContact === undefined) {
        if (offers.length === 0) {
          findings.push(finding('R8', 'R8_OFFER_AT_FIRST_CONTACT', 'default', 'info', target, { person }));
        }
        continue;
      }
      const deadline = instantMs(firstContact) + settings.firstContactOfferWindowHours * HOUR_MS;
      const firstOffer = offers[0];
      if (firstOffer === undefined || instantMs(firstOffer) > deadline) {
        findings.push(
          finding(
            'R8',
            'R8_ASSISTANCE_NOT_OFFERED',
            firstOffer === undefined ? 'noOffer' : 'lateOffer',
            'warn',
            target,
            { person },
          ),
        );
      }
    }
    return findings;
  },
};
