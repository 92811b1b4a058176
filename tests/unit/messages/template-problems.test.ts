import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { templateProblems } from '../../../electron/core/letters/template-store.js';
import { registerMessageFormatters } from '../../../shared/i18n/messages.js';
import { fieldProblemText } from '../../../renderer/api/errors.js';
import { resources } from '../../../renderer/i18n/index.js';

describe('a letter template source that is not a template', () => {
  it("is described value by value in the catalogue's words, at the place in the JSON, never in zod's", async () => {
    const source = {
      id: 'member_state_referral',
      kind: 'nonsense',
      languages: { en: { blocks: [{ kind: 'paragraph', runs: [{ text: 5 }] }] } },
    };
    const { template, problems } = templateProblems(source);
    expect(template).toBeNull();
    expect(problems.length).toBeGreaterThan(0);
    const fr = i18next.createInstance();
    await fr.init({ resources, lng: 'fr', fallbackLng: false, interpolation: { escapeValue: false } });
    registerMessageFormatters(fr);
    for (const problem of problems) {
      expect(problem.kind).toBe('schema');
      expect(problem.field, problem.where).toBeDefined();
      expect(problem.message).not.toMatch(
        /Invalid input|Invalid option|expected (string|number|boolean|object|array)|received/,
      );
      const french = fieldProblemText(fr.t, { path: problem.path, ...problem.field! });
      expect(french).not.toBe('');
      expect(french).not.toBe(problem.message);
    }
    expect(problems.map((problem) => problem.field?.problem)).toEqual(expect.arrayContaining(['notAChoice']));
  });
});
