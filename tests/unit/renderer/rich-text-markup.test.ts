import { describe, expect, it } from 'vitest';
import { RichText } from '../../../shared/domain/rich-text.js';
import { groupBlocks } from '../../../renderer/interviews/rich-text/block-groups.js';
import { markupToRichText, type MarkupNode } from '../../../renderer/interviews/rich-text/markup-to-rich-text.js';

/** A tiny stand-in for the DOM nodes the converter reads (Chromium's own is exercised by the e2e flow). */
function el(name: string, children: (MarkupNode | string)[] = [], attributes: Record<string, string> = {}): MarkupNode {
  const childNodes = children.map((child) => (typeof child === 'string' ? text(child) : child));
  return {
    nodeType: 1,
    nodeName: name.toUpperCase(),
    childNodes,
    get textContent() {
      return childNodes.map((child) => child.textContent ?? '').join('');
    },
    getAttribute: (attribute) => attributes[attribute] ?? null,
  };
}

function text(value: string): MarkupNode {
  return { nodeType: 3, nodeName: '#text', childNodes: [], textContent: value };
}

const root = (...children: (MarkupNode | string)[]) => el('div', children);

describe('markupToRichText', () => {
  it('keeps paragraphs, headings, quotes and bold/italic runs, merging equal neighbours', () => {
    const doc = markupToRichText(
      root(
        el('h4', ['Account']),
        el('p', [
          'V-01 said the man was ',
          el('b', ['in ', el('i', ['uniform'])]),
          el('strong', [' again']),
          ' and left.',
        ]),
        el('blockquote', ['I was afraid.']),
      ),
    );
    expect(doc).toEqual({
      blocks: [
        { kind: 'heading', runs: [{ text: 'Account' }] },
        {
          kind: 'paragraph',
          runs: [
            { text: 'V-01 said the man was ' },
            { text: 'in ', bold: true },
            { text: 'uniform', bold: true, italic: true },
            { text: ' again', bold: true },
            { text: ' and left.' },
          ],
        },
        { kind: 'quote', runs: [{ text: 'I was afraid.' }] },
      ],
    });
    expect(RichText.safeParse(doc).success).toBe(true);
  });

  it('reads bullet and numbered items, also when a browser nests a list in a paragraph', () => {
    const doc = markupToRichText(
      root(
        el('p', [el('ul', [el('li', ['first meeting']), el('li', ['food given twice'])])]),
        el('ol', [el('li', ['one']), el('li', [el('p', ['two'])])]),
      ),
    );
    expect(doc.blocks).toEqual([
      { kind: 'bullet', runs: [{ text: 'first meeting' }] },
      { kind: 'bullet', runs: [{ text: 'food given twice' }] },
      { kind: 'numbered', runs: [{ text: 'one' }] },
      { kind: 'numbered', runs: [{ text: 'two' }] },
    ]);
    expect(
      groupBlocks(doc.blocks).map((group) =>
        group.kind === 'list' ? `${group.ordered ? 'ol' : 'ul'}:${group.items.length}` : group.block.kind,
      ),
    ).toEqual(['ul:2', 'ol:2']);
  });

  it('turns <br> and typed newlines into lines of the same kind, ignoring the trailing <br> of an empty line', () => {
    const doc = markupToRichText(
      root(
        el('p', ['first', el('br'), 'second']),
        el('p', [el('br')]),
        el('p', ['third\nfourth']),
        el('p', ['last', el('br')]),
      ),
    );
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'first' }] },
      { kind: 'paragraph', runs: [{ text: 'second' }] },
      { kind: 'paragraph', runs: [] },
      { kind: 'paragraph', runs: [{ text: 'third' }] },
      { kind: 'paragraph', runs: [{ text: 'fourth' }] },
      { kind: 'paragraph', runs: [{ text: 'last' }] },
    ]);
  });

  it('reduces everything else to its text, and drops scripts and styles entirely', () => {
    const doc = markupToRichText(
      root(
        el('p', [
          el('a', ['a link'], { href: 'https://example.org' }),
          ' ',
          el('u', ['underlined']),
          el('span', [' heavy'], { style: 'font-weight: 700' }),
          el('span', [' slanted'], { style: 'font-style: italic; color: red' }),
          el('b', [el('span', [' not bold'], { style: 'font-weight: normal' })]),
        ]),
        el('script', ['alert(1)']),
        el('style', ['p { color: red }']),
        el('img', [], { src: 'x' }),
      ),
    );
    expect(doc.blocks).toEqual([
      {
        kind: 'paragraph',
        runs: [
          { text: 'a link underlined' },
          { text: ' heavy', bold: true },
          { text: ' slanted', italic: true },
          { text: ' not bold' },
        ],
      },
    ]);
  });

  it(
    'reads loose text at the root as a paragraph, no-break spaces as spaces, and an ' +
      'editor of empty lines as empty',
    () => {
      expect(markupToRichText(root('typed\u00a0\u00a0directly')).blocks).toEqual([
        { kind: 'paragraph', runs: [{ text: 'typed  directly' }] },
      ]);
      expect(markupToRichText(root(el('p', [el('br')]), el('p', [el('br')])))).toEqual({ blocks: [] });
      expect(markupToRichText(root())).toEqual({ blocks: [] });
    },
  );

  it('ignores layout whitespace between blocks', () => {
    const doc = markupToRichText(root('\n  ', el('p', ['one']), '\n  ', el('p', ['two']), '\n'));
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'one' }] },
      { kind: 'paragraph', runs: [{ text: 'two' }] },
    ]);
  });
});
