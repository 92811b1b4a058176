import { ExplanationLocale } from '../../shared/contract/deadlines.js';
import { cliLanguage } from './words.js';

/**
 * The language the core words explanations and derived titles in (deadlines, timeline): the command
 * line's, when the core speaks it, else English.
 */
export function explanationLocale(): ExplanationLocale {
  const spoken = ExplanationLocale.safeParse(cliLanguage());
  return spoken.success ? spoken.data : 'en';
}
