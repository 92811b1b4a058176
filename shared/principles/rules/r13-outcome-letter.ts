import { isClosedStatus } from '../../domain/case.js';
import type { Finding } from '../finding.js';
import { finding, peopleOfRole } from '../facts.js';
import type { PrincipleRule } from '../snapshot.js';

/**
 * R13, once the case is closed. What the letter may and may not say (no promised result,
 * assistance continues) is the template's job; here, that every victim gets one and that its
 * delivery (written or oral) is logged.
 */
export const r13OutcomeLetter: PrincipleRule = {
  id: 'R13',
  title:
    'Every victim receives an outcome letter at closure, whatever the outcome; no ' +
    'promise of a specific result; assistance continues regardless.',
  source: 'A/72/751; Victim Assistance Protocol; Murad Code',
  evaluate(snapshot) {
    if (!isClosedStatus(snapshot.case.status)) return [];
    const findings: Finding[] = [];
    for (const victim of peopleOfRole(snapshot, 'victim')) {
      const letters = (snapshot.letters ?? []).filter(
        (l) => l.kind === 'victim_outcome' && l.concernsPersonId === victim.id,
      );
      const target = { kind: 'person', id: victim.id } as const;
      if (letters.length === 0) {
        findings.push(finding('R13', 'R13_OUTCOME_LETTER_MISSING', 'default', 'warn', target, { person: victim.code }));
      } else if (!letters.some((l) => l.deliveredAt !== undefined)) {
        findings.push(
          finding('R13', 'R13_OUTCOME_LETTER_NOT_DELIVERED', 'default', 'warn', target, { person: victim.code }),
        );
      }
    }
    return findings;
  },
};
