import type { Finding } from '../finding.js';
import {
  ageBandOf,
  childVictims,
  consentParties,
  finding,
  hasTakenPlace,
  personById,
  recordsOfPerson,
  unrecordedParties,
} from '../facts.js';
import type { PrincipleRule } from '../snapshot.js';

/**
 * R4, for every victim who is or may be under 18. Blocking: the interview without guardian
 * consent (or the recorded exception) and the child's assent, and a repeat interview without a
 * written justification: both cheap to comply with, and both protect the child from harm that
 * cannot be undone. Warnings: the trained interviewer and the place, which field conditions
 * may not allow. A child interviewed in a private room is R7's check; R4 adds that police or
 * justice premises are not a safe place for a child.
 */
export const r04ChildVictims: PrincipleRule = {
  id: 'R4',
  timeChangesOnlyAdvice: true,
  title:
    "A minor victim: guardian consent and the child's assent (or a recorded " +
    'exception when the guardian is implicated), a trained child interviewer, a safe ' +
    'place; a repeat interview needs a written justification.',
  source: 'Murad Code; child-interview guidance',
  evaluate(snapshot) {
    const findings: Finding[] = [];
    for (const child of childVictims(snapshot)) {
      const person = child.code;
      const possibly = ageBandOf(snapshot, child).basis === 'possible_minor';
      const guardian = personById(snapshot, child.guardianPersonId);
      if (!child.guardianConsentException && guardian?.role !== 'guardian') {
        findings.push(
          finding(
            'R4',
            'R4_GUARDIAN_NOT_RECORDED',
            possibly ? 'possibleMinor' : 'minor',
            'warn',
            { kind: 'person', id: child.id },
            { person },
          ),
        );
      }
      const interviews = recordsOfPerson(snapshot.interviews, child.id).filter((i) => i.status !== 'cancelled');
      for (const interview of interviews) {
        const taken = hasTakenPlace(interview);
        const at = taken ? interview.conductedAt : snapshot.asOf;
        const target = { kind: 'interview', id: interview.id } as const;
        const missing = unrecordedParties(consentParties(snapshot, child.id, 'interview', at));
        for (const { party } of missing) {
          const code = party === 'guardian' ? 'R4_GUARDIAN_CONSENT_MISSING' : 'R4_CHILD_ASSENT_MISSING';
          findings.push(
            taken
              ? finding('R4', code, possibly ? 'afterInterviewPossibleMinor' : 'afterInterview', 'block', target, {
                  person,
                })
              : finding('R4', code, 'beforeInterview', 'info', target, { person }),
          );
        }
        if (!interview.team.some((member) => member.trainedInChildInterviewing)) {
          findings.push(finding('R4', 'R4_TRAINED_INTERVIEWER_MISSING', 'default', 'warn', target, { person }));
        }
        if (interview.place.type === 'police_or_justice_premises') {
          findings.push(finding('R4', 'R4_SETTING_NOT_SAFE', 'default', 'warn', target, { person }));
        }
        const earlier = interviews.filter(
          (other) =>
            other.id !== interview.id && hasTakenPlace(other) && (!taken || other.conductedAt < interview.conductedAt),
        );
        if (earlier.length > 0 && !interview.repeatJustification) {
          findings.push(
            finding(
              'R4',
              'R4_REPEAT_WITHOUT_JUSTIFICATION',
              taken ? 'afterInterview' : 'beforeInterview',
              taken ? 'block' : 'warn',
              target,
              { person },
            ),
          );
        }
      }
    }
    return findings;
  },
};
