import { currentClosureGround } from '../../domain/case.js';
import type { Finding } from '../finding.js';
import { ageBandOf, childVictims, finding, peopleOfRole } from '../facts.js';
import type { PrincipleRule } from '../snapshot.js';

/**
 * R5. A classification is refused only once it is complete and wrong (SE with a subtype other
 * than sexual activity with a minor); one still being filled in is a warning, since adding the
 * subtype or switching to SA can still make it right. "Consensual between adults" is refused
 * unless every victim is an established adult: a victim of unknown age may be a child.
 */
export const r05MinorIsAlwaysSea: PrincipleRule = {
  id: 'R5',
  title: 'Sexual activity with anyone under 18 is SEA whatever the local age of consent; a minor victim forces category SA or subtype "sexual activity with a minor", and the case cannot be closed as consensual.',
  source: 'ST/SGB/2003/13; IASC Six Core Principles',
  evaluate(snapshot) {
    const findings: Finding[] = [];
    const { category, subtype } = snapshot.case;
    const caseTarget = { kind: 'case', id: snapshot.case.id } as const;
    const children = childVictims(snapshot);
    const unknownAge = peopleOfRole(snapshot, 'victim').filter((victim) => ageBandOf(snapshot, victim).band === 'unknown');

    for (const victim of unknownAge) {
      findings.push(finding('R5', 'R5_AGE_UNKNOWN', 'warn',
        `${victim.code}'s age at the incident is not established.`,
        "Establish the age band (or date of birth); until then, give the protections owed to a child.",
        { kind: 'person', id: victim.id }, { person: victim.code }));
    }

    if (children.length > 0 && category !== 'SA' && subtype !== 'sexual_activity_with_minor') {
      const people = children.map((child) => child.code).join(', ');
      const complete = category === 'SE' && subtype !== null;
      findings.push(complete
        ? finding('R5', 'R5_MINOR_CLASSIFICATION', 'block',
            `The case is classified ${category} without "sexual activity with a minor" although ${people} is or may be under 18.`,
            'Classify the case as SA, or set the subtype to "sexual activity with a minor". A belief that the victim was an adult is no defence.',
            caseTarget, { people })
        : finding('R5', 'R5_MINOR_CLASSIFICATION_INCOMPLETE', 'warn',
            `${people} is or may be under 18: the classification must be SA or "sexual activity with a minor".`,
            'Complete the classification as SA, or with the subtype "sexual activity with a minor".',
            caseTarget, { people }));
    }

    if (currentClosureGround(snapshot.case) === 'consensual_between_adults') {
      const notAdults = [...children, ...unknownAge].map((victim) => victim.code);
      if (notAdults.length > 0) {
        const people = notAdults.join(', ');
        findings.push(finding('R5', 'R5_CONSENSUAL_CLOSURE', 'block',
          `The case is closed as consensual although ${people} is not established as an adult.`,
          'A child cannot consent: choose another closure ground, or first establish that every victim was 18 or over at the incident.',
          caseTarget, { people }));
      }
    }
    return findings;
  },
};
