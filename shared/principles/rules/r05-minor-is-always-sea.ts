import { currentClosureGround } from '../../domain/case.js';
import type { Finding } from '../finding.js';
import { ageBandOf, childVictims, finding, peopleOfRole } from '../facts.js';
import type { PrincipleRule } from '../snapshot.js';

/**
 * R5. A child involved is read from the victims' ages at the incident (a date of birth first,
 * else the investigator's band), so the case records it as soon as the people are recorded. The
 * rule does not choose the category: girls are counted among victims of sexual exploitation as
 * well as of abuse (A/72/751 ¶67). What it forbids is a closure as consensual, refused unless
 * every victim is an established adult: a victim of unknown age may be a child.
 */
export const r05MinorIsAlwaysSea: PrincipleRule = {
  id: 'R5',
  title:
    'Sexual activity with anyone under 18 is SEA whatever the local age of consent; a case involving a child ' +
    'can never be closed as consensual. The category is not forced.',
  source: 'ST/SGB/2003/13; IASC Six Core Principles; A/72/751 ¶67',
  evaluate(snapshot) {
    const findings: Finding[] = [];
    const caseTarget = { kind: 'case', id: snapshot.case.id } as const;
    const unknownAge = peopleOfRole(snapshot, 'victim').filter(
      (victim) => ageBandOf(snapshot, victim).band === 'unknown',
    );

    for (const victim of unknownAge) {
      findings.push(
        finding('R5', 'R5_AGE_UNKNOWN', 'default', 'warn', { kind: 'person', id: victim.id }, { person: victim.code }),
      );
    }

    if (currentClosureGround(snapshot.case) === 'consensual_between_adults') {
      // The codes as a list: each language writes the series its own way where the finding is worded.
      const people = [...childVictims(snapshot), ...unknownAge].map((victim) => victim.code);
      if (people.length > 0) {
        findings.push(finding('R5', 'R5_CONSENSUAL_CLOSURE', 'default', 'block', caseTarget, { people }));
      }
    }
    return findings;
  },
};
