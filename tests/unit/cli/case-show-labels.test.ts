import { describe, expect, it } from 'vitest';
import { cli, makeVault, PASSPHRASE, useTempDirs } from './harness.js';

const tempDir = useTempDirs();

/** The lines of case show's table of facts, between the title and the summary. */
const factLines = (output: string): string[] => output.split('\n').slice(2, output.split('\n').indexOf('', 2));

describe('case show’s facts', () => {
  for (const [language, status, colon] of [
    ['en', 'Status', ':'],
    ['fr', 'Statut', ' :'],
    ['ar', 'الحالة', ':'],
  ] as const) {
    it(`name each field with the colon ${language} writes, their values in one column`, async () => {
      const dir = tempDir();
      await makeVault(dir);
      const run = await cli(['--ui-lang', language, '--vault', dir, 'case', 'show', 'CF-2026-0001'], {
        env: { CASEFILE_PASSPHRASE: PASSPHRASE },
      });
      expect(run.status).toBe(0);
      const facts = factLines(run.stdout);
      expect(facts.length).toBeGreaterThan(10);
      expect(facts[0]).toMatch(new RegExp(`^${status}${colon} +\\S`));
      // French puts a space before the colon: no field name is glued to it.
      if (language === 'fr') for (const line of facts) expect(line).toMatch(/^\S(.*\S)? : +\S/);
      const columns = new Set(facts.map((line) => line.length - line.slice(line.indexOf(':') + 1).trimStart().length));
      expect(columns.size, facts.join('\n')).toBe(1);
    });
  }
});
