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
          findings.push(finding('R3', 'R3_RISK_ASSESSMENT_MISSING', 'afterInterview', 'block', target, { person }));
        } else if (!assessment.proceed) {
          findings.push(finding('R3', 'R3_CONTACT_ADVISED_AGAINST', 'afterInterview', 'block', target, { person }));
        }
      } else if (!assessment) {
        findings.push(finding('R3', 'R3_RISK_ASSESSMENT_MISSING', 'beforeInterview', 'warn', target, { person }));
      } else if (!assessment.proceed) {
        findings.push(finding('R3', 'R3_CONTACT_ADVISED_AGAINST', 'beforeInterview', 'warn', target, { person }));
      }
    }
    return findings;
  },
};
