import type { PersonProfile } from '../../../shared/contract/people.js';
import { labelText } from '../../../shared/i18n/labels.js';

const words = (value: string): string => value.replaceAll('_', ' ');

/**
 * What search may find a person by: the code and the non-identifying profile. Never identity
 * fields, nor free notes that may name someone (vetting notes). The age band is the one the
 * investigator recorded: the band computed from a date of birth depends on the case's incident
 * dates, which change without the person being re-indexed.
 */
export function personSearchText(code: string, profile: PersonProfile): string {
  const parts: string[] = [code, words(profile.role)];
  switch (profile.role) {
    case 'victim':
    case 'witness':
      parts.push(profile.sex, profile.ageBand, profile.language ?? '');
      break;
    case 'subject':
      parts.push(
        labelText('en', 'personnelCategory', profile.personnelCategory),
        profile.nationality ?? '',
        profile.unitOrContingent ?? '',
        profile.function ?? '',
      );
      break;
    case 'reporter':
      parts.push(profile.isUnPersonnel ? 'UN personnel' : '', profile.language ?? '');
      break;
    case 'guardian':
      parts.push(words(profile.relationship), profile.language ?? '');
      break;
    case 'interpreter':
      parts.push(...profile.languages, profile.vetting.vetted ? 'vetted' : 'not vetted');
      break;
    case 'support_person':
      parts.push(words(profile.kind), profile.language ?? '');
      break;
  }
  return parts.filter((part) => part !== '').join(' ');
}
