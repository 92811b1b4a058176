import { describe, expect, it } from 'vitest';
import { personFacts } from '../../../renderer/people/person-facts.js';
import type { PersonSummary } from '../../../shared/contract/people.js';
import type { Language } from '../../../shared/domain/settings.js';
import { catalogT } from './i18n-instance.js';

const AT = '2026-03-05T10:00:00.000Z';

/** A victim who names two subjects, as the people list and the person page show her. */
const victim: PersonSummary = {
  id: 'v-1',
  caseId: 'c-1',
  code: 'V-01',
  profile: {
    role: 'victim',
    confidentiality: 'confidential',
    sex: 'female',
    ageBand: 'adult',
    language: 'sg',
    allegedSubjectIds: ['s-1', 's-2'],
  },
  identityRecorded: [],
  ageBandAtIncident: 'adult',
  createdAt: AT,
  updatedAt: AT,
};
const CODES = { 's-1': 'S-01', 's-2': 'S-02' };

async function allegedSubjects(language: Language): Promise<string | undefined> {
  const t = await catalogT(language);
  const facts = personFacts(victim, CODES, t, language, (instant) => instant);
  return facts.find((fact) => fact.key === 'allegedSubjects')?.value;
}

describe('a victim’s facts list the subjects she names in the interface language', () => {
  it('separates the codes with the Arabic comma in Arabic, a comma in English and French', async () => {
    expect(await allegedSubjects('ar')).toBe('S-01، S-02');
    expect(await allegedSubjects('en')).toBe('S-01, S-02');
    expect(await allegedSubjects('fr')).toBe('S-01, S-02');
  });
});
