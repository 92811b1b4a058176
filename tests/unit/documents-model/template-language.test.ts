import { describe, expect, it } from 'vitest';
import {
  escapeTemplateText,
  parseFieldRef,
  parseTemplateText,
  type SyntaxProblem,
  type TemplateNode,
} from '../../../shared/documents/template-language.js';
import { templateProblemText } from '../../../shared/documents/template-problem-words.js';
import { messageText } from '../../../shared/i18n/messages.js';

const one = (text: string) => parseTemplateText([{ text, path: ['t'] }]);
/** A problem in English, from the catalogue. */
const said = (problem: SyntaxProblem) =>
  templateProblemText((key, params) => messageText('en', key, params), problem.words);

describe('template language: tokens and tree', () => {
  it('reads fields, conditions with else, loops and item paths', () => {
    const { nodes, problems } = one(
      'Ref {{ case.reference }}{{#if subject}} for {{subject.name}}{{else}} ' +
        'unknown{{/if}}{{#each victims}}[{{.code}}]{{/each}}',
    );
    expect(problems).toEqual([]);
    expect(nodes.map((node) => node.kind)).toEqual(['text', 'field', 'if', 'each']);
    const field = nodes[1] as Extract<TemplateNode, { kind: 'field' }>;
    expect(field.ref).toEqual({ scope: 'root', segments: ['case', 'reference'], text: 'case.reference' });
    expect(field.place).toEqual({ path: ['t'], offset: 4, length: 20 });
    const condition = nodes[2] as Extract<TemplateNode, { kind: 'if' }>;
    expect(condition.then.map((node) => node.kind)).toEqual(['text', 'field']);
    expect(condition.else?.map((node) => (node.kind === 'text' ? node.text : node.kind))).toEqual([' unknown']);
    const loop = nodes[3] as Extract<TemplateNode, { kind: 'each' }>;
    const item = loop.body[1] as Extract<TemplateNode, { kind: 'field' }>;
    expect(item.ref).toEqual({ scope: 'item', segments: ['code'], text: '.code' });
  });

  it('treats {{{{ as a literal {{ and a lone }} as text', () => {
    const { nodes, problems } = one('a {{{{b}} c }} d');
    expect(problems).toEqual([]);
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({ kind: 'text', text: 'a {{b}} c }} d' });
    expect(escapeTemplateText('{{x}} and {{{{')).toBe('{{{{x}} and {{{{{{{{');
    expect(one(escapeTemplateText('{{#if x}}')).nodes[0]).toMatchObject({ kind: 'text', text: '{{#if x}}' });
  });

  it('lets a block open in one run and close in another, keeping each run’s style', () => {
    const { nodes, problems } = parseTemplateText([
      { text: 'Dear {{#if victim.name}}', path: ['runs', 0, 'text'] },
      { text: '{{victim.name}}', path: ['runs', 1, 'text'], style: { bold: true } },
      { text: '{{/if}},', path: ['runs', 2, 'text'] },
    ]);
    expect(problems).toEqual([]);
    const condition = nodes[1] as Extract<TemplateNode, { kind: 'if' }>;
    expect(condition.then[0]).toMatchObject({
      kind: 'field',
      style: { bold: true },
      place: { path: ['runs', 1, 'text'], offset: 0 },
    });
  });

  it('names the place of an unclosed tag', () => {
    const { problems } = one('Hello {{case.reference and more');
    expect(problems).toEqual([
      {
        kind: 'unclosed_tag',
        words: { key: 'unclosedTag', params: { open: '{{', close: '}}', literal: '{{{{' } },
        place: { path: ['t'], offset: 6, length: 25 },
      },
    ]);
  });

  it('names the place of a tag that is not one', () => {
    const { problems } = one('x {{#iff a}} y {{}} z {{case..ref}}');
    expect(problems.map((p) => [p.kind, p.place.offset, p.place.length])).toEqual([
      ['invalid_tag', 2, 10],
      ['invalid_tag', 15, 4],
      ['invalid_tag', 22, 13],
    ]);
    expect(problems.map((p) => p.words.key)).toEqual(['notATag', 'emptyTag', 'notATag']);
    expect(said(problems[0]!)).toMatch(/^\{\{#iff a\}\} is not a tag: a tag is one of \{\{path\}\}, /);
  });

  it('reports an if that is never closed at its opening tag', () => {
    const { problems } = one('ab {{#if subject}} text');
    expect(problems).toEqual([
      {
        kind: 'unbalanced',
        words: { key: 'notClosed', params: { opened: '{{#if subject}}', closer: '{{/if}}' } },
        place: { path: ['t'], offset: 3, length: 15 },
      },
    ]);
  });

  it('reports a closing tag without an opening one', () => {
    expect(one('text {{/each}}').problems.map((p) => [p.kind, p.place.offset, said(p)])).toEqual([
      ['unbalanced', 5, '{{/each}} has no matching {{#each}}.'],
    ]);
  });

  it('reports blocks closed in the wrong order where the wrong closer stands', () => {
    const text = '{{#each victims}}{{#if .code}}x{{/each}}{{/if}}';
    const { problems } = one(text);
    expect(problems[0]).toMatchObject({ kind: 'unbalanced', place: { offset: text.indexOf('{{/each}}') } });
    expect(said(problems[0]!)).toBe('{{/each}} closes {{#if .code}}: close it with {{/if}} first.');
  });

  it('reports an else outside an if and a second else', () => {
    expect(one('a{{else}}b').problems[0]).toMatchObject({ kind: 'unbalanced', place: { offset: 1, length: 8 } });
    const text = '{{#if a}}1{{else}}2{{else}}3{{/if}}';
    expect(one(text).problems).toEqual([
      {
        kind: 'unbalanced',
        words: { key: 'secondElse', params: { elseTag: '{{else}}', ifTag: '{{#if a}}' } },
        place: { path: ['t'], offset: text.lastIndexOf('{{else}}'), length: 8 },
      },
    ]);
    expect(said(one('{{#each v}}{{else}}{{/each}}').problems[0]!)).toBe(
      '{{else}} has no open {{#if}} before it: it is inside {{#each v}}, which must be closed first.',
    );
  });

  it('parses paths', () => {
    expect(parseFieldRef('.x')).toEqual({ scope: 'item', segments: ['x'], text: '.x' });
    expect(parseFieldRef('a.b_2')).toMatchObject({ scope: 'root', segments: ['a', 'b_2'] });
    for (const bad of ['', '.', 'a.', '1a', 'a b', 'a..b', '..a']) expect(parseFieldRef(bad)).toBeNull();
  });
});
