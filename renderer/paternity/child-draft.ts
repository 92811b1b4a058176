import { CalendarDate } from '../../shared/domain/calendar.js';
import type { Confidentiality } from '../../shared/domain/confidentiality.js';
import {
  PaternityChildFields,
  type DnaResult,
  type PaternityChild,
  type PaternityChildStatus,
  type StateContactChannel,
} from '../../shared/domain/paternity.js';
import { UncertainDate } from '../../shared/domain/uncertain-date.js';
import {
  draftFromUncertainDate,
  emptyDateDraft,
  uncertainDateFromDraft,
  type UncertainDateDraft,
} from '../components/uncertain-date-draft.js';

/** What the child form holds while it is filled: every field as typed, '' when left empty. */
export interface ChildDraft {
  motherId: string;
  subjectId: string;
  birth: UncertainDateDraft;
  reportedOn: string;
  status: PaternityChildStatus;
  dnaTaken: string;
  dnaSent: string;
  dnaResult: DnaResult | '';
  dnaResultOn: string;
  state: string;
  contactedOn: string;
  contactHow: StateContactChannel | '';
  supportAmount: string;
  supportOrderedOn: string;
  supportPaidOn: string;
  note: string;
  confidentiality: Confidentiality;
}

export type ChildProblem = 'mother' | 'subject' | 'reportedOn' | 'birth' | 'contact' | 'resultOn' | 'dates';

export function newChildDraft(): ChildDraft {
  return {
    motherId: '',
    subjectId: '',
    birth: emptyDateDraft('unknown'),
    reportedOn: '',
    status: 'reported',
    dnaTaken: '',
    dnaSent: '',
    dnaResult: '',
    dnaResultOn: '',
    state: '',
    contactedOn: '',
    contactHow: '',
    supportAmount: '',
    supportOrderedOn: '',
    supportPaidOn: '',
    note: '',
    // A child's record is strictly confidential unless lowered on purpose.
    confidentiality: 'strictly_confidential',
  };
}

export function draftOfChild(child: PaternityChild): ChildDraft {
  return {
    motherId: child.motherId,
    subjectId: child.subjectId,
    birth: draftFromUncertainDate(child.birth),
    reportedOn: child.reportedOn,
    status: child.status,
    dnaTaken: child.dna.sampleTakenOn ?? '',
    dnaSent: child.dna.sampleSentOn ?? '',
    dnaResult: child.dna.result ?? '',
    dnaResultOn: child.dna.resultOn ?? '',
    state: child.memberStateContact?.state ?? '',
    contactedOn: child.memberStateContact?.on ?? '',
    contactHow: child.memberStateContact?.how ?? '',
    supportAmount: child.support.amount ?? '',
    supportOrderedOn: child.support.orderedOn ?? '',
    supportPaidOn: child.support.lastPaidOn ?? '',
    note: child.note ?? '',
    confidentiality: child.confidentiality,
  };
}

const given = <K extends string>(key: K, value: string): Partial<Record<K, string>> =>
  value.trim() === '' ? {} : ({ [key]: value.trim() } as Record<K, string>);

/** The record to send, or the fields to correct first; the core judges the rest (order of DNA steps, consent). */
export function childFromDraft(
  draft: ChildDraft,
): { ok: true; value: PaternityChildFields } | { ok: false; problems: ChildProblem[] } {
  const problems: ChildProblem[] = [];
  if (draft.motherId === '') problems.push('mother');
  if (draft.subjectId === '') problems.push('subject');
  if (!CalendarDate.safeParse(draft.reportedOn).success) problems.push('reportedOn');
  const birth = UncertainDate.safeParse(uncertainDateFromDraft(draft.birth));
  if (!birth.success) problems.push('birth');
  const contactParts = [draft.state.trim(), draft.contactedOn, draft.contactHow];
  const contactGiven = contactParts.every((part) => part !== '');
  if (!contactGiven && contactParts.some((part) => part !== '')) problems.push('contact');
  if (draft.dnaResult !== '' && draft.dnaResultOn === '') problems.push('resultOn');
  if (problems.length > 0 || !birth.success) return { ok: false, problems };
  const fields = PaternityChildFields.safeParse({
    motherId: draft.motherId,
    subjectId: draft.subjectId,
    birth: birth.data,
    reportedOn: draft.reportedOn,
    status: draft.status,
    dna: {
      ...given('sampleTakenOn', draft.dnaTaken),
      ...given('sampleSentOn', draft.dnaSent),
      ...given('result', draft.dnaResult),
      ...given('resultOn', draft.dnaResultOn),
    },
    ...(contactGiven
      ? { memberStateContact: { state: draft.state.trim(), on: draft.contactedOn, how: draft.contactHow } }
      : {}),
    support: {
      ...given('amount', draft.supportAmount),
      ...given('orderedOn', draft.supportOrderedOn),
      ...given('lastPaidOn', draft.supportPaidOn),
    },
    ...given('note', draft.note),
    confidentiality: draft.confidentiality,
  });
  return fields.success ? { ok: true, value: fields.data } : { ok: false, problems: ['dates'] };
}
