import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/domain/settings.js';
import en from './en.json';
import fr from './fr.json';
import ar from './ar.json';
import enCaseFile from './en/case-file.json';
import frCaseFile from './fr/case-file.json';
import arCaseFile from './ar/case-file.json';
import enEvidence from './en/evidence.json';
import frEvidence from './fr/evidence.json';
import arEvidence from './ar/evidence.json';
import enInterviews from './en/interviews.json';
import enPeople from './en/people.json';
import frInterviews from './fr/interviews.json';
import arInterviews from './ar/interviews.json';
import frPeople from './fr/people.json';
import arPeople from './ar/people.json';
import enDeadlines from './en/deadlines.json';
import enStatistics from './en/statistics.json';
import frStatistics from './fr/statistics.json';
import arStatistics from './ar/statistics.json';
import frDeadlines from './fr/deadlines.json';
import arDeadlines from './ar/deadlines.json';
import enTimeline from './en/timeline.json';
import frTimeline from './fr/timeline.json';
import arTimeline from './ar/timeline.json';
import enLetters from './en/letters.json';
import frLetters from './fr/letters.json';
import arLetters from './ar/letters.json';
import enPaternity from './en/paternity.json';
import frPaternity from './fr/paternity.json';
import arPaternity from './ar/paternity.json';
import enAssistance from './en/assistance.json';
import enInvestigation from './en/investigation.json';
import frAssistance from './fr/assistance.json';
import arAssistance from './ar/assistance.json';
import frInvestigation from './fr/investigation.json';
import arInvestigation from './ar/investigation.json';
import enDateTime from './en/date-time.json';
import enFindings from './en/findings.json';
import enFollowUp from './en/follow-up.json';
import frFollowUp from './fr/follow-up.json';
import arFollowUp from './ar/follow-up.json';
import frFindings from './fr/findings.json';
import arFindings from './ar/findings.json';
import frDateTime from './fr/date-time.json';
import arDateTime from './ar/date-time.json';
import enIdentity from './en/identity.json';
import frIdentity from './fr/identity.json';
import arIdentity from './ar/identity.json';
import enBundles from './en/bundles.json';
import frBundles from './fr/bundles.json';
import arBundles from './ar/bundles.json';
import { LABEL_CATALOGUES } from '../../shared/i18n/labels.js';
import { MESSAGE_CATALOGUES, registerMessageFormatters } from '../../shared/i18n/messages.js';
import { directionOf } from '../../shared/i18n/text-direction.js';
import { isolateValuesInRightToLeft } from './isolate-values.js';

/**
 * The words of each enum value come from the one label catalogue per language (shared/i18n), as
 * `labels.<group>.<value>`.
 */
export const resources = {
  en: {
    translation: {
      ...en,
      caseFile: enCaseFile,
      people: enPeople,
      interviews: enInterviews,
      evidence: enEvidence,
      deadlines: enDeadlines,
      statistics: enStatistics,
      timeline: enTimeline,
      letters: enLetters,
      paternity: enPaternity,
      dateTime: enDateTime,
      assistance: enAssistance,
      investigation: enInvestigation,
      findings: enFindings,
      followUp: enFollowUp,
      identity: enIdentity,
      bundles: enBundles,
      messages: MESSAGE_CATALOGUES.en,
      labels: LABEL_CATALOGUES.en,
    },
  },
  fr: {
    translation: {
      ...fr,
      caseFile: frCaseFile,
      people: frPeople,
      interviews: frInterviews,
      evidence: frEvidence,
      deadlines: frDeadlines,
      statistics: frStatistics,
      timeline: frTimeline,
      letters: frLetters,
      paternity: frPaternity,
      dateTime: frDateTime,
      assistance: frAssistance,
      investigation: frInvestigation,
      findings: frFindings,
      followUp: frFollowUp,
      identity: frIdentity,
      bundles: frBundles,
      messages: MESSAGE_CATALOGUES.fr,
      labels: LABEL_CATALOGUES.fr,
    },
  },
  ar: {
    translation: {
      ...ar,
      caseFile: arCaseFile,
      people: arPeople,
      interviews: arInterviews,
      evidence: arEvidence,
      deadlines: arDeadlines,
      statistics: arStatistics,
      timeline: arTimeline,
      letters: arLetters,
      paternity: arPaternity,
      dateTime: arDateTime,
      assistance: arAssistance,
      investigation: arInvestigation,
      findings: arFindings,
      followUp: arFollowUp,
      identity: arIdentity,
      bundles: arBundles,
      messages: MESSAGE_CATALOGUES.ar,
      labels: LABEL_CATALOGUES.ar,
    },
  },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    // Typed keys: asking for a key that is not in en.json is a compile error, not a raw key on screen.
    resources: (typeof resources)['en'];
    returnNull: false;
  }
}

/**
 * Keeps <html lang>, <html dir> and the window title in step with the language, for screen readers and
 * the OS; the direction mirrors the whole app (its styles are logical: tests/unit/renderer/logical-css).
 */
function reflectLanguage(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
  document.title = i18next.t('app.title');
}

export async function initI18n(language: Language = 'en'): Promise<typeof i18next> {
  i18next.on('languageChanged', reflectLanguage);
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    // React escapes what it renders; escaping here would double-encode. Every value goes through the
    // formatter (alwaysFormat) so a right-to-left language can isolate it (isolate-values.ts).
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
  });
  // The core's messages (shared/i18n) name enum values through their labels: `{{status, caseStatus}}`.
  registerMessageFormatters(i18next);
  isolateValuesInRightToLeft(i18next);
  reflectLanguage(i18next.language);
  return i18next;
}

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
