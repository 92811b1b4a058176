import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { templateProblems } from '../../../electron/core/letters/template-store.js';
import { templatePlaceText, templateProblemText, type Say } from '../../../shared/documents/template-problem-words.js';
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

describe("a letter template's problems in the template editor", () => {
  const source = {
    id: 'test',
    kind: 'member_state_referral',
    recipient: 'member_state',
    version: 1,
    name: 'Test',
    pageSize: 'A4',
    confidentiality: 'confidential',
    languages: {
      en: {
        title: 'T',
        header: {},
        footer: {},
        blocks: [
          { kind: 'paragraph', runs: [{ text: 'Ref: ' }, { text: 'Case {{case.refrence}}' }] },
          { kind: 'paragraph', runs: [{ text: '{{#each victims}}{{.name}}{{/each}} {{#if case.urgent}}' }] },
        ],
      },
    },
  };

  it('read in French: what is wrong and where, each value and place in French words', async () => {
    const { template, problems } = templateProblems(source);
    expect(template).not.toBeNull();
    expect(problems.map((problem) => problem.words?.key)).toEqual([
      'unknownFieldSuggestion',
      'notClosed',
      'notVisibleBecause',
    ]);
    const fr = i18next.createInstance();
    await fr.init({ resources, lng: 'fr', fallbackLng: false, interpolation: { escapeValue: false } });
    registerMessageFormatters(fr);
    const translate = fr.t as unknown as (key: string, options?: object) => string;
    const say: Say = (key, params) => translate(`messages.${key}`, params);
    const french = problems.map((problem) => ({
      what: templateProblemText(say, problem.words!),
      where: templatePlaceText(say, 'fr', problem.path, problem.offset, source),
    }));
    expect(french).toEqual([
      {
        what: '« case.refrence » : il n’y a pas de champ « refrence » ici (vouliez-vous dire « reference » ?).',
        where: 'Anglais, bloc 1 (paragraphe), segment 2, caractère 6',
      },
      {
        what: '{{#if case.urgent}} n’est pas fermé par {{/if}}.',
        where: 'Anglais, bloc 2 (paragraphe), segment 1, caractère 37',
      },
      {
        what: expect.stringMatching(
          /^« \.name » ne peut pas figurer dans une saisine d’un État Membre : l’identité d’une victime ne sort/,
        ) as unknown as string,
        where: 'Anglais, bloc 2 (paragraphe), segment 1, caractère 18',
      },
    ]);
    // The English the command line shows is the same catalogue's.
    expect(problems[0]?.message).toBe(
      '“case.refrence”: there is no field “refrence” here (did you mean “reference”?).',
    );
    expect(problems[0]?.where).toBe('English, block 1 (paragraph), run 2, character 6');
  });
});
