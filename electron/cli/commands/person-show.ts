import type { PersonSummary } from '../../../shared/contract/people.js';
import { findLabel, labelText } from '../../../shared/i18n/labels.js';

/**
 * `casefile person show`: a person's profile as an investigator reads it, every person it names by
 * pseudonym code (never an id), and which identity fields are recorded, never their values.
 */

/** A person as shown: the summary, and the codes of the people the profile names. */
type PersonShown = PersonSummary & { guardianCode?: string; allegedSubjectCodes?: string[] };

export function personShown(person: PersonSummary, people: readonly PersonSummary[]): PersonShown {
  const codeOf = (id: string): string => people.find((other) => other.id === id)?.code ?? '(not in this case)';
  const { profile } = person;
  if (profile.role !== 'victim') return person;
  return {
    ...person,
    ...(profile.guardianPersonId !== undefined ? { guardianCode: codeOf(profile.guardianPersonId) } : {}),
    ...(profile.allegedSubjectIds !== undefined ? { allegedSubjectCodes: profile.allegedSubjectIds.map(codeOf) } : {}),
  };
}

/** Profile fields whose values have words in the label catalogue. */
const LABELLED: Readonly<Record<string, string>> = {
  sex: 'sex',
  ageBand: 'ageBand',
  personnelCategory: 'personnelCategory',
  investigatingEntity: 'investigatingEntity',
  relationship: 'guardianRelationship',
  kind: 'supportPersonKind',
  atRiskPopulation: 'atRiskPopulation',
  confidentiality: 'confidentiality',
};

/** Field names as said; people named by the profile are shown by their codes instead. */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  ageBand: 'Age band (recorded)',
  language: 'Language',
  languages: 'Languages',
  personnelCategory: 'Personnel category',
  investigatingEntity: 'Investigated by',
  nationality: 'Nationality',
  unitOrContingent: 'Unit or contingent',
  rankOrGrade: 'Rank or grade',
  rotationOrContractEnd: 'Rotation or contract end',
  isUnPersonnel: 'UN personnel',
  firstContactAt: 'First contact',
  atRiskPopulation: 'Population under UN protection',
  kind: 'Kind',
};
const SKIPPED = new Set(['role', 'guardianPersonId', 'allegedSubjectIds', 'guardianConsentException', 'vetting']);

const sentenceCase = (field: string): string => {
  const words = field.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

function valueWords(field: string, value: unknown): string {
  const group = LABELLED[field];
  if (group !== undefined && typeof value === 'string') return findLabel('en', group, value) ?? value;
  if (value === null) return 'not recorded';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

export function personLines(shown: PersonShown, reference: string): string[] {
  const { profile } = shown;
  const lines = [`${shown.code} — ${labelText('en', 'personRole', profile.role)}, in ${reference}. Id: ${shown.id}`];
  const line = (name: string, value: string) => lines.push(`  ${name}: ${value}`);
  for (const [field, value] of Object.entries(profile)) {
    if (SKIPPED.has(field) || value === undefined) continue;
    line(FIELD_WORDS[field] ?? sentenceCase(field), valueWords(field, value));
  }
  if (shown.ageBandAtIncident !== null)
    line('Age band at the incident', valueWords('ageBand', shown.ageBandAtIncident));
  if (shown.guardianCode !== undefined) line('Guardian', shown.guardianCode);
  if (profile.role === 'victim' && profile.guardianConsentException !== undefined) {
    line('Guardian consent', 'exception recorded (the guardian is implicated)');
  }
  if (profile.role === 'victim') {
    line(
      'Alleged against',
      shown.allegedSubjectCodes?.join(', ') ?? 'not recorded (her closure letter reads every subject of the case)',
    );
  }
  if (profile.role === 'interpreter') line('Vetted', profile.vetting.vetted ? 'yes' : 'no');
  const recorded = shown.identityRecorded.map((field) => labelText('en', 'identityField', field));
  line('Identity recorded', recorded.length > 0 ? recorded.join(', ') : 'none');
  return lines;
}
