import { instantMs } from '../../domain/primitives.js';
import { toUtcInterval } from '../../domain/uncertain-date.js';
import type { Finding } from '../finding.js';
import { finding, HOUR_MS, peopleOfRole } from '../facts.js';
import { DEFAULT_PRINCIPLE_SETTINGS, type PrincipleRule } from '../snapshot.js';

/**
 * R15. The window is counted from the latest moment the incident could have happened, so it
 * is "open" as long as any reading of an uncertain date leaves time. Offering the exam is a
 * warning while the window is open (refusal is the victim's right and is recorded as such);
 * treatment must be offered whatever happens to the exam.
 */
export const r15ForensicExam: PrincipleRule = {
  id: 'R15',
  timeChangesOnlyAdvice: true,
  title:
    'Forensic medical examination by a qualified provider, as soon as possible and ' +
    'within 72 h; it may be refused; treatment does not wait for it.',
  source: 'WHO',
  evaluate(snapshot, settings = DEFAULT_PRINCIPLE_SETTINGS) {
    const findings: Finding[] = [];
    const latestIncident = snapshot.case.incidentDates
      .map((date) => toUtcInterval(date)?.latest)
      .filter((ms): ms is number => ms !== undefined)
      .reduce<number | null>((latest, ms) => (latest === null || ms > latest ? ms : latest), null);
    const windowEnd = latestIncident === null ? null : latestIncident + settings.forensicExamWindowHours * HOUR_MS;
    const hours = String(settings.forensicExamWindowHours);
    for (const victim of peopleOfRole(snapshot, 'victim')) {
      const person = victim.code;
      const exams = (snapshot.forensicExams ?? []).filter((exam) => exam.personId === victim.id);
      if (exams.length === 0 && windowEnd !== null && instantMs(snapshot.asOf) <= windowEnd) {
        findings.push(
          finding(
            'R15',
            'R15_EXAM_WINDOW_OPEN',
            'default',
            'warn',
            { kind: 'person', id: victim.id },
            { person, hours },
          ),
        );
      }
      for (const exam of exams) {
        if (exam.status !== 'conducted') continue;
        const target = { kind: 'forensic_exam', id: exam.id } as const;
        if (exam.providerQualified !== true) {
          findings.push(finding('R15', 'R15_PROVIDER_NOT_QUALIFIED', 'default', 'warn', target, { person }));
        }
        if (windowEnd !== null && instantMs(exam.at) > windowEnd) {
          findings.push(finding('R15', 'R15_EXAM_AFTER_WINDOW', 'default', 'info', target, { person, hours }));
        }
      }
      const treatmentOffered = (snapshot.referrals ?? []).some(
        (r) => r.personId === victim.id && r.service === 'medical',
      );
      if (exams.length > 0 && !treatmentOffered) {
        findings.push(
          finding('R15', 'R15_TREATMENT_WAITING', 'default', 'warn', { kind: 'person', id: victim.id }, { person }),
        );
      }
    }
    return findings;
  },
};
