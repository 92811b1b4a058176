import { Extension, Mark, mergeAttributes, Node, type AnyExtension, type NodeViewRenderer } from '@tiptap/core';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { TextSelection } from '@tiptap/pm/state';
import StarterKit from '@tiptap/starter-kit';
import type { LanguageAttributes } from '../components/reading-direction.js';
import { MARK, NODE } from './template-document.js';

/**
 * The visual template editor's schema: one node per block of the template model
 * (shared/documents/template.ts), so that template-document.ts maps one onto the other exactly.
 * Nothing here writes an inline style or a <style> element: the renderer's CSP forbids them.
 */

/** What the schema needs from the screen: words for chips and parts, node views for sections. */
export interface TemplateSchemaOptions {
  /** The visible words and the accessible name of a chip, from its tag as written (`case.reference`, `#if x`). */
  describeTag: (tag: string) => { text: string; name: string };
  /** Words shown for the "otherwise" part of a conditional section, a blank space and a page break. */
  words: { otherwise: string; spacer: string; pageBreak: string };
  /**
   * The interface's `lang` and `dir`: chips and parts say their words in it, inside a template that may run
   * the other way (an English template edited in the Arabic interface).
   */
  screen: LanguageAttributes;
  views?: {
    conditional: NodeViewRenderer;
    repeat: NodeViewRenderer;
    letterhead: NodeViewRenderer;
    signature: NodeViewRenderer;
  };
}

const nullable = (name: string) => ({
  default: null,
  parseHTML: (element: HTMLElement) => element.getAttribute(`data-${name}`),
  renderHTML: (attributes: Record<string, unknown>) =>
    attributes[name] === null || attributes[name] === undefined ? {} : { [`data-${name}`]: String(attributes[name]) },
});

/** Paragraph alignment as a class (never a style attribute). */
const ParagraphAlign = Extension.create({
  name: 'paragraphAlign',
  addGlobalAttributes() {
    return [
      {
        types: [NODE.paragraph],
        attributes: {
          align: {
            default: null,
            parseHTML: (element: HTMLElement) => element.getAttribute('data-align'),
            renderHTML: (attributes: Record<string, unknown>) =>
              attributes['align'] ? { 'data-align': attributes['align'], class: `align-${attributes['align']}` } : {},
          },
        },
      },
    ];
  },
});

/**
 * The letter's two heading levels, drawn as h3 and h4 as the preview draws them: under the page's
 * h1 and the editor's region, a screen reader's outline stays in order.
 */
const TemplateHeading = Node.create({
  name: NODE.heading,
  group: 'block',
  content: 'inline*',
  defining: true,
  addAttributes: () => ({ level: { default: 1, rendered: false } }),
  parseHTML: () => [
    { tag: 'h3', attrs: { level: 1 } },
    { tag: 'h4', attrs: { level: 2 } },
  ],
  renderHTML: ({ node }) => [
    node.attrs['level'] === 1 ? 'h3' : 'h4',
    { class: `editor-heading-${node.attrs['level']}` },
    0,
  ],
});

/** Keeps the template's runs apart: neighbouring runs differ in `n` (see template-document.ts). */
const RunMark = Mark.create({
  name: MARK.run,
  inclusive: true,
  addAttributes: () => ({ n: { default: 0 } }),
  parseHTML: () => [{ tag: 'span[data-run]' }],
  renderHTML: ({ HTMLAttributes }) => ['span', { 'data-run': HTMLAttributes['n'] }, 0],
});

/** A merge tag as a chip: one atom, named for a screen reader by what it stands for. */
const MergeChip = Node.create<Pick<TemplateSchemaOptions, 'describeTag' | 'screen'>>({
  name: NODE.chip,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addOptions: () => ({
    describeTag: (tag: string) => ({ text: tag, name: tag }),
    screen: { lang: 'en', dir: 'ltr' } as LanguageAttributes,
  }),
  addAttributes: () => ({ tag: { default: '', parseHTML: (element) => element.getAttribute('data-tag') ?? '' } }),
  parseHTML: () => [{ tag: 'span[data-tag]' }],
  renderHTML({ node }) {
    const { text, name } = this.options.describeTag(String(node.attrs['tag']));
    return [
      'span',
      { 'data-tag': node.attrs['tag'], class: 'merge-chip', role: 'img', 'aria-label': name, ...this.options.screen },
      text,
    ];
  },
  renderText: ({ node }) => `{{${String(node.attrs['tag'])}}}`,
});

const TemplateList = Node.create({
  name: NODE.list,
  group: 'block',
  content: `${NODE.listItem}*`,
  addAttributes: () => ({
    ordered: {
      default: false,
      parseHTML: (element) => element.tagName === 'OL',
      renderHTML: () => ({}),
    },
  }),
  parseHTML: () => [{ tag: 'ul' }, { tag: 'ol' }],
  renderHTML: ({ node, HTMLAttributes }) => [node.attrs['ordered'] ? 'ol' : 'ul', HTMLAttributes, 0],
});

const TemplateListItem = Node.create({
  name: NODE.listItem,
  content: 'inline*',
  defining: true,
  addAttributes: () => ({ each: nullable('each'), when: nullable('when') }),
  parseHTML: () => [{ tag: 'li' }],
  renderHTML: ({ HTMLAttributes }) => ['li', HTMLAttributes, 0],
  addKeyboardShortcuts() {
    return {
      // Enter on an empty last item ends the list with a paragraph, as a word processor does.
      Enter: ({ editor }) => {
        const { selection, schema } = editor.state;
        const { $from } = selection;
        if (!selection.empty || $from.parent.type.name !== NODE.listItem || $from.parent.content.size > 0) return false;
        const list = $from.node(-1);
        if ($from.index(-1) !== list.childCount - 1) return false;
        const listPos = $from.before(-1);
        return editor
          .chain()
          .command(({ tr }) => {
            const paragraph = schema.nodes[NODE.paragraph]!.create();
            if (list.childCount === 1) {
              tr.replaceWith(listPos, listPos + list.nodeSize, paragraph);
              tr.setSelection(TextSelection.create(tr.doc, listPos + 1));
            } else {
              const itemPos = $from.before();
              tr.delete(itemPos, itemPos + $from.parent.nodeSize);
              const after = listPos + list.nodeSize - $from.parent.nodeSize;
              tr.insert(after, paragraph);
              tr.setSelection(TextSelection.create(tr.doc, after + 1));
            }
            return true;
          })
          .run();
      },
    };
  },
});

/** A column header holds one line (text and chips, no style) and its share of the width. */
const TemplateTableHeader = TableHeader.extend({
  content: 'inline*',
  marks: '',
  addAttributes() {
    return {
      ...this.parent?.(),
      widthPercent: {
        default: null,
        parseHTML: (element: HTMLElement) => Number(element.getAttribute('data-width')) || null,
        renderHTML: (attributes: Record<string, unknown>) =>
          typeof attributes['widthPercent'] !== 'number' ? {} : { 'data-width': String(attributes['widthPercent']) },
      },
    };
  },
});

const TemplateTableRow = TableRow.extend({
  addAttributes() {
    return { ...this.parent?.(), each: nullable('each'), when: nullable('when') };
  },
});

/** No resizing and no table node view: both write widths as styles, and the template has its own widths. */
const TemplateTable = Table.extend({
  addNodeView: () => null,
  addKeyboardShortcuts() {
    // Tab moves between cells and, from the last one, out of the table (never adds rows: no keyboard trap).
    return { ...this.parent?.(), Tab: () => this.editor.commands.goToNextCell() };
  },
  renderHTML: ({ HTMLAttributes }) => [
    'table',
    mergeAttributes(HTMLAttributes, { class: 'editor-table' }),
    ['tbody', 0],
  ],
}).configure({ resizable: false });

function section(name: string, content: string, className: string, label?: () => string) {
  return Node.create({
    name,
    content,
    defining: true,
    isolating: true,
    parseHTML: () => [{ tag: `div.${className}` }],
    renderHTML: () => ['div', { class: className, ...(label ? { 'data-label': label() } : {}) }, 0],
  });
}

/** A block the template keeps whole; `words` (the interface's, in its `lang` and `dir`) say what it is. */
function atomBlock(
  name: string,
  attributes: Record<string, unknown>,
  view?: NodeViewRenderer,
  words?: { text: string; screen: LanguageAttributes },
) {
  return Node.create({
    name,
    group: 'block',
    atom: true,
    selectable: true,
    addAttributes: () =>
      Object.fromEntries(Object.entries(attributes).map(([key, value]) => [key, { default: value, rendered: false }])),
    parseHTML: () => [{ tag: `div[data-block="${name}"]` }],
    renderHTML: () => [
      'div',
      { 'data-block': name, class: `editor-${name}`, ...(words ? words.screen : {}) },
      words?.text ?? '',
    ],
    ...(view ? { addNodeView: () => view } : {}),
  });
}

/** The editor's extensions; with `views` absent (tests), sections render as plain elements. */
export function templateExtensions(options: TemplateSchemaOptions): AnyExtension[] {
  const { views } = options;
  return [
    StarterKit.configure({
      heading: false,
      blockquote: false,
      bulletList: false,
      orderedList: false,
      listItem: false,
      listKeymap: false,
      code: false,
      codeBlock: false,
      hardBreak: false,
      horizontalRule: false,
      link: false,
      strike: false,
      underline: false,
      // The template ends where the officer ends it (a trailing paragraph would be a new block).
      trailingNode: false,
    }),
    ParagraphAlign,
    TemplateHeading,
    RunMark,
    MergeChip.configure({ describeTag: options.describeTag, screen: options.screen }),
    TemplateList,
    TemplateListItem,
    TemplateTable,
    TemplateTableRow,
    TemplateTableHeader,
    TableCell.extend({ content: 'inline*' }),
    Node.create({
      name: NODE.conditional,
      group: 'block',
      content: `${NODE.then} ${NODE.otherwise}?`,
      defining: true,
      addAttributes: () => ({ path: { default: '', rendered: false } }),
      parseHTML: () => [{ tag: 'section[data-condition]' }],
      renderHTML: ({ node }) => ['section', { 'data-condition': node.attrs['path'], class: 'editor-conditional' }, 0],
      ...(views ? { addNodeView: () => views.conditional } : {}),
    }),
    section(NODE.then, 'block*', 'editor-then'),
    section(NODE.otherwise, 'block*', 'editor-otherwise', () => options.words.otherwise),
    Node.create({
      name: NODE.repeat,
      group: 'block',
      content: 'block*',
      defining: true,
      addAttributes: () => ({ path: { default: '', rendered: false } }),
      parseHTML: () => [{ tag: 'section[data-each]' }],
      renderHTML: ({ node }) => ['section', { 'data-each': node.attrs['path'], class: 'editor-repeat' }, 0],
      ...(views ? { addNodeView: () => views.repeat } : {}),
    }),
    atomBlock(NODE.letterhead, { lines: [], logo: null }, views?.letterhead),
    atomBlock(NODE.signature, { name: '', title: '', place: null, date: null }, views?.signature),
    atomBlock(NODE.spacer, {}, undefined, { text: options.words.spacer, screen: options.screen }),
    atomBlock(NODE.pageBreak, {}, undefined, { text: options.words.pageBreak, screen: options.screen }),
  ];
}
