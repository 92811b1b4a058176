import { describe, expect, it } from 'vitest';
import { mergeFieldsFor } from '../../../shared/documents/merge-fields.js';
import {
  RECIPIENT_OF_KIND,
  Template,
  type TemplateBlock,
  type TemplateKind,
} from '../../../shared/documents/template.js';
import { validateTemplate, type TemplateProblem } from '../../../shared/documents/validator.js';
import { labelText } from '../../../shared/i18n/labels.js';

function template(
  kind: TemplateKind,
  blocks: TemplateBlock[],
  extra: Partial<Template['languages']['en']> = {},
): Template {
  return Template.parse({
    id: 'test',
    kind,
    recipient: RECIPIENT_OF_KIND[kind],
    version: 1,
    name: 'Test',
    pageSize: 'A4',
    confidentiality: 'confidential',
    languages: { fr: { title: 'T', header: {}, footer: {}, blocks, ...extra } },
  });
}

const para = (...texts: string[]): TemplateBlock => ({ kind: 'paragraph', runs: texts.map((text) => ({ text })) });
const problemsOf = (kind: TemplateKind, ...blocks: TemplateBlock[]): TemplateProblem[] =>
  validateTemplate(template(kind, blocks));

describe('validator: every problem at its exact place', () => {
  it('accepts a clean template', () => {
    expect(
      problemsOf('member_state_referral', para('{{case.reference}} {{#each victims}}{{.displayName}}{{/each}}')),
    ).toEqual([]);
  });

  it('names an unknown field by block path, run and offset, with a suggestion', () => {
    const problems = problemsOf('member_state_referral', para('intro'), para('Ref: ', 'Case {{case.refrence}}'));
    expect(problems).toEqual([
      {
        kind: 'unknown_field',
        language: 'fr',
        path: ['languages', 'fr', 'blocks', 1, 'runs', 1, 'text'],
        offset: 5,
        length: 17,
        words: {
          key: 'unknownFieldSuggestion',
          params: { written: 'case.refrence', missing: 'refrence', suggestion: 'reference' },
        },
        message: '“case.refrence”: there is no field “refrence” here (did you mean “reference”?).',
        where: 'French, block 2 (paragraph), run 2, character 6',
      },
    ]);
  });

  it('flags a victim’s raw name in a Member State referral and points to displayName', () => {
    const problems = problemsOf('member_state_referral', para('{{#each victims}}{{.name}}{{/each}}'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      kind: 'not_visible',
      path: ['languages', 'fr', 'blocks', 0, 'runs', 0, 'text'],
      offset: 17,
      length: 9,
    });
    expect(problems[0]?.message).toContain('may not appear in a Member State referral');
    expect(problems[0]?.message).toContain('displayName');
  });

  it('flags every identity field of victims and the subject’s contact details, whatever the recipient', () => {
    for (const kind of ['member_state_referral', 'tcc_notification', 'hr_referral', 'unv_referral'] as const) {
      const problems = problemsOf(
        kind,
        para('{{#each victims}}{{.dateOfBirth}}{{.contact}}{{.address}}{{/each}}{{subject.address}}'),
      );
      expect(problems.map((p) => p.kind)).toEqual(['not_visible', 'not_visible', 'not_visible', 'not_visible']);
    }
  });

  it("names each recipient's letters in the label catalogue's words, never by their code name", () => {
    for (const kind of ['member_state_referral', 'tcc_notification', 'hr_referral', 'unv_referral'] as const) {
      const recipient = RECIPIENT_OF_KIND[kind];
      const [problem] = problemsOf(kind, para('{{#each victims}}{{.address}}{{/each}}'));
      expect(problem?.message).toContain(`may not appear in ${labelText('en', 'recipientLettersInText', recipient)}`);
      expect(problem?.message).not.toContain(recipient);
      expect(problem?.where).toMatch(new RegExp(`^${labelText('en', 'documentLanguage', 'fr')}, `));
    }
  });

  it('keeps a closure letter to its own victim: no victims list, no witnesses, no subject', () => {
    const problems = problemsOf(
      'closure_substantiated',
      para('{{victim.name}}'),
      para('{{#each victims}}{{.code}}{{/each}}'),
      para('{{subject.name}}'),
      para('{{#each witnesses}}x{{/each}}'),
      para('{{victim.contact}}'),
    );
    expect(problems.map((p) => [p.kind, p.path[3]])).toEqual([
      ['not_visible', 1],
      ['not_visible', 2],
      ['not_visible', 3],
      ['not_visible', 4],
    ]);
    expect(problems[0]?.message).toContain('a closure letter holds only its own victim');
    expect(problems[1]?.message).toContain('“subject.name” may not appear in a victim closure letter');
    expect(problems[2]?.message).toContain('witnesses never appear in letters');
  });

  it(
    'refuses fields of another recipient: evidence and clocks in a Member State ' + 'referral, victim.* in a referral',
    () => {
      const problems = problemsOf(
        'member_state_referral',
        para('{{#each clocks}}{{.due}}{{/each}}{{#if evidence}}x{{/if}}{{victim.name}}'),
      );
      expect(problems.map((p) => [p.kind, p.offset])).toEqual([
        ['not_visible', 0],
        ['not_visible', 33],
        ['not_visible', 57],
      ]);
    },
  );

  it('refuses each over something that is not a list', () => {
    const problems = problemsOf('tcc_notification', para('x {{#each case.reference}}{{.a}}{{/each}}'));
    expect(problems).toEqual([expect.objectContaining({ kind: 'not_a_list', offset: 2, length: 24 })]);
  });

  it('refuses printing a flag, a list, a group, or reading through a list', () => {
    const problems = problemsOf('tcc_notification', para('{{case.urgent}} {{victims}} {{case}} {{victims.code}}'));
    expect(problems.map((p) => [p.kind, p.offset])).toEqual([
      ['not_a_value', 0],
      ['not_a_value', 16],
      ['not_a_value', 28],
      ['not_a_value', 37],
    ]);
    expect(problems[0]?.message).toContain('yes/no field');
    expect(problems[3]?.message).toContain('{{#each victims}}');
  });

  it('refuses an element path outside a loop', () => {
    expect(problemsOf('tcc_notification', para('{{.code}}'))).toEqual([
      expect.objectContaining({ kind: 'outside_each', offset: 0 }),
    ]);
  });

  it('reports syntax problems with the same places', () => {
    const problems = problemsOf('tcc_notification', para('ok'), para('{{#if subject}}open', ' and {{case.mission'));
    expect(problems.map((p) => [p.kind, p.path.join('.'), p.offset])).toEqual([
      ['unclosed_tag', 'languages.fr.blocks.1.runs.1.text', 5],
      ['unbalanced', 'languages.fr.blocks.1.runs.0.text', 0],
    ]);
  });

  it('checks block-level if/each paths and nested blocks, naming the path through them', () => {
    const problems = problemsOf('tcc_notification', {
      kind: 'if',
      path: 'case.paternityClaimed',
      then: [{ kind: 'each', path: 'evidence', blocks: [para('{{.number}} {{.descripton}}')] }],
      else: [{ kind: 'each', path: 'case.mission', blocks: [para('x')] }],
    });
    expect(problems).toEqual([
      expect.objectContaining({
        kind: 'unknown_field',
        path: ['languages', 'fr', 'blocks', 0, 'then', 0, 'blocks', 0, 'runs', 0, 'text'],
        offset: 12,
        where:
          'French, block 1 (conditional section), when given, block 1 (repeated section), block 1 (paragraph), ' +
          'run 1, character 13',
      }),
      expect.objectContaining({
        kind: 'not_a_list',
        path: ['languages', 'fr', 'blocks', 0, 'else', 0, 'path'],
        offset: 0,
      }),
    ]);
  });

  it('checks each/when of list items and table rows, in the element’s scope', () => {
    const problems = problemsOf(
      'hr_referral',
      {
        kind: 'list',
        ordered: false,
        items: [{ each: 'victims', when: '.identified', runs: [{ text: '{{.displayName}} {{.nam}}' }] }],
      },
      {
        kind: 'table',
        columns: [{ header: '{{case.reference}}', widthPercent: 100 }],
        rows: [
          { each: 'evidenc', cells: [[{ text: '{{.number}}' }]] },
          { when: 'witnesses', cells: [[{ text: 'x' }]] },
        ],
      },
    );
    expect(problems.map((p) => [p.kind, p.path.slice(3).join('.'), p.offset])).toEqual([
      ['unknown_field', '0.items.0.runs.0.text', 17],
      ['unknown_field', '1.rows.0.each', 0],
      ['not_visible', '1.rows.1.when', 0],
    ]);
    expect(problems[1]?.message).toContain('did you mean “evidence”');
    expect(problems.map((p) => p.where)).toEqual([
      'French, block 1 (list), item 1, run 1, character 18',
      'French, block 2 (table), row 1, what it repeats over, character 1',
      'French, block 2 (table), row 2, when it is kept, character 1',
    ]);
  });

  it('checks the title, header and footer, and the letterhead and signature lines', () => {
    const problems = validateTemplate(
      template(
        'unv_referral',
        [
          { kind: 'letterhead', lines: ['UN', '{{case.misson}}'], logo: 'un_emblem' },
          { kind: 'signature', name: '{{letter.author}}', title: '{{letter.titel}}' },
        ],
        {
          title: '{{case.x}}',
          header: { left: '{{case.reference}} {page}' },
          footer: { right: 'Page {page} of {{pages}}' },
        },
      ),
    );
    expect(problems.map((p) => [p.kind, p.path.slice(2).join('.'), p.offset])).toEqual([
      ['unknown_field', 'title', 0],
      ['unknown_field', 'footer.right', 15],
      ['unknown_field', 'blocks.0.lines.1', 0],
      ['unknown_field', 'blocks.1.title', 0],
    ]);
  });

  it('lists for the editor only the fields a recipient may use', () => {
    const forStates = mergeFieldsFor('member_state').map((field) => field.path);
    expect(forStates).toContain('case.reference');
    expect(forStates).toContain('.displayName');
    expect(forStates).not.toContain('.name');
    expect(forStates).not.toContain('victim.name');
    expect(forStates).not.toContain('clocks');
    const forVictim = mergeFieldsFor('victim').map((field) => field.path);
    expect(forVictim).toContain('victim.name');
    expect(forVictim).not.toContain('victims');
    expect(forVictim).not.toContain('subject.name');
  });
});
