import type { PersonSummary } from '../../../shared/contract/people.js';
import { countryWords, languageWords } from '../../../shared/documents/words.js';
import { FIELD_WORDS, type FieldWord } from '../../../shared/i18n/bundle-fields.js';
import { findLabel, labelText } from '../../../shared/i18n/labels.js';
import { formatDateWords } from '../../../shared/i18n/messages.js';
import type { TimeReader } from '../mission-time.js';
import { cliLanguage, cliList, cliWords } from '../words.js';

/**
 * `casefile person show`: a person's profile as an investigator reads it, every person it names by
 * pseudonym code (never an id), and which identity fields are recorded, never their values. Fields
 * are named with the words a bundle's fields use (shared/i18n/<language>/bundle-fields.ts).
 */

/** A person as shown: the summary, and the codes of the people the profile names. */
type PersonShown = PersonSummary & { guardianCode?: string; allegedSubjectCodes?: string[] };

type Profile = PersonSummary['profile'];
type KeysOf<T> = T extends unknown ? keyof T : never;

const fieldWords = () => FIELD_WORDS[cliLanguage()];

export function personShown(person: PersonSummary, people: readonly PersonSummary[]): PersonShown {
  const codeOf = (id: string): string =>
    people.find((other) => other.id === id)?.code ?? fieldWords().words.personUnknown;
  const { profile } = person;
  if (profile.role !== 'victim') return person;
  return {
    ...person,
    ...(profile.guardianPersonId !== undefined ? { guardianCode: codeOf(profile.guardianPersonId) } : {}),
    ...(profile.allegedSubjectIds !== undefined ? { allegedSubjectCodes: profile.allegedSubjectIds.map(codeOf) } : {}),
  };
}

/**
 * Each profile field's name, by role; null for those shown otherwise (the role heads the page,
 * the people it names by their codes, vetting and the guardian's consent in words of their own).
 */
const FIELD_NAMES: Readonly<Record<KeysOf<Profile>, FieldWord | null>> = {
  role: null,
  confidentiality: 'confidentiality',
  sex: 'sex',
  ageBand: 'age',
  language: 'language',
  languages: 'languagesInterpreted',
  guardianPersonId: null,
  allegedSubjectIds: null,
  guardianConsentException: null,
  firstContactAt: 'firstContactWithAnInvestigator',
  atRiskPopulation: 'underUnProtection',
  personnelCategory: 'categoryOfPersonnel',
  nationality: 'nationality',
  unitOrContingent: 'unitOrContingent',
  rankOrGrade: 'rankOrGrade',
  function: 'function',
  investigatingEntity: 'investigatingEntity',
  rotationOrContractEnd: 'rotationOrContractEnd',
  isUnPersonnel: 'reportedByUnPersonnel',
  relationship: 'relationshipToTheChild',
  kind: 'kind',
  vetting: null,
};

/** Profile fields whose values have words in the label catalogue. */
const LABELLED: Readonly<Partial<Record<KeysOf<Profile>, string>>> = {
  sex: 'sex',
  ageBand: 'ageBand',
  personnelCategory: 'personnelCategory',
  investigatingEntity: 'investigatingEntity',
  relationship: 'guardianRelationship',
  kind: 'supportPersonKind',
  atRiskPopulation: 'atRiskPopulation',
  confidentiality: 'confidentiality',
};

function valueWords(field: KeysOf<Profile>, value: unknown, time: TimeReader): string {
  const language = cliLanguage();
  const words = fieldWords().words;
  const group = LABELLED[field];
  if (value === null) return words.empty;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value !== 'string') {
    return Array.isArray(value)
      ? cliList(
          value.map((tag) => languageWords(String(tag), language)),
          'conjunction',
        )
      : String(value);
  }
  if (group !== undefined) return findLabel(language, group, value) ?? value;
  if (field === 'language') return languageWords(value, language);
  if (field === 'nationality') return countryWords(value, language);
  if (field === 'firstContactAt') return time(value);
  if (field === 'rotationOrContractEnd') return formatDateWords(value, language);
  return value;
}

/** The page's lines; times on the mission's clock. */
export function personLines(shown: PersonShown, reference: string, time: TimeReader): string[] {
  const { profile } = shown;
  const language = cliLanguage();
  const said = cliWords().person;
  const { labels, words } = fieldWords();
  const lines = [said.shown(shown.code, labelText(language, 'personRole', profile.role), reference, shown.id)];
  const line = (name: string, value: string) => lines.push(`  ${cliWords().line.about(name, value)}`);
  for (const [field, value] of Object.entries(profile) as [KeysOf<Profile>, unknown][]) {
    const name = FIELD_NAMES[field];
    if (name === null || value === undefined) continue;
    line(labels[name], valueWords(field, value, time));
  }
  if (shown.ageBandAtIncident !== null)
    line(labels.ageAtTheIncident, valueWords('ageBand', shown.ageBandAtIncident, time));
  if (shown.guardianCode !== undefined) line(labels.guardian, shown.guardianCode);
  if (profile.role === 'victim' && profile.guardianConsentException !== undefined) {
    line(labels.guardianConsent, said.guardianImplicated);
  }
  if (profile.role === 'victim')
    line(labels.allegedAgainst, shown.allegedSubjectCodes ? cliList(shown.allegedSubjectCodes) : said.everySubject);
  if (profile.role === 'interpreter') line(labels.vettedForThisCase, profile.vetting.vetted ? words.yes : words.no);
  const recorded = shown.identityRecorded.map((field) => labelText(language, 'identityField', field));
  line(labels.identityRecorded, recorded.length > 0 ? cliList(recorded, 'conjunction') : said.noIdentity);
  return lines;
}
