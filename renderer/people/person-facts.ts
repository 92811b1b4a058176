import type { TFunction } from 'i18next';
import type { PersonSummary } from '../../shared/contract/people.js';
import { countryWords, languageWords } from '../../shared/documents/words.js';
import { interfaceLanguage } from '../i18n/date-conventions.js';
import { formatCalendarDay } from './local-time.js';
import { listText } from '../../shared/i18n/list-text.js';

/** One non-identifying fact about a person, as the list and the detail show it. */
export interface PersonFact {
  key: string;
  label: string;
  value: string;
  /** Facts a reader must not miss: a minor, an unvetted interpreter. */
  emphasis?: 'minor' | 'caution';
}

/** A language tag with its name in the user's language: "French (fr)"; the tag alone when unnamed. */
export function languageName(tag: string, uiLanguage: string): string {
  const name = languageWords(tag, interfaceLanguage(uiLanguage));
  return name !== tag ? `${name} (${tag})` : tag;
}

/** A nationality (ISO alpha-3) with its country's name in the user's language: "France (FRA)"; else the code. */
function countryName(alpha3: string, uiLanguage: string): string {
  const name = countryWords(alpha3, interfaceLanguage(uiLanguage));
  return name !== alpha3 ? `${name} (${alpha3})` : alpha3;
}

/** The age band a rule would use: for a victim, the core's reading at the incident date. */
function effectiveAgeBand(person: PersonSummary): 'adult' | 'minor' | 'unknown' | null {
  const { profile } = person;
  if (profile.role === 'victim') return person.ageBandAtIncident ?? profile.ageBand;
  if (profile.role === 'witness') return profile.ageBand;
  return null;
}

export const isMinor = (person: PersonSummary): boolean => effectiveAgeBand(person) === 'minor';

/**
 * The profile of `person` as labelled facts, never an identity value. `codes` gives the codes of
 * related persons (a victim's guardian, the subjects she names) by id.
 */
export function personFacts(
  person: PersonSummary,
  codes: Readonly<Record<string, string>>,
  t: TFunction,
  uiLanguage: string,
  instantText: (instant: string) => string,
): PersonFact[] {
  const { profile } = person;
  const facts: PersonFact[] = [];
  const add = (key: string, label: string, value: string, emphasis?: PersonFact['emphasis']) =>
    facts.push(emphasis ? { key, label, value, emphasis } : { key, label, value });
  const language = (tag: string | null) => (tag ? languageName(tag, uiLanguage) : t('people.facts.notRecorded'));
  const codeOf = (id: string | undefined) =>
    (id === undefined ? undefined : codes[id]) ?? t('people.facts.notRecorded');

  switch (profile.role) {
    case 'victim':
    case 'witness': {
      const band = effectiveAgeBand(person) ?? 'unknown';
      add('sex', t('people.fields.sex'), t(`labels.sex.${profile.sex}`));
      add(
        'ageBand',
        profile.role === 'victim' ? t('people.fields.ageAtIncident') : t('people.fields.ageBand'),
        t(`labels.ageBand.${band}`),
        band === 'minor' ? 'minor' : undefined,
      );
      add('language', t('people.fields.language'), language(profile.language));
      if (profile.role === 'victim') {
        if (profile.guardianPersonId) add('guardian', t('people.fields.guardian'), codeOf(profile.guardianPersonId));
        if (profile.allegedSubjectIds)
          add(
            'allegedSubjects',
            t('people.fields.allegedSubjects'),
            listText(uiLanguage, profile.allegedSubjectIds.map(codeOf), { type: 'unit' }),
          );
        if (profile.guardianConsentException)
          add(
            'exception',
            t('people.fields.guardianException'),
            profile.guardianConsentException.justification,
            'caution',
          );
        if (profile.firstContactAt)
          add('firstContact', t('people.fields.firstContact'), instantText(profile.firstContactAt));
      }
      break;
    }
    case 'subject':
      add(
        'personnelCategory',
        t('people.fields.personnelCategory'),
        t(`labels.personnelCategory.${profile.personnelCategory}`),
      );
      add(
        'nationality',
        t('people.fields.nationality'),
        profile.nationality ? countryName(profile.nationality, uiLanguage) : t('people.facts.notRecorded'),
      );
      add(
        'unitOrContingent',
        t('people.fields.unitOrContingent'),
        profile.unitOrContingent ?? t('people.facts.notRecorded'),
      );
      if (profile.function) add('function', t('people.fields.function'), profile.function);
      if (profile.rankOrGrade) add('rankOrGrade', t('people.fields.rankOrGrade'), profile.rankOrGrade);
      if (profile.investigatingEntity)
        add(
          'investigatingEntity',
          t('people.fields.investigatingEntity'),
          t(`labels.investigatingEntity.${profile.investigatingEntity}`),
        );
      if (profile.rotationOrContractEnd)
        add(
          'rotation',
          t('people.fields.rotationOrContractEnd'),
          formatCalendarDay(profile.rotationOrContractEnd, uiLanguage),
        );
      break;
    case 'reporter':
      add(
        'unPersonnel',
        t('people.fields.isUnPersonnel'),
        profile.isUnPersonnel ? t('people.facts.yes') : t('people.facts.no'),
      );
      add('language', t('people.fields.language'), language(profile.language));
      break;
    case 'guardian':
      add('relationship', t('people.fields.relationship'), t(`labels.guardianRelationship.${profile.relationship}`));
      add('language', t('people.fields.language'), language(profile.language));
      break;
    case 'interpreter':
      add(
        'languages',
        t('people.fields.languages'),
        listText(
          uiLanguage,
          profile.languages.map((tag) => languageName(tag, uiLanguage)),
        ),
      );
      add(
        'vetting',
        t('people.fields.vetting'),
        profile.vetting.vetted
          ? profile.vetting.vettedOn
            ? t('people.facts.vettedOn', { date: formatCalendarDay(profile.vetting.vettedOn, uiLanguage) })
            : t('people.facts.vetted')
          : t('people.facts.notVetted'),
        profile.vetting.vetted ? undefined : 'caution',
      );
      break;
    case 'support_person':
      add('kind', t('people.fields.supportKind'), t(`labels.supportPersonKind.${profile.kind}`));
      add('language', t('people.fields.language'), language(profile.language));
      break;
  }
  return facts;
}
