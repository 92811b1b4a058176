import { describe, expect, it } from 'vitest';
import {
  DocumentModel,
  documentBodyLines,
  formatPageText,
  pageTextParts,
} from '../../../shared/documents/document-model.js';
import type { MergeData } from '../../../shared/documents/merge-data.js';
import { cleanText, mergeTemplate, TemplateMergeError } from '../../../shared/documents/merge.js';
import {
  RECIPIENT_OF_KIND,
  Template,
  type TemplateBlock,
  type TemplateContent,
  type TemplateKind,
} from '../../../shared/documents/template.js';

function template(
  blocks: TemplateBlock[],
  extra: Partial<TemplateContent> = {},
  kind: TemplateKind = 'member_state_referral',
): Template {
  return Template.parse({
    id: 'test',
    kind,
    recipient: RECIPIENT_OF_KIND[kind],
    version: 3,
    name: 'Test',
    pageSize: 'Letter',
    confidentiality: 'strictly_confidential',
    languages: { en: { title: 'Letter {{case.reference}}', header: {}, footer: {}, blocks, ...extra } },
  });
}

const para = (...runs: (string | { text: string; bold?: boolean; italic?: boolean })[]): TemplateBlock => ({
  kind: 'paragraph',
  runs: runs.map((run) => (typeof run === 'string' ? { text: run } : run)),
});

const data = (caseFields: Record<string, string | boolean>, rest: MergeData = {}): MergeData => ({
  case: { reference: 'CF-2026-0001', mission: 'MINUSCA', ...caseFields },
  ...rest,
});

const merge = (blocks: TemplateBlock[], values: MergeData, extra: Partial<TemplateContent> = {}) =>
  mergeTemplate(template(blocks, extra), 'en', values);

describe('merge: values are placed literally', () => {
  it('prints template syntax, HTML and page placeholders in a value as text', () => {
    const hostile = '{{victims.0.name}} <b>bold</b> <script>alert(1)</script> {{#each victims}}x{{/each}} {page} &amp;';
    const model = merge([para('Place: {{case.location}}')], data({ location: hostile }));
    expect(model.blocks).toEqual([{ kind: 'paragraph', runs: [{ text: `Place: ${hostile}` }] }]);
  });

  it('keeps new lines and tabs, turns CR LF into a new line, and removes every other control character', () => {
    const value = 'a\u0000b\u0007c\r\nd\re\tf\u001bg\u007fh\u0085i\u202Ej\u2066k\uFFFEl\uD800m😀';
    const model = merge([para('{{case.location}}')], data({ location: value }));
    expect(model.blocks[0]).toEqual({ kind: 'paragraph', runs: [{ text: 'abc\nd\ne\tfghijklm😀' }] });
    expect(cleanText('plain')).toBe('plain');
  });

  it('escapes braces of values in the header and footer, so only the template’s {page} and {pages} count', () => {
    const model = merge([para('x')], data({ location: 'Site {pages} {{x}}' }), {
      header: { left: '{{case.reference}} · {{case.location}}', right: 'Draft {note}' },
      footer: { right: 'Page {page} of {pages}' },
    });
    expect(formatPageText(model.header.left as string, 2, 5)).toBe('CF-2026-0001 · Site {pages} {{x}}');
    expect(formatPageText(model.header.right as string, 2, 5)).toBe('Draft {note}');
    expect(formatPageText(model.footer.right as string, 2, 5)).toBe('Page 2 of 5');
    expect(pageTextParts(model.footer.right as string)).toEqual([
      { kind: 'text', text: 'Page ' },
      { kind: 'page' },
      { kind: 'text', text: ' of ' },
      { kind: 'pages' },
    ]);
  });

  it('prints a literal {{ written as {{{{ in the template', () => {
    expect(merge([para('Write {{{{case.reference}} to get {{case.reference}}')], data({})).blocks[0]).toEqual({
      kind: 'paragraph',
      runs: [{ text: 'Write {{case.reference}} to get CF-2026-0001' }],
    });
  });
});

describe('merge: conditions, loops and styles', () => {
  const victims = [
    { code: 'V-01', displayName: 'V-01', identified: false, sex: 'female', ageBand: 'adult', language: '' },
    { code: 'V-02', displayName: 'Name Two', identified: true, sex: 'male', ageBand: 'minor', language: '' },
  ];

  it('takes the branch the value decides, and the else when it is blank or absent', () => {
    const blocks = [para('{{#if case.location}}At {{case.location}}{{else}}Place withheld{{/if}}.')];
    expect(documentBodyLines(merge(blocks, data({ location: 'Bambari' })))).toEqual(['At Bambari.']);
    expect(documentBodyLines(merge(blocks, data({ location: '  ' })))).toEqual(['Place withheld.']);
    expect(documentBodyLines(merge(blocks, data({})))).toEqual(['Place withheld.']);
  });

  it('repeats inline text per element, and list items and table rows per element, with filters', () => {
    const model = merge(
      [
        para('Victims: {{#each victims}}{{.displayName}} ({{.sex}}); {{/each}}'),
        {
          kind: 'list',
          ordered: true,
          items: [
            { each: 'victims', runs: [{ text: '{{.code}}' }] },
            { when: 'case.urgent', runs: [{ text: 'Urgent' }] },
          ],
        },
        {
          kind: 'table',
          columns: [
            { header: 'Code', widthPercent: 40 },
            { header: 'Name', widthPercent: 60 },
          ],
          rows: [
            {
              each: 'victims',
              when: '.identified',
              cells: [[{ text: '{{.code}}' }], [{ text: '{{.displayName}}', bold: true }]],
            },
          ],
        },
      ],
      data({ urgent: false }, { victims }),
    );
    expect(model.blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Victims: V-01 (female); Name Two (male); ' }] },
      { kind: 'list', ordered: true, items: [[{ text: 'V-01' }], [{ text: 'V-02' }]] },
      {
        kind: 'table',
        columns: [
          { header: 'Code', widthPercent: 40 },
          { header: 'Name', widthPercent: 60 },
        ],
        rows: [[[{ text: 'V-02' }], [{ text: 'Name Two', bold: true }]]],
      },
    ]);
  });

  it('repeats and selects whole blocks', () => {
    const model = merge(
      [
        {
          kind: 'each',
          path: 'victims',
          blocks: [{ kind: 'heading', level: 2, runs: [{ text: 'Victim {{.code}}' }] }],
        },
        { kind: 'if', path: 'case.urgent', then: [para('urgent')], else: [para('not urgent'), { kind: 'pageBreak' }] },
      ],
      data({ urgent: false }, { victims }),
    );
    expect(model.blocks.map((block) => block.kind)).toEqual(['heading', 'heading', 'paragraph', 'pageBreak']);
    expect(documentBodyLines(model)).toEqual(['Victim V-01', 'Victim V-02', 'not urgent']);
  });

  it('gives a value the style of its run and joins neighbouring runs of one style', () => {
    const model = merge(
      [para('Ref ', { text: '{{case.reference}}', bold: true }, { text: '!', bold: true }, { text: ' end' })],
      data({}),
    );
    expect(model.blocks[0]).toEqual({
      kind: 'paragraph',
      runs: [{ text: 'Ref ' }, { text: 'CF-2026-0001!', bold: true }, { text: ' end' }],
    });
  });

  it('drops what came out empty, and keeps spacers', () => {
    const model = merge(
      [
        { kind: 'letterhead', lines: ['UN', '{{case.location}}', '{{case.mission}}'], logo: null },
        para('{{case.location}}'),
        { kind: 'spacer' },
        { kind: 'list', ordered: false, items: [{ when: 'case.location', runs: [{ text: 'x' }] }] },
        {
          kind: 'table',
          columns: [{ header: 'A', widthPercent: 100 }],
          rows: [{ each: 'victims', cells: [[{ text: '{{.code}}' }]] }],
        },
        { kind: 'signature', name: 'A. Person', title: 'Officer', place: '{{case.location}}', date: '1 June 2026' },
      ],
      data({}, { victims: [] }),
    );
    expect(model.blocks).toEqual([
      { kind: 'letterhead', lines: ['UN', 'MINUSCA'], logo: null },
      { kind: 'spacer' },
      { kind: 'signature', name: 'A. Person', title: 'Officer', date: '1 June 2026' },
    ]);
  });

  it('fills the page, language and marking and is a valid document model', () => {
    const model = merge([para('x')], data({}));
    expect(DocumentModel.parse(model)).toEqual(model);
    expect(model).toMatchObject({
      pageSize: 'Letter',
      language: 'en',
      direction: 'ltr',
      title: 'Letter CF-2026-0001',
      confidentialityMarking: 'STRICTLY CONFIDENTIAL',
    });
    expect(mergeTemplate(template([para('x')]), 'en', data({}), { pageSize: 'A4' }).pageSize).toBe('A4');
  });
});

describe('merge: refusals', () => {
  it('refuses a template with problems, listing them', () => {
    const bad = template([para('{{#each victims}}{{.name}}{{/each}}')]);
    expect(() => mergeTemplate(bad, 'en', data({}))).toThrow(TemplateMergeError);
    try {
      mergeTemplate(bad, 'en', data({}));
    } catch (error) {
      expect((error as TemplateMergeError).code).toBe('TEMPLATE_INVALID');
      expect((error as TemplateMergeError).problems[0]?.kind).toBe('not_visible');
    }
  });

  it('refuses a language the template does not have', () => {
    expect(() => mergeTemplate(template([para('x')]), 'ar', data({}))).toThrow(
      expect.objectContaining({ code: 'LANGUAGE_MISSING' }),
    );
  });
});
