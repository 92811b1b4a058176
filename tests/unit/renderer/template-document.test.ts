import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_LANGUAGES } from '../../../shared/documents/document-model.js';
import type { TemplateBlock } from '../../../shared/documents/template.js';
import { SHIPPED_TEMPLATES } from '../../../shared/documents/templates/index.js';
import {
  blocksToDocument,
  columnWidths,
  documentToBlocks,
  nodeIndexesOf,
  textPieces,
  type EditorNode,
} from '../../../renderer/letters/template-document.js';
import { templateExtensions } from '../../../renderer/letters/template-schema.js';

const schema = getSchema(
  templateExtensions({
    describeTag: (tag) => ({ text: tag, name: tag }),
    words: { otherwise: 'Otherwise', spacer: 'Space', pageBreak: 'Page break' },
    screen: { lang: 'en', dir: 'ltr' },
  }),
);

/** Through the real editor schema: ProseMirror checks the document and joins what it may join. */
function throughEditor(blocks: readonly TemplateBlock[]): TemplateBlock[] {
  const node = schema.nodeFromJSON(blocksToDocument(blocks));
  node.check();
  return documentToBlocks(node.toJSON() as EditorNode);
}

describe('template blocks ⇄ visual editor document', () => {
  const cases = SHIPPED_TEMPLATES.flatMap((template) =>
    DOCUMENT_LANGUAGES.flatMap((language) => {
      const content = template.languages[language];
      return content ? [{ id: template.id, language, blocks: content.blocks }] : [];
    }),
  );

  it('covers every shipped template in every language it has', () => {
    expect(cases.length).toBeGreaterThanOrEqual(SHIPPED_TEMPLATES.length);
  });

  it.each(cases)('$id ($language) comes back from the editor exactly as it went in', ({ blocks }) => {
    expect(throughEditor(blocks)).toEqual(blocks);
  });

  it('keeps two neighbouring runs of the same style apart, and their styles', () => {
    const blocks: TemplateBlock[] = [
      {
        kind: 'paragraph',
        runs: [{ text: 'One, ' }, { text: 'two, ' }, { text: '{{case.reference}}', bold: true }, { text: 'x' }],
      },
    ];
    expect(throughEditor(blocks)).toEqual(blocks);
  });

  it('turns each tag into a chip and keeps a literal {{ as text', () => {
    const doc = blocksToDocument([
      { kind: 'paragraph', runs: [{ text: 'Ref {{ case.reference }} {{#if x}}y{{/if}} and {{{{ braces' }] },
    ]);
    const inline = doc.content?.[0]?.content ?? [];
    expect(inline.map((node) => node.attrs?.['tag'] ?? node.text)).toEqual([
      'Ref ',
      ' case.reference ',
      ' ',
      '#if x',
      'y',
      '/if',
      ' and {{ braces',
    ]);
    expect(throughEditor([{ kind: 'paragraph', runs: [{ text: 'a {{{{ b {{x}}' }] }])).toEqual([
      { kind: 'paragraph', runs: [{ text: 'a {{{{ b {{x}}' }] },
    ]);
  });

  it('reads an unclosed {{ as text, as the merge language does', () => {
    expect(textPieces('a {{b')).toEqual([{ kind: 'text', text: 'a {{b' }]);
  });

  it('round-trips every block kind, an empty otherwise, rows that repeat and cells left empty', () => {
    const blocks: TemplateBlock[] = [
      { kind: 'letterhead', lines: ['UNITED NATIONS', '{{case.mission}}'], logo: 'un_emblem' },
      { kind: 'heading', level: 1, runs: [{ text: 'Title', italic: true }] },
      { kind: 'paragraph', runs: [{ text: 'Right' }], align: 'end' },
      { kind: 'paragraph', runs: [] },
      { kind: 'list', ordered: true, items: [{ runs: [{ text: '{{.code}}' }], each: 'case.victims', when: 'x' }] },
      {
        kind: 'table',
        columns: [
          { header: 'Code {{case.reference}}', widthPercent: 30 },
          { header: '', widthPercent: 70 },
        ],
        rows: [{ cells: [[{ text: 'a', bold: true }], []], when: 'case.reference' }],
      },
      { kind: 'if', path: 'letter.reference', then: [{ kind: 'spacer' }], else: [] },
      { kind: 'if', path: 'letter.reference', then: [] },
      { kind: 'each', path: 'case.victims', blocks: [{ kind: 'pageBreak' }] },
      { kind: 'signature', name: '{{letter.author}}', title: 'Chief', date: '{{letter.date}}' },
    ];
    expect(throughEditor(blocks)).toEqual(blocks);
  });
});

describe('a table whose header row the officer deleted', () => {
  it('keeps its first body row as a row, with its marks and repetition, under empty headers', () => {
    const table: TemplateBlock = {
      kind: 'table',
      columns: [
        { header: 'Code', widthPercent: 40 },
        { header: 'Age', widthPercent: 60 },
      ],
      rows: [
        { cells: [[{ text: '{{.code}}', bold: true }], [{ text: '{{.ageBand}}' }]], each: 'case.victims' },
        { cells: [[{ text: 'Total' }], []] },
      ],
    };
    const document = blocksToDocument([table]);
    const tableNode = document.content?.[0];
    tableNode?.content?.shift(); // "Delete row" on the header row
    const [after] = documentToBlocks(schema.nodeFromJSON(document).toJSON() as EditorNode);
    expect(after).toEqual({
      kind: 'table',
      columns: [
        { header: '', widthPercent: 50 },
        { header: '', widthPercent: 50 },
      ],
      rows: table.rows,
    });
  });
});

describe('column widths from the editor', () => {
  it('keeps widths that add up to 100 and shares them out evenly otherwise', () => {
    expect(columnWidths([30, 70])).toEqual([30, 70]);
    expect(columnWidths([30, 70, null])).toEqual([33.33, 33.33, 33.34]);
    expect(columnWidths([50, 60])).toEqual([50, 50]);
  });
});

describe('the node a problem concerns', () => {
  it('follows a problem path through sections, lists and tables', () => {
    expect(nodeIndexesOf(['languages', 'en', 'blocks', 3, 'runs', 1, 'text'])).toEqual([3]);
    expect(nodeIndexesOf(['languages', 'en', 'blocks', 3, 'then', 2, 'runs', 0, 'text'])).toEqual([3, 0, 2]);
    expect(nodeIndexesOf(['languages', 'en', 'blocks', 1, 'else', 0, 'path'])).toEqual([1, 1, 0]);
    expect(nodeIndexesOf(['languages', 'en', 'blocks', 4, 'blocks', 1, 'items', 2, 'runs'])).toEqual([4, 1, 2]);
    expect(nodeIndexesOf(['languages', 'en', 'blocks', 5, 'rows', 0, 'cells', 1, 0, 'text'])).toEqual([5, 1, 1]);
    expect(nodeIndexesOf(['languages', 'en', 'blocks', 5, 'columns', 1, 'header'])).toEqual([5, 0, 1]);
    expect(nodeIndexesOf(['languages', 'en', 'title'])).toEqual([]);
  });
});
