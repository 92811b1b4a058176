import type { Finding } from '../finding.js';
import { finding, personById } from '../facts.js';
import type { PrincipleRule } from '../snapshot.js';

/**
 * R7, for victims' interviews, planned or held. Warnings, not blocks: A/72/751 asks for these
 * "where possible", and the investigator must be able to record an interview that could not
 * meet them, with the gap shown.
 */
export const r07VictimCentredInterview: PrincipleRule = {
  id: 'R7',
  title:
    'Interviews of victims: interviewer gender offered, support person offered, private setting, vetted interpreter.',
  source: 'A/72/751; International Protocol',
  evaluate(snapshot) {
    const findings: Finding[] = [];
    for (const interview of snapshot.interviews) {
      const victim = personById(snapshot, interview.personId);
      if (interview.status === 'cancelled' || victim?.role !== 'victim') continue;
      const person = victim.code;
      const target = { kind: 'interview', id: interview.id } as const;
      if (!interview.genderPreference.offered) {
        findings.push(finding('R7', 'R7_GENDER_PREFERENCE_NOT_OFFERED', 'default', 'warn', target, { person }));
      }
      if (!interview.supportPerson.offered) {
        findings.push(finding('R7', 'R7_SUPPORT_PERSON_NOT_OFFERED', 'default', 'warn', target, { person }));
      }
      if (!interview.place.private) {
        findings.push(finding('R7', 'R7_SETTING_NOT_PRIVATE', 'default', 'warn', target, { person }));
      }
      if (interview.interpreterPersonId !== undefined) {
        const interpreter = personById(snapshot, interview.interpreterPersonId);
        if (interpreter?.role !== 'interpreter' || !interpreter.vetting.vetted) {
          findings.push(finding('R7', 'R7_INTERPRETER_NOT_VETTED', 'default', 'warn', target, { person }));
        }
      }
      if (interview.team.length > 1 && new Set(interview.team.map((member) => member.gender)).size === 1) {
        findings.push(finding('R7', 'R7_TEAM_SINGLE_GENDER', 'default', 'info', target, { person }));
      }
    }
    return findings;
  },
};
