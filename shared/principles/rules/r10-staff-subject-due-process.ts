import { UN_STAFF_CATEGORIES } from '../../domain/person.js';
import type { Finding } from '../finding.js';
import { finding, hasTakenPlace, personById } from '../facts.js';
import type { PrincipleRule } from '../snapshot.js';

/** R10: ST/AI/2017/1 due process for UN staff subjects, checked on each of their interviews. */
export const r10StaffSubjectDueProcess: PrincipleRule = {
  id: 'R10',
  title: 'A UN staff subject is told in writing of the allegation before their interview and may bring an observer.',
  source: 'ST/AI/2017/1',
  evaluate(snapshot) {
    const findings: Finding[] = [];
    for (const interview of snapshot.interviews) {
      const subject = personById(snapshot, interview.personId);
      if (
        interview.status === 'cancelled' ||
        subject?.role !== 'subject' ||
        !UN_STAFF_CATEGORIES.includes(subject.personnelCategory)
      )
        continue;
      const person = subject.code;
      const params = { person, category: subject.personnelCategory };
      const target = { kind: 'interview', id: interview.id } as const;
      const taken = hasTakenPlace(interview);
      const notice = interview.subjectNotice;
      const noticeAt = notice?.writtenNoticeGivenAt;
      if (noticeAt === undefined || (taken && noticeAt > interview.conductedAt)) {
        findings.push(
          finding(
            'R10',
            'R10_WRITTEN_NOTICE_MISSING',
            taken ? 'afterInterview' : 'beforeInterview',
            taken ? 'block' : 'warn',
            target,
            params,
          ),
        );
      }
      if (!notice?.observerOffered) {
        findings.push(finding('R10', 'R10_OBSERVER_NOT_OFFERED', 'default', taken ? 'block' : 'warn', target, params));
      }
    }
    return findings;
  },
};
