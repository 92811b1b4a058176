import { describe, expect, it } from 'vitest';
import { CUSTODY_REPORT_LANGUAGES } from '../../../shared/contract/custody.js';
import { STATISTICS_LANGUAGES } from '../../../shared/statistics/words.js';
import { cli } from './harness.js';

/** The commands whose --lang chooses the language a document is written in, and the languages it takes. */
const DOCUMENT_LANGUAGE_COMMANDS = [
  { command: ['custody', 'report'], languages: CUSTODY_REPORT_LANGUAGES },
  { command: ['evidence', 'verification-report'], languages: CUSTODY_REPORT_LANGUAGES },
  { command: ['stats'], languages: STATISTICS_LANGUAGES },
] as const;

describe('the help of a command writing a report or statistics', () => {
  for (const { command, languages } of DOCUMENT_LANGUAGE_COMMANDS) {
    for (const uiLanguage of ['en', 'fr', 'ar']) {
      it(`offers every language the document is written in: ${command.join(' ')} in ${uiLanguage}`, async () => {
        const run = await cli(['--ui-lang', uiLanguage, ...command, '--help']);
        expect(run.status).toBe(0);
        const [usage = ''] = run.stdout.split('\n');
        expect(usage).toContain(`[--lang ${languages.join('|')}]`);
        // The option's own line, and any sentence of the details naming --lang, names each language.
        const saying = run.stdout.split('\n').filter((line) => /(^|\s)--lang\s/.test(line) && line !== usage);
        expect(saying.length).toBeGreaterThan(0);
        for (const line of saying)
          for (const language of languages) expect(line).toMatch(new RegExp(`\\b${language}\\b`));
      });
    }
  }
});
