import { currentClosureGround } from '../../domain/case.js';
import { UN_PERSONNEL_CATEGORIES } from '../../domain/person.js';
import type { Finding } from '../finding.js';
import { finding, peopleOfRole } from '../facts.js';
import type { PrincipleRule } from '../snapshot.js';

/**
 * R14. "Official" is read as any UN personnel (staff, volunteers, uniformed): each of them
 * has a reputation the Organization's allegation touched. Contractors, partners and non-UN
 * forces are outside the UN's reach for this.
 */
export const r14ReputationRestored: PrincipleRule = {
  id: 'R14',
  title: "An unfounded allegation against an official: steps to restore the subject's reputation are recorded.",
  source: 'GA res. 64/110',
  evaluate(snapshot) {
    if (snapshot.case.status !== 'not_substantiated' || currentClosureGround(snapshot.case) !== 'unfounded') return [];
    const findings: Finding[] = [];
    for (const subject of peopleOfRole(snapshot, 'subject')) {
      if (!UN_PERSONNEL_CATEGORIES.includes(subject.personnelCategory)) continue;
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
