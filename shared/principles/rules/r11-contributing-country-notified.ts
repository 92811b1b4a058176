import type { PersonnelCategory } from '../../domain/person.js';
import type { Finding } from '../finding.js';
import { finding, peopleOfRole } from '../facts.js';
import type { PrincipleRule } from '../snapshot.js';

/**
 * R11. Formed police units are included beside military contingents: a police-contributing
 * country is notified the same way (domain.md §4, "Notification to a TCC/PCC").
 */
const NOTIFIED_CATEGORIES: readonly PersonnelCategory[] = ['military_mc', 'police_fpu'];

export const r11ContributingCountryNotified: PrincipleRule = {
  id: 'R11',
  title:
    'Military contingent member: notify the TCC through its Permanent Mission to ' +
    'appoint a National Investigation Officer.',
  source: 'conduct.unmissions.org',
  evaluate(snapshot) {
    const findings: Finding[] = [];
    const notified = new Set(
      (snapshot.letters ?? [])
        .filter((l) => l.kind === 'contributing_country_notification')
        .map((l) => l.concernsPersonId),
    );
    for (const subject of peopleOfRole(snapshot, 'subject')) {
      if (!NOTIFIED_CATEGORIES.includes(subject.personnelCategory) || notified.has(subject.id)) continue;
      const params = { person: subject.code, category: subject.personnelCategory };
      findings.push(
        finding(
          'R11',
          'R11_CONTRIBUTING_COUNTRY_NOT_NOTIFIED',
          'default',
          'warn',
          { kind: 'person', id: subject.id },
          params,
        ),
      );
    }
    return findings;
  },
};
