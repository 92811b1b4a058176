import { describe, expect, it } from 'vitest';
import {
  DocumentModel,
  documentBodyLines,
  escapePageText,
  formatPageText,
  pageTextParts,
  tableHasHeaderRow,
} from '../../../shared/documents/document-model.js';

describe('document model', () => {
  it('splits header and footer text into text and page fields, with doubled braces literal', () => {
    expect(pageTextParts('Page {page} of {pages}')).toEqual([
      { kind: 'text', text: 'Page ' },
      { kind: 'page' },
      { kind: 'text', text: ' of ' },
      { kind: 'pages' },
    ]);
    expect(pageTextParts('{{page}} {pag} }}')).toEqual([{ kind: 'text', text: '{page} {pag} }' }]);
    expect(formatPageText(`${escapePageText('x {pages} y')} — {page}/{pages}`, 3, 9)).toBe('x {pages} y — 3/9');
  });

  it('checks tables: widths add up to 100 and rows have one cell per column', () => {
    const base = {
      pageSize: 'A4',
      language: 'en',
      direction: 'ltr',
      title: 't',
      header: {},
      footer: {},
      confidentialityMarking: '',
    };
    const table = (widths: number[], cells: number) => ({
      kind: 'table',
      columns: widths.map((widthPercent) => ({ header: 'h', widthPercent })),
      rows: [Array.from({ length: cells }, () => [{ text: 'c' }])],
    });
    expect(DocumentModel.safeParse({ ...base, blocks: [table([40, 60], 2)] }).success).toBe(true);
    expect(DocumentModel.safeParse({ ...base, blocks: [table([40, 50], 2)] }).success).toBe(false);
    expect(DocumentModel.safeParse({ ...base, blocks: [table([40, 60], 3)] }).success).toBe(false);
  });

  it('lists the body text line by line, without a header row when every header is empty', () => {
    const lines = documentBodyLines({
      blocks: [
        { kind: 'letterhead', lines: ['UN'], logo: 'un_emblem' },
        {
          kind: 'table',
          columns: [
            { header: '', widthPercent: 30 },
            { header: '', widthPercent: 70 },
          ],
          rows: [[[{ text: 'To:' }], [{ text: 'HR' }]]],
        },
        { kind: 'list', ordered: true, items: [[{ text: 'a' }, { text: 'b', bold: true }]] },
        { kind: 'spacer' },
        { kind: 'signature', name: 'N', title: 'T', date: 'D' },
      ],
    });
    expect(lines).toEqual(['UN', 'To:\tHR', 'ab', 'N', 'T', 'D']);
    expect(tableHasHeaderRow({ columns: [{ header: ' ', widthPercent: 100 }] })).toBe(false);
  });
});
