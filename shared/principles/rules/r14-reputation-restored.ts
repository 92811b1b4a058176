import { currentClosureGround } from '../../domain/case.js';
import { UN_PERSONNEL_CATEGORIES } from '../../domain/person.js';
import type { Finding } from '../finding.js';
import { finding, peopleOfRole } from '../facts.js';
import type { PrincipleRule } from '../snapshot.js';

/**
 * R14. "Official" is read as any UN personnel (staff, volunteers, uniformed): each of them
 * has a reputation the Organization's allegation touched. Contractors, partners and non-UN
 * forces are outside the UN's reach for this. Each subject is cleared by the finding in force on
 * them: "not substantiated" (an investigation found the allegation unfounded, not merely short of
 * evidence), whatever the other subjects' findings, so a case substantiated against one subject
 * still owes the steps to another it cleared (A/72/751 ¶62). A subject without a finding is cleared
 * by a case closed as unfounded (a case closed by hand, before findings were recorded per subject).
 */
export const r14ReputationRestored: PrincipleRule = {
  id: 'R14',
  title: "An unfounded allegation against an official: steps to restore the subject's reputation are recorded.",
  source: 'GA res. 64/110',
  evaluate(snapshot) {
    const caseUnfounded =
      snapshot.case.status === 'not_substantiated' && currentClosureGround(snapshot.case) === 'unfounded';
    const outcomeOf = new Map((snapshot.subjectOutcomes ?? []).map((subject) => [subject.code, subject.outcome]));
    const findings: Finding[] = [];
    for (const subject of peopleOfRole(snapshot, 'subject')) {
      if (!UN_PERSONNEL_CATEGORIES.includes(subject.personnelCategory)) continue;
      const outcome = outcomeOf.get(subject.code) ?? null;
      const cleared = outcome === null ? caseUnfounded : outcome === 'not_substantiated';
      if (!cleared) continue;
      const restored = (snapshot.actions ?? []).some(
        (a) => a.kind === 'reputation_restoration' && a.personId === subject.id,
      );
      if (!restored) {
        findings.push(
          finding(
            'R14',
            'R14_REPUTATION_STEPS_MISSING',
            'default',
            'warn',
            { kind: 'person', id: subject.id },
            { person: subject.code },
          ),
        );
      }
    }
    return findings;
  },
};
