import type { MethodInput } from '../../../shared/contract/index.js';
import type { InterviewArrangements } from '../../../shared/domain/interview.js';
import { plainToRichText, type RichText } from '../../../shared/domain/rich-text.js';
import { intake, type CaseFile } from '../cases/case-file-fixture.js';

export { intake, MINUTE, useCaseFiles, type CaseFile } from '../cases/case-file-fixture.js';

/** The test clock: the case was received the day before, the incident a week before; interviews happen before it. */
export const START = '2026-03-10T09:00:00.000Z';
export const at = (iso: string, minutes: number): string => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/** A case whose incident date is known to the day, so that a date of birth settles a victim's age. */
export async function openCase(cf: CaseFile, overrides: Partial<MethodInput<'cases.create'>> = {}) {
  return cf.call(
    'cases.create',
    intake({
      category: 'SA',
      subtype: 'sexual_activity_with_minor',
      incidentDates: [{ precision: 'day', from: '2026-03-02', timeZone: 'Africa/Bangui' }],
      ...overrides,
    }),
  );
}

export const victim = (ageBand: 'adult' | 'minor' | 'unknown' = 'adult', extra: Record<string, unknown> = {}) => ({
  role: 'victim' as const,
  sex: 'female' as const,
  ageBand,
  language: 'fr',
  ...extra,
});
export const witness = () => ({
  role: 'witness' as const,
  sex: 'male' as const,
  ageBand: 'adult' as const,
  language: 'sg',
});
export const subject = () => ({
  role: 'subject' as const,
  personnelCategory: 'military_mc' as const,
  nationality: 'XYZ',
  unitOrContingent: 'Battalion 4',
  function: 'Logistics officer',
});
export const guardian = () => ({ role: 'guardian' as const, relationship: 'parent' as const, language: 'fr' });

/**
 * An interview arranged by the book (private NGO room, a trained female lead and a male
 * co-interviewer, preference and support person offered, risk assessed before), so that only
 * consent decides whether it may be marked conducted.
 */
export function arrangements(overrides: Partial<InterviewArrangements> = {}): InterviewArrangements {
  return {
    scheduledAt: at(START, -60),
    timeZone: 'Africa/Bangui',
    place: { type: 'ngo_premises', private: true },
    team: [
      { name: 'Investigator One', gender: 'female', role: 'lead', trainedInChildInterviewing: true },
      { name: 'Investigator Two', gender: 'male', role: 'co_interviewer', trainedInChildInterviewing: false },
    ],
    genderPreference: { offered: true, preferred: 'female' },
    supportPerson: { offered: true, present: false },
    language: 'fr',
    recorded: false,
    riskAssessment: {
      assessedAt: at(START, -180),
      level: 'low',
      risks: 'Being seen entering the office',
      mitigations: 'Side entrance',
      proceed: true,
    },
    confidentiality: 'strictly_confidential',
    ...overrides,
  };
}

export const notes = (text: string): RichText => plainToRichText(text);

/** Gives the consent to the interview of `personId` now (by the person, or by a guardian). */
export function consent(
  personId: string,
  decidedAt: string,
  options: {
    guardianPersonId?: string;
    decision?: 'given' | 'refused' | 'withdrawn';
    purpose?: MethodInput<'consents.record'>['purpose'];
  } = {},
): MethodInput<'consents.record'> {
  return {
    personId,
    purpose: options.purpose ?? 'interview',
    decision: options.decision ?? 'given',
    decidedAt,
    by: options.guardianPersonId === undefined ? 'self' : 'guardian',
    ...(options.guardianPersonId === undefined ? {} : { guardianPersonId: options.guardianPersonId }),
  };
}

/** The audit rows of a case, oldest first. */
export async function auditOf(cf: CaseFile, caseId: string) {
  const { items } = await cf.call('audit.list', { caseId, limit: 1000 });
  return [...items].reverse();
}
