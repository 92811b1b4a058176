import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../shared/documents/document-model.js';
import { normalizeDocument, normalizeText } from '../../../electron/core/documents/render-document.js';
import { documentWords } from '../../../shared/i18n/documents.js';
import { arabicClosure, englishReferral, frenchClosure } from './sample-letters.js';

describe('the model both renderers draw', () => {
  it('keeps the page numbers a template placed', () => {
    const model = englishReferral();
    expect(normalizeDocument(model).footer).toEqual(model.footer);
  });

  it('adds "Page X of Y" in the letter language at the end of the footer line when there are none', () => {
    expect(normalizeDocument(frenchClosure()).footer).toEqual({ right: 'Page {page} sur {pages}' });
    expect(normalizeDocument(arabicClosure()).footer).toEqual({ left: 'صفحة {page} من {pages}' });
    expect(normalizeDocument(englishReferral({ footer: { right: 'OIOS' } })).footer).toEqual({
      right: 'OIOS',
      left: documentWords('en').pageNumber,
    });
    expect(normalizeDocument(englishReferral({ footer: { left: 'A', right: 'B' } })).footer).toEqual({
      left: 'A',
      right: `B  ·  ${documentWords('en').pageNumber}`,
    });
    // A page number in the header is enough.
    expect(normalizeDocument(englishReferral({ header: { right: '{page}/{pages}' }, footer: {} })).footer).toEqual({});
    // An escaped brace is not a page number.
    expect(normalizeDocument(englishReferral({ header: { right: '{{page}}' }, footer: {} })).footer).toEqual({
      right: documentWords('en').pageNumber,
    });
  });

  it('turns what cannot be drawn into a visible replacement and composes accents', () => {
    expect(normalizeText('a\u0000b\u0007c\u001bd\u007fe\u0085f\ufffeg')).toBe(
      'a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf\ufffdg',
    );
    expect(normalizeText('line\r\nbreak\rtab\tend')).toBe('line\nbreak\ntab\tend');
    expect(normalizeText('lone \ud800 and \udc00 but 😀')).toBe('lone \ufffd and \ufffd but 😀');
    expect(normalizeText('e\u0301te\u0301')).toBe('été');
  });

  it('normalises every text of every block, and leaves the model given untouched', () => {
    const model = englishReferral({
      title: 'T\u0007',
      confidentialityMarking: 'M\u0007',
      blocks: [
        { kind: 'letterhead', logo: null, lines: ['L\u0007'] },
        { kind: 'heading', level: 1, runs: [{ text: 'H\u0007' }] },
        { kind: 'list', ordered: true, items: [[{ text: 'I\u0007' }]] },
        { kind: 'table', columns: [{ header: 'C\u0007', widthPercent: 100 }], rows: [[[{ text: 'R\u0007' }]]] },
        { kind: 'signature', name: 'N\u0007', title: 'T\u0007', place: 'P\u0007', date: 'D\u0007' },
      ],
    });
    const before = JSON.stringify(model);
    const normalized = JSON.stringify(normalizeDocument(model));
    expect(JSON.stringify(model)).toBe(before);
    expect(normalized).not.toContain('\\u0007');
    expect(normalized.match(/\ufffd/g)).toHaveLength(11);
  });
});

describe('a paragraph starts with a capital', () => {
  const letter = (texts: string[], kind: 'paragraph' | 'list' = 'paragraph'): DocumentModel => ({
    pageSize: 'A4',
    language: 'en',
    direction: 'ltr',
    title: 'Letter',
    header: {},
    footer: {},
    confidentialityMarking: '',
    blocks:
      kind === 'paragraph'
        ? texts.map((text) => ({ kind: 'paragraph', runs: [{ text }] }))
        : [{ kind: 'list', ordered: false, items: texts.map((text) => [{ text }]) }],
  });
  const firstTexts = (model: DocumentModel) =>
    normalizeDocument(model).blocks.map((block) =>
      block.kind === 'paragraph' ? block.runs[0]!.text : block.kind === 'list' ? block.items[0]![0]!.text : '',
    );

  it('raises the first letter of an address block merged from a value written to run on in a sentence', () => {
    expect(firstTexts(letter(['the Permanent Mission of Uruguay\nNew York', 'école', 'e-mail sent']))).toEqual([
      'The Permanent Mission of Uruguay\nNew York',
      'École',
      'E-mail sent',
    ]);
  });

  it('leaves addresses, codes, deliberate lower case, list items and capitals alone', () => {
    const kept = ['vra@example.org', 'iPhone users', 'https://example.org', 'v-02: female', 'Already', '2 March'];
    expect(firstTexts(letter(kept))).toEqual(kept);
    expect(firstTexts(letter(['the first item'], 'list'))).toEqual(['the first item']);
  });
});
