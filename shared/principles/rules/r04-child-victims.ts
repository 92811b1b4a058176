import type { Finding } from '../finding.js';
import {
  ageBandOf,
  childVictims,
  consentParties,
  finding,
  hasTakenPlace,
  personById,
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
  title: "A minor victim: guardian consent and the child's assent (or a recorded exception when the guardian is implicated), a trained child interviewer, a safe place; a repeat interview needs a written justification.",
  source: 'Murad Code; child-interview guidance',
  evaluate(snapshot) {
    const findings: Finding[] = [];
    for (const child of childVictims(snapshot)) {
      const person = child.code;
      const possibly = ageBandOf(snapshot, child).basis === 'possible_minor' ? ' may be a minor and' : '';
      const guardian = personById(snapshot, child.guardianPersonId);
      if (!child.guardianConsentException && guardian?.role !== 'guardian') {
        findings.push(finding('R4', 'R4_GUARDIAN_NOT_RECORDED', 'warn',
          `${person}${possibly} has no guardian recorded.`,
          'Record the guardian (a parent, relative, legal guardian or appointed representative), or the exception if the guardian is implicated.',
          { kind: 'person', id: child.id }, { person }));
      }
      const interviews = snapshot.interviews.filter((i) => i.personId === child.id && i.status !== 'cancelled');
      for (const interview of interviews) {
        const taken = hasTakenPlace(interview);
        const at = taken ? interview.conductedAt : snapshot.asOf;
        const target = { kind: 'interview', id: interview.id } as const;
        const missing = unrecordedParties(consentParties(snapshot, child.id, 'interview', at));
        for (const { party } of missing) {
          const [code, what] = party === 'guardian'
            ? (['R4_GUARDIAN_CONSENT_MISSING', "the guardian's consent"] as const)
            : (['R4_CHILD_ASSENT_MISSING', "the child's own assent"] as const);
          findings.push(taken
            ? finding('R4', code, 'block', `${person}${possibly} was interviewed without ${what} recorded before it.`,
                party === 'guardian'
                  ? "Record the guardian's consent given before the interview, or the exception if the guardian is implicated."
                  : "Record the child's assent given before the interview, in words the child understood.",
                target, { person })
            : finding('R4', code, 'info', `${what[0]?.toUpperCase()}${what.slice(1)} to the interview of ${person} is not recorded yet.`,
                party === 'guardian'
                  ? "Record the guardian's consent, or the exception if the guardian is implicated, before the interview."
                  : "Explain the interview to the child and record the child's assent before it begins.",
                target, { person }));
        }
        if (!interview.team.some((member) => member.trainedInChildInterviewing)) {
          findings.push(finding('R4', 'R4_TRAINED_INTERVIEWER_MISSING', 'warn',
            `No one trained in interviewing children is on the team for ${person}.`,
            'Have the child interviewed by, or with, a trained child interviewer.', target, { person }));
        }
        if (interview.place.type === 'police_or_justice_premises') {
          findings.push(finding('R4', 'R4_SETTING_NOT_SAFE', 'warn',
            `${person} is interviewed on police or justice premises.`,
            'Interview a child in a safe, child-friendly place chosen with the child and the support person.', target, { person }));
        }
        const earlier = interviews.filter((other) => other.id !== interview.id && hasTakenPlace(other) && (!taken || other.conductedAt < interview.conductedAt));
        if (earlier.length > 0 && !interview.repeatJustification) {
          findings.push(finding('R4', 'R4_REPEAT_WITHOUT_JUSTIFICATION', taken ? 'block' : 'warn',
            `${person} ${taken ? 'was' : 'is to be'} interviewed again with no written justification.`,
            'Write why a repeat interview is necessary and why the earlier record does not suffice, or do not interview the child again.',
            target, { person }));
        }
      }
    }
    return findings;
  },
};
