import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { isolateValuesInRightToLeft } from '../../renderer/i18n/isolate-values.js';
import { LABEL_CATALOGUES } from '../../shared/i18n/labels.js';
import { repoRoot } from './paths.js';

export const UI_LANGUAGES = ['en', 'fr', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const i18nDir = join(repoRoot, 'renderer', 'i18n');

/** `case-file.json` holds the `caseFile` namespace, as renderer/i18n/index.ts assembles it. */
const namespaceOf = (file: string): string =>
  basename(file, '.json').replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

/**
 * The renderer's own messages and labels for one language, so a test can find controls by the names a user
 * of that language hears (the same walk in English and French) without copying any text.
 */
export async function catalogue(language: UiLanguage): Promise<TFunction> {
  const translation = readJson(join(i18nDir, `${language}.json`));
  for (const file of readdirSync(join(i18nDir, language)).filter((name) => name.endsWith('.json'))) {
    translation[namespaceOf(file)] = readJson(join(i18nDir, language, file));
  }
  // The words of each enum value, as the renderer merges them (`labels.<group>.<value>`).
  translation.labels = LABEL_CATALOGUES[language];
  const instance = i18next.createInstance();
  await instance.init({
    resources: { [language]: { translation } },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false, alwaysFormat: true },
  });
  // Values inside a right-to-left sentence are isolated as the interface isolates them (the names a reader hears).
  isolateValuesInRightToLeft(instance);
  return instance.t;
}
