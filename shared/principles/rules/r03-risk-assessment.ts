import type { Finding } from '../finding.js';
import { codeOf, finding, hasTakenPlace, personById } from '../facts.js';
import type { PrincipleRule } from '../snapshot.js';

/** R3: do no harm is assessed before each contact with a victim or witness, and heeded. */
export const r03RiskAssessment: PrincipleRule = {
  id: 'R3',
  title: 'A do-no-harm risk assessment is recorded before contact with a victim or witness.',
  source: 'International Protocol',
  evaluate(snapshot) {
    const findings: Finding[] = [];
    for (const interview of snapshot.interviews) {
      const role = personById(snapshot, interview.personId)?.role;
      if (interview.status === 'cancelled' || (role !== 'victim' && role !== 'witness')) continue;
      const person = codeOf(snapshot, interview.personId);
      const target = { kind: 'interview', id: interview.id } as const;
      const assessment = interview.riskAssessment;
      if (hasTakenPlace(interview)) {
        if (!assessment || assessment.assessedAt > interview.conductedAt) {
          findings.push(finding('R3', 'R3_RISK_ASSESSMENT_MISSING', 'block',
            `${person} was interviewed with no do-no-harm risk assessment recorded before the contact.`,
            'Record the risk assessment that was made before the interview, with its date; if none was made, say so to your supervisor.',
            target, { person }));
        } else if (!assessment.proceed) {
          findings.push(finding('R3', 'R3_CONTACT_ADVISED_AGAINST', 'block',
            `${person} was interviewed although the risk assessment concluded that contact would do harm.`,
            'Record a new assessment made before the interview that allowed it, or report the breach to your supervisor.',
            target, { person }));
        }
      } else if (!assessment) {
        findings.push(finding('R3', 'R3_RISK_ASSESSMENT_MISSING', 'warn',
          `No do-no-harm risk assessment is recorded for the planned interview of ${person}.`,
          'Assess the risks of the contact to the person (retaliation, stigma, being seen, retraumatisation) and record it before the interview.',
          target, { person }));
      } else if (!assessment.proceed) {
        findings.push(finding('R3', 'R3_CONTACT_ADVISED_AGAINST', 'warn',
          `The risk assessment for the planned interview of ${person} concluded that contact would do harm.`,
          'Cancel or postpone the interview, or reassess when the risks have changed.',
          target, { person }));
      }
    }
    return findings;
  },
};
