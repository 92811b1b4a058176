import { describe, expect, it } from 'vitest';
import { INTERVIEW_STATUSES, type InterviewStatus } from '../../../shared/domain/interview.js';
import { LANGUAGES, type Language } from '../../../shared/domain/settings.js';
import { displayLocale, formatInstant } from '../../../renderer/components/format-dates.js';
import { FIRST_STRONG_ISOLATE as FSI, POP_DIRECTIONAL_ISOLATE as PDI } from '../../../renderer/i18n/isolate-values.js';
import { interviewLabel, type NamedInterview } from '../../../renderer/interviews/interview-label.js';
import { interfaceT } from './i18n-instance.js';

const PLANNED_FOR = '2026-03-03T10:00:00.000Z';
const HELD_AT = '2026-03-04T08:15:00.000Z';

async function labelIn(language: Language, interview: NamedInterview): Promise<string> {
  const t = await interfaceT(language);
  return interviewLabel(t, (instant) => formatInstant(t, displayLocale(language), instant, 'UTC'), interview);
}

const interviewWith = (status: InterviewStatus): NamedInterview => ({
  personCode: 'W-01',
  status,
  scheduledAt: PLANNED_FOR,
  ...(status === 'conducted' || status === 'signed' ? { conductedAt: HELD_AT } : {}),
});

/** A closing bracket followed by an opening one, with nothing but spaces or direction marks between. */
const BRACKETS_IN_A_ROW = /\)[\s\u200e\u200f\u2066-\u2069]*\(/;

/** A sentence's own words: every isolated value taken out, the innermost first (the moment holds its zone). */
function ownWords(label: string): string {
  const innermost = /\u2068[^\u2068\u2069]*\u2069/g;
  let words = label;
  let previous: string;
  do {
    previous = words;
    words = words.replace(innermost, '');
  } while (words !== previous);
  return words;
}

describe('an interview named where it is linked', () => {
  it('is one English sentence per status: planned for, or held on, its moment and zone', async () => {
    expect(await labelIn('en', interviewWith('planned'))).toBe(
      'Interview of W-01, planned for 3 Mar 2026, 10:00 (UTC)',
    );
    expect(await labelIn('en', interviewWith('conducted'))).toBe(
      'Interview of W-01, conducted on 4 Mar 2026, 08:15 (UTC)',
    );
    expect(await labelIn('en', interviewWith('signed'))).toBe(
      'Interview of W-01, conducted on 4 Mar 2026, 08:15 (UTC), notes signed',
    );
    expect(await labelIn('en', interviewWith('cancelled'))).toBe(
      'Interview of W-01, planned for 3 Mar 2026, 10:00 (UTC), cancelled',
    );
  });

  it('says it in French with the French date', async () => {
    expect(await labelIn('fr', interviewWith('planned'))).toBe(
      'Entretien de W-01, prévu le 3 mars 2026, 10:00 (fuseau UTC)',
    );
    expect(await labelIn('fr', interviewWith('signed'))).toBe(
      'Entretien de W-01, mené le 4 mars 2026, 08:15 (fuseau UTC), notes signées',
    );
  });

  it('never sets two bracketed asides side by side, in any language or status', async () => {
    for (const language of LANGUAGES) {
      for (const status of INTERVIEW_STATUSES) {
        const label = await labelIn(language, interviewWith(status));
        expect(label, `${language} ${status}`).not.toMatch(BRACKETS_IN_A_ROW);
        expect(label.match(/\(/g), `${language} ${status}`).toHaveLength(1);
      }
    }
  });

  it('in Arabic, keeps the code and the moment with its zone as isolates inside the Arabic words', async () => {
    for (const status of INTERVIEW_STATUSES) {
      const label = await labelIn('ar', interviewWith(status));
      expect(label).toContain(`${FSI}W-01${PDI}`);
      expect(label).toContain(`${FSI}UTC${PDI}`);
      const words = ownWords(label);
      expect(words, status).toMatch(/^مقابلة/);
      expect(words.replace(/[\s،]/g, ''), status).toMatch(/^[\p{Script=Arabic}\p{Mn}]+$/u);
    }
  });

  it('dates a held interview by when it took place and the others by when they were planned', async () => {
    expect(await labelIn('en', interviewWith('conducted'))).toContain('4 Mar 2026');
    expect(await labelIn('en', interviewWith('cancelled'))).toContain('3 Mar 2026');
  });

  it('names an interview with no moment by its code and status alone', async () => {
    expect(await labelIn('en', { personCode: 'V-01', status: 'planned' })).toBe('Interview of V-01 (Planned)');
    expect(await labelIn('en', { personCode: 'V-01', status: 'conducted', scheduledAt: PLANNED_FOR })).toBe(
      'Interview of V-01 (Conducted)',
    );
  });
});
