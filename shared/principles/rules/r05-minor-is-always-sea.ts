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
  title:
    'Sexual activity with anyone under 18 is SEA whatever the local age of consent; ' +
    'a minor victim forces category SA or subtype "sexual activity with a minor", ' +
    'and the case cannot be closed as consensual.',
  source: 'ST/SGB/2003/13; IASC Six Core Principles',
  evaluate(snapshot) {
    const findings: Finding[] = [];
    const { category, subtype } = snapshot.case;
    const caseTarget = { kind: 'case', id: snapshot.case.id } as const;
    const children = childVictims(snapshot);
    const unknownAge = peopleOfRole(snapshot, 'victim').filter(
      (victim) => ageBandOf(snapshot, victim).band === 'unknown',
    );

    for (const victim of unknownAge) {
      findings.push(
        finding('R5', 'R5_AGE_UNKNOWN', 'default', 'warn', { kind: 'person', id: victim.id }, { person: victim.code }),
      );
    }

    if (children.length > 0 && category !== 'SA' && subtype !== 'sexual_activity_with_minor') {
      const people = children.map((child) => child.code).join(', ');
      findings.push(
        category === 'SE' && subtype !== null
          ? finding('R5', 'R5_MINOR_CLASSIFICATION', 'default', 'block', caseTarget, { people, category })
          : finding('R5', 'R5_MINOR_CLASSIFICATION_INCOMPLETE', 'default', 'warn', caseTarget, { people }),
      );
    }

    if (currentClosureGround(snapshot.case) === 'consensual_between_adults') {
      const notAdults = [...children, ...unknownAge].map((victim) => victim.code);
      if (notAdults.length > 0) {
        const people = notAdults.join(', ');
        findings.push(finding('R5', 'R5_CONSENSUAL_CLOSURE', 'default', 'block', caseTarget, { people }));
      }
    }
    return findings;
  },
};
