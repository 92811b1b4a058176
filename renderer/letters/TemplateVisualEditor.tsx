import '../styles/template-editor.css';
import { Extension, type Editor } from '@tiptap/core';
import { findWrapping } from '@tiptap/pm/transform';
import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PmNode } from '@tiptap/pm/model';
import { EditorContent, ReactNodeViewRenderer, useEditor, useEditorState } from '@tiptap/react';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { DocumentLanguage } from '../../shared/documents/document-model.js';
import type { TemplateBlock } from '../../shared/documents/template.js';
import { languageAttributes, useInterfaceLanguage, type LanguageAttributes } from '../components/reading-direction.js';
import { comboboxAttributes, matchingFields, openTagBefore, suggestionKey, type OpenTag } from './merge-completion.js';
import { MergeSuggestions } from './MergeSuggestions.js';
import { blocksToDocument, documentToBlocks, NODE, nodeIndexesOf, type EditorNode } from './template-document.js';
import { templateExtensions } from './template-schema.js';
import {
  ConditionalView,
  LetterheadView,
  RepeatView,
  SignatureView,
  TemplateFieldsContext,
  TemplateLanguageContext,
  type TemplateField,
  type TemplateFieldWords,
} from './TemplateNodeViews.js';

/** A validator problem the editor shows beside the block it concerns. */
export interface BlockProblem {
  /** The problem's path inside the language's content (e.g. ['blocks', 3, 'runs', 0, 'text']). */
  path: readonly (string | number)[];
  text: string;
}

const problemKey = new PluginKey<BlockProblem[]>('templateProblems');
/** Containers whose children are blocks: a problem's note goes after the block it concerns in one of them. */
const BLOCK_CONTAINERS: ReadonlySet<string> = new Set([NODE.doc, NODE.then, NODE.otherwise, NODE.repeat]);

/** A note of the editor's own inside the letter's text: the interface's words, in its language and direction. */
function screenNote(tag: 'p' | 'span', className: string, text: string, screen: LanguageAttributes): HTMLElement {
  const note = document.createElement(tag);
  note.className = className;
  note.contentEditable = 'false';
  note.lang = screen.lang;
  note.dir = screen.dir;
  note.textContent = text;
  return note;
}

function problemDecorations(
  state: EditorState,
  problems: readonly BlockProblem[],
  words: (text: string) => string,
  screen: LanguageAttributes,
) {
  const decorations: Decoration[] = [];
  problems.forEach((problem, index) => {
    const indexes = nodeIndexesOf(problem.path);
    let parent: PmNode = state.doc;
    let start = 0;
    let reached: { node: PmNode; pos: number } | null = null;
    let block: { node: PmNode; pos: number } | null = null;
    for (const childIndex of indexes) {
      if (childIndex >= parent.childCount) break;
      let pos = start;
      for (let i = 0; i < childIndex; i++) pos += parent.child(i).nodeSize;
      const node = parent.child(childIndex);
      reached = { node, pos };
      if (BLOCK_CONTAINERS.has(parent.type.name)) block = reached;
      parent = node;
      start = pos + 1;
    }
    if (!reached || !block) return;
    decorations.push(Decoration.node(reached.pos, reached.pos + reached.node.nodeSize, { class: 'has-problem' }));
    const end = block.pos + block.node.nodeSize;
    decorations.push(
      Decoration.widget(end, () => screenNote('p', 'block-problem', words(problem.text), screen), {
        side: -1,
        key: `${index}:${end}:${problem.text}`,
        ignoreSelection: true,
      }),
    );
  });
  return DecorationSet.create(state.doc, decorations);
}

/** Problems as notes beside their blocks; the screen sets them with a transaction meta. */
function problemMarks(words: (text: string) => string, screen: LanguageAttributes) {
  return Extension.create({
    name: 'templateProblems',
    addProseMirrorPlugins: () => [
      new Plugin<BlockProblem[]>({
        key: problemKey,
        state: {
          init: () => [],
          apply: (tr, value) => (tr.getMeta(problemKey) as BlockProblem[] | undefined) ?? value,
        },
        props: {
          decorations: (state) => problemDecorations(state, problemKey.getState(state) ?? [], words, screen),
        },
      }),
    ],
  });
}

/**
 * The condition or repetition of a list item or table row, in words at its start (set in the
 * advanced view; the document view shows it so the officer reads the letter as it will be made).
 */
function repeatNotes(words: (each: string | null, when: string | null) => string, screen: LanguageAttributes) {
  return Extension.create({
    name: 'repeatNotes',
    addProseMirrorPlugins: () => [
      new Plugin({
        props: {
          decorations: (state) => {
            const decorations: Decoration[] = [];
            state.doc.descendants((node, pos) => {
              const isItem = node.type.name === NODE.listItem;
              if (!isItem && node.type.name !== NODE.row) return true;
              const each = node.attrs['each'] as string | null;
              const when = node.attrs['when'] as string | null;
              if (!each && !when) return !isItem;
              // An item's text starts just inside it; a row's, inside its first cell.
              const at = isItem ? pos + 1 : pos + 2;
              decorations.push(
                Decoration.widget(at, () => screenNote('span', 'repeat-note', words(each, when), screen), {
                  side: -1,
                  key: `${at}:${each}:${when}`,
                  ignoreSelection: true,
                }),
              );
              return false;
            });
            return DecorationSet.create(state.doc, decorations);
          },
        },
      }),
    ],
  });
}

interface Completion extends OpenTag {
  from: number;
  to: number;
}

/** The tag being typed at the caret, if any, with the range the chip will replace. */
function completionAt(editor: Editor): Completion | null {
  const { selection } = editor.state;
  if (!selection.empty) return null;
  const { $from } = selection;
  if (!$from.parent.isTextblock) return null;
  const before = $from.parent.textBetween(0, $from.parentOffset, undefined, '\ufffc');
  const open = openTagBefore(before);
  return open ? { ...open, from: $from.pos - open.length, to: $from.pos } : null;
}

/** Wraps the blocks of the selection in a conditional section (or nothing, where a section cannot go). */
function wrapInCondition(editor: Editor): boolean {
  return editor
    .chain()
    .focus()
    .command(({ tr, state }) => {
      const { $from, $to } = state.selection;
      const range = $from.blockRange($to, (node) => BLOCK_CONTAINERS.has(node.type.name));
      if (!range) return false;
      const wrapping = findWrapping(range, state.schema.nodes[NODE.conditional]!, { path: '' });
      if (!wrapping) return false;
      tr.wrap(range, wrapping);
      return true;
    })
    .run();
}

/** Turns the paragraph or heading at the caret into a list, switches a list's kind, or ends the list. */
function toggleList(editor: Editor, ordered: boolean): boolean {
  return editor
    .chain()
    .focus()
    .command(({ tr, state }) => {
      const { $from } = state.selection;
      const { schema } = state;
      if ($from.parent.type.name === NODE.listItem) {
        const list = $from.node($from.depth - 1);
        const listPos = $from.before($from.depth - 1);
        if (list.attrs['ordered'] !== ordered) {
          tr.setNodeMarkup(listPos, undefined, { ...list.attrs, ordered });
          return true;
        }
        const paragraphs: PmNode[] = [];
        list.forEach((item) => paragraphs.push(schema.nodes[NODE.paragraph]!.create(null, item.content)));
        tr.replaceWith(listPos, listPos + list.nodeSize, paragraphs);
        // The caret stays where it was: items and paragraphs have the same size, the list's own tokens aside.
        tr.setSelection(TextSelection.create(tr.doc, $from.pos - 1));
        return true;
      }
      if (!$from.parent.isTextblock || !BLOCK_CONTAINERS.has($from.node($from.depth - 1).type.name)) return false;
      const item = schema.nodes[NODE.listItem]!.create(null, $from.parent.content);
      const list = schema.nodes[NODE.list]!.create({ ordered }, item);
      tr.replaceWith($from.before(), $from.after(), list);
      // The caret stays in the text it was in, now one level deeper (inside the list).
      tr.setSelection(TextSelection.create(tr.doc, $from.pos + 1));
      return true;
    })
    .run();
}

interface Tool {
  label: string;
  pressed?: boolean;
  run: () => void;
}

/** Where a key moves focus in a toolbar of `count` buttons from `current` (null: a key it leaves alone). */
function toolbarKeyTarget(key: string, count: number, current: number, rtl: boolean): number | null {
  if (count === 0) return null;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward) return (current + 1) % count;
  if (key === backward) return (current - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

/**
 * The formatting tools (WAI-ARIA toolbar): one Tab stop, the tool last used, and the arrow keys,
 * Home and End to move between tools (a roving tabindex). A click leaves focus in the document.
 */
function Toolbar({ editor, label }: { editor: Editor; label: string }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      paragraph: e.isActive(NODE.paragraph),
      heading1: e.isActive(NODE.heading, { level: 1 }),
      heading2: e.isActive(NODE.heading, { level: 2 }),
      bullets: e.isActive(NODE.list, { ordered: false }),
      numbered: e.isActive(NODE.list, { ordered: true }),
      inTable: e.isActive(NODE.table),
    }),
  });
  const chain = () => editor.chain().focus();
  const tools: Tool[] = [
    { label: t('letters.editor.visual.bold'), pressed: state.bold, run: () => chain().toggleBold().run() },
    { label: t('letters.editor.visual.italic'), pressed: state.italic, run: () => chain().toggleItalic().run() },
    { label: t('letters.editor.visual.paragraph'), pressed: state.paragraph, run: () => chain().setParagraph().run() },
    {
      label: t('letters.editor.visual.heading1'),
      pressed: state.heading1,
      run: () => chain().setNode(NODE.heading, { level: 1 }).run(),
    },
    {
      label: t('letters.editor.visual.heading2'),
      pressed: state.heading2,
      run: () => chain().setNode(NODE.heading, { level: 2 }).run(),
    },
    { label: t('letters.editor.visual.bullets'), pressed: state.bullets, run: () => toggleList(editor, false) },
    { label: t('letters.editor.visual.numbered'), pressed: state.numbered, run: () => toggleList(editor, true) },
    { label: t('letters.editor.visual.condition'), run: () => wrapInCondition(editor) },
    { label: t('letters.editor.visual.insertField'), run: () => chain().insertContent('{{').run() },
    ...(state.inTable
      ? [
          { label: t('letters.editor.visual.addRow'), run: () => chain().addRowAfter().run() },
          { label: t('letters.editor.visual.addColumn'), run: () => chain().addColumnAfter().run() },
          { label: t('letters.editor.visual.deleteRow'), run: () => chain().deleteRow().run() },
          { label: t('letters.editor.visual.deleteColumn'), run: () => chain().deleteColumn().run() },
        ]
      : [
          {
            label: t('letters.editor.visual.table'),
            run: () => chain().insertTable({ rows: 2, cols: 2, withHeaderRow: true }).run(),
          },
        ]),
  ];
  // The table's tools come and go with the caret: the Tab stop stays on a tool that is there.
  const stop = Math.min(current, tools.length - 1);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const next = toolbarKeyTarget(event.key, tools.length, stop, rtl);
    if (next === null) return;
    event.preventDefault();
    setCurrent(next);
    buttons.current[next]?.focus();
  }

  return (
    // The toolbar handles the arrow keys for the buttons inside it (the WAI-ARIA toolbar pattern).
    <div className="editor-toolbar" role="toolbar" aria-label={label} onKeyDown={onKeyDown}>
      {tools.map((tool, index) => (
        <button
          key={tool.label}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          className="button button-secondary editor-tool"
          aria-pressed={tool.pressed}
          tabIndex={index === stop ? 0 : -1}
          // The editor keeps its selection: the button acts on it.
          onMouseDown={(event) => event.preventDefault()}
          onFocus={() => setCurrent(index)}
          onClick={tool.run}
        >
          {tool.label}
        </button>
      ))}
    </div>
  );
}

/**
 * One language of a template edited as a document (Tiptap): merge tags are chips, typed with `{{`
 * and completed from the catalogue; conditional sections are framed with their condition in words.
 * Each edit hands back the template's blocks; problems come in and show beside their blocks. The
 * text runs in the template's language and direction; the editor's own words in the interface's.
 */
export function TemplateVisualEditor({
  language,
  blocks,
  fields,
  areaLabel,
  problems,
  describedBy,
  onBlocks,
}: {
  /** The template's language being edited: its text's `lang` and direction. */
  language: DocumentLanguage;
  blocks: readonly TemplateBlock[];
  fields: readonly TemplateField[];
  areaLabel: string;
  problems: readonly BlockProblem[];
  describedBy: string;
  onBlocks: (blocks: TemplateBlock[]) => void;
}) {
  const { t } = useTranslation();
  const screen = useInterfaceLanguage();
  const template = useMemo(() => languageAttributes(language), [language]);
  const listId = useId();
  const [completion, setCompletion] = useState<Completion | null>(null);
  const [active, setActive] = useState(0);
  const suggestions = completion ? matchingFields(fields, completion.typed) : [];
  const popup = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLDivElement>(null);

  const words = useMemo<TemplateFieldWords>(() => {
    // A chip says what the field is; the catalogue's example in brackets stays in the list of fields.
    const labels = new Map(fields.map((field) => [field.path, field.label.replace(/\s*\([^()]*\)$/, '')]));
    return { fields, label: (path) => labels.get(path.trim()) ?? path.trim() };
  }, [fields]);

  // The latest values for the editor's callbacks, which the editor keeps from its creation.
  const latest = useRef({ suggestions, active, completion, onBlocks });
  useLayoutEffect(() => {
    latest.current = { suggestions, active, completion, onBlocks };
  });

  const editor = useEditor({
    injectCSS: false,
    extensions: [
      ...templateExtensions({
        describeTag: (tag) => describeTag(tag, words.label, t),
        words: {
          otherwise: t('letters.editor.visual.otherwise'),
          spacer: t('letters.editor.visual.spacer'),
          pageBreak: t('letters.editor.visual.pageBreak'),
        },
        screen,
        views: {
          conditional: ReactNodeViewRenderer(ConditionalView),
          repeat: ReactNodeViewRenderer(RepeatView),
          letterhead: ReactNodeViewRenderer(LetterheadView),
          signature: ReactNodeViewRenderer(SignatureView),
        },
      }),
      problemMarks((text) => t('letters.editor.visual.problemHere', { message: text }), screen),
      repeatNotes(
        (each, when) =>
          each && when
            ? t('letters.editor.visual.itemEachWhen', { list: words.label(each), label: words.label(when) })
            : each
              ? t('letters.editor.visual.itemEach', { label: words.label(each) })
              : t('letters.editor.visual.itemWhen', { label: words.label(when ?? '') }),
        screen,
      ),
    ],
    content: blocksToDocument(blocks),
    editorProps: {
      attributes: {
        class: 'editor-document',
        // The letter's text in its own language and direction, whatever the interface's.
        ...template,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': areaLabel,
        'aria-describedby': describedBy,
        spellcheck: 'true',
      },
      handleKeyDown: (_view, event) => {
        const current = latest.current;
        if (!current.completion) return false;
        const action = suggestionKey(event.key, current.suggestions.length, current.active);
        if (!action) return false;
        if (action.kind === 'move') setActive(action.active);
        else if (action.kind === 'choose') insertChip(current.suggestions[action.index]!.path);
        else setCompletion(null);
        return true;
      },
    },
    onUpdate: ({ editor: e }) => {
      latest.current.onBlocks(documentToBlocks(e.getJSON() as EditorNode));
    },
    onTransaction: ({ editor: e }) => {
      const next = completionAt(e);
      const previous = latest.current.completion;
      if (previous && next && previous.from === next.from && previous.typed === next.typed) return;
      setCompletion(next);
      setActive(0);
    },
  });

  function insertChip(path: string) {
    const open = latest.current.completion;
    if (!editor || !open) return;
    editor
      .chain()
      .focus()
      .command(({ tr, state }) => {
        const marks = state.doc.resolve(open.from).marks();
        const chip = (tag: string) => state.schema.nodes[NODE.chip]!.create({ tag }, null, marks);
        const closing = open.prefix === '#if ' ? '/if' : open.prefix === '#each ' ? '/each' : null;
        tr.replaceWith(open.from, open.to, chip(`${open.prefix}${path}`));
        if (closing) tr.insert(open.from + 1, chip(closing));
        return true;
      })
      .run();
    setCompletion(null);
  }

  // The problems' notes follow the validator's newest answer.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(editor.state.tr.setMeta(problemKey, problems).setMeta('addToHistory', false));
  }, [editor, problems]);

  // The list of fields opens under the caret (placed through the CSSOM, which the CSP allows).
  useEffect(() => {
    const element = popup.current;
    const container = frame.current;
    if (!editor || !element || !container || !completion) return;
    const caret = editor.view.coordsAtPos(completion.to);
    const box = container.getBoundingClientRect();
    // From the side the line starts on: the right in Arabic.
    const rtl = getComputedStyle(element).direction === 'rtl';
    const fromStart = rtl ? box.right - caret.right : caret.left - box.left;
    element.style.insetInlineStart = `${Math.max(0, Math.min(fromStart, box.width - 320))}px`;
    element.style.top = `${caret.bottom - box.top + 4}px`;
  });

  // The editing area points at the list and its active option, as a combobox's text box does.
  const offered = suggestions.length;
  const invalid = problems.length > 0;
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const area = editor.view.dom;
    const set = (name: string, value: string | undefined) =>
      value === undefined ? area.removeAttribute(name) : area.setAttribute(name, value);
    for (const [name, value] of Object.entries(comboboxAttributes(listId, offered, active))) set(name, value);
    set('aria-invalid', invalid ? 'true' : undefined);
  }, [editor, listId, offered, active, invalid]);

  if (!editor) return null;
  return (
    <TemplateFieldsContext.Provider value={words}>
      <div className="visual-editor" ref={frame}>
        <Toolbar editor={editor} label={t('letters.editor.visual.toolbar')} />
        <TemplateLanguageContext.Provider value={template}>
          <EditorContent editor={editor} className="editor-frame" />
        </TemplateLanguageContext.Provider>
        <MergeSuggestions
          listId={listId}
          fields={suggestions}
          active={active}
          onChoose={(field) => insertChip(field.path)}
          className="editor-suggestions"
          listRef={popup}
        />
      </div>
    </TemplateFieldsContext.Provider>
  );
}

/** A chip's visible words and accessible name, from its tag as written. */
function describeTag(tag: string, label: (path: string) => string, t: TFunction): { text: string; name: string } {
  const body = tag.trim();
  const block = /^#(if|each)\s+(\S+)$/.exec(body);
  if (block) {
    const words = label(block[2] as string);
    return block[1] === 'if'
      ? {
          text: t('letters.editor.visual.chipIfShort', { label: words }),
          name: t('letters.editor.visual.chipIf', { label: words }),
        }
      : {
          text: t('letters.editor.visual.chipEachShort', { label: words }),
          name: t('letters.editor.visual.chipEach', { label: words }),
        };
  }
  if (body === 'else')
    return { text: t('letters.editor.visual.chipElseShort'), name: t('letters.editor.visual.chipElse') };
  if (body === '/if')
    return { text: t('letters.editor.visual.chipEndShort'), name: t('letters.editor.visual.chipEndIf') };
  if (body === '/each')
    return { text: t('letters.editor.visual.chipEndShort'), name: t('letters.editor.visual.chipEndEach') };
  const words = label(body);
  return { text: words, name: t('letters.editor.visual.chipField', { label: words }) };
}
