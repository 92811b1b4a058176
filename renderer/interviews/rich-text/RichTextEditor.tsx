import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { RichText } from '../../../shared/domain/rich-text.js';
import { fillEditor } from './rich-text-to-dom.js';
import { markupToRichText } from './markup-to-rich-text.js';
import { inlineStep, useTextDirection } from '../../components/reading-direction.js';

/** Toolbar commands; each maps to Chromium's editing commands on the contenteditable. */
const COMMANDS = ['bold', 'italic', 'heading', 'bullet', 'numbered', 'quote'] as const;
type Command = (typeof COMMANDS)[number];
type Active = Record<Command, boolean>;
const NOTHING_ACTIVE: Active = {
  bold: false,
  italic: false,
  heading: false,
  bullet: false,
  numbered: false,
  quote: false,
};

function enclosingBlock(root: HTMLElement): string | null {
  let node: Node | null = document.getSelection()?.anchorNode ?? null;
  while (node && node !== root) {
    if (node.nodeType === Node.ELEMENT_NODE && ['H4', 'BLOCKQUOTE', 'P', 'LI'].includes(node.nodeName))
      return node.nodeName;
    node = node.parentNode;
  }
  return null;
}

function selectionInside(root: HTMLElement): boolean {
  const anchor = document.getSelection()?.anchorNode;
  return !!anchor && root.contains(anchor);
}

function activeCommands(root: HTMLElement): Active {
  if (!selectionInside(root)) return NOTHING_ACTIVE;
  const block = enclosingBlock(root);
  return {
    bold: document.queryCommandState('bold'),
    italic: document.queryCommandState('italic'),
    heading: block === 'H4',
    quote: block === 'BLOCKQUOTE',
    bullet: document.queryCommandState('insertUnorderedList'),
    numbered: document.queryCommandState('insertOrderedList'),
  };
}

function run(command: Command, active: Active): void {
  switch (command) {
    case 'bold':
    case 'italic':
      document.execCommand(command);
      return;
    case 'heading':
      document.execCommand('formatBlock', false, active.heading ? 'p' : 'h4');
      return;
    case 'quote':
      document.execCommand('formatBlock', false, active.quote ? 'p' : 'blockquote');
      return;
    case 'bullet':
      document.execCommand('insertUnorderedList');
      return;
    case 'numbered':
      document.execCommand('insertOrderedList');
      return;
  }
}

export interface RichTextEditorProps {
  /** Read once, when the editor mounts: give the editor a new `key` to load other content. */
  initial: RichText;
  label: string;
  onChange: (doc: RichText) => void;
  onBlur?: () => void;
  describedBy?: string;
}

/**
 * A contenteditable that only ever holds what RichText can say. It is filled from the model with
 * DOM calls and read back through markupToRichText; pasted content arrives as plain text.
 */
export function RichTextEditor({ initial, label, onChange, onBlur, describedBy }: RichTextEditorProps) {
  const { t } = useTranslation();
  const direction = useTextDirection();
  const editorRef = useRef<HTMLDivElement>(null);
  const buttonsRef = useRef<(HTMLButtonElement | null)[]>([]);
  const [active, setActive] = useState<Active>(NOTHING_ACTIVE);
  const [focusIndex, setFocusIndex] = useState(0);
  const editorId = useId();
  const initialRef = useRef(initial);

  useLayoutEffect(() => {
    const root = editorRef.current;
    if (root) fillEditor(root, initialRef.current);
  }, []);

  useEffect(() => {
    // New lines are <p>, and bold is <b> rather than a styled span: what the converter expects.
    document.execCommand('defaultParagraphSeparator', false, 'p');
    document.execCommand('styleWithCSS', false, 'false');
    const onSelection = () => {
      const root = editorRef.current;
      if (root) setActive(activeCommands(root));
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, []);

  const emit = useCallback(() => {
    const root = editorRef.current;
    if (root) onChange(markupToRichText(root));
  }, [onChange]);

  const apply = (command: Command) => {
    const root = editorRef.current;
    if (!root) return;
    if (!selectionInside(root)) root.focus();
    const before = activeCommands(root);
    if (command === 'bold' && before.heading) return;
    run(command, before);
    setActive(activeCommands(root));
    emit();
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    // Foreign HTML (styles, links, images) never enters the notes: only its text.
    event.preventDefault();
    document.execCommand('insertText', false, event.clipboardData.getData('text/plain'));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const mod = (event.ctrlKey || event.metaKey) && !event.altKey;
    const key = event.key.toLowerCase();
    // Underline has no place in the model; refuse it rather than show what will not be saved.
    if (mod && key === 'u') event.preventDefault();
    // A heading is bold already: Chromium would un-bold it with an inline style, which the CSP forbids.
    if (mod && key === 'b' && editorRef.current && activeCommands(editorRef.current).heading) event.preventDefault();
  };

  // Toolbar keyboard pattern (WAI-ARIA): one tab stop, arrows move between buttons.
  const onToolbarKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { Home: 0, End: COMMANDS.length - 1 };
    // Onward is to the left in Arabic, where the buttons run right to left.
    const step = inlineStep(event.key, direction);
    const next = step !== 0 ? (focusIndex + step + COMMANDS.length) % COMMANDS.length : moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setFocusIndex(next);
    buttonsRef.current[next]?.focus();
  };

  return (
    <div className="rich-editor">
      <div
        className="rich-toolbar"
        role="toolbar"
        aria-label={t('interviews.editor.toolbar')}
        aria-controls={editorId}
        onKeyDown={onToolbarKey}
      >
        {COMMANDS.map((command, index) => (
          <button
            key={command}
            ref={(element) => {
              buttonsRef.current[index] = element;
            }}
            type="button"
            className={`toolbar-button toolbar-${command}`}
            aria-pressed={active[command]}
            aria-disabled={command === 'bold' && active.heading ? true : undefined}
            tabIndex={index === focusIndex ? 0 : -1}
            // Keep the selection in the text: a click would otherwise move focus to the button first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              setFocusIndex(index);
              apply(command);
            }}
            aria-keyshortcuts={command === 'bold' ? 'Control+B' : command === 'italic' ? 'Control+I' : undefined}
          >
            {t(`interviews.editor.commands.${command}`)}
          </button>
        ))}
      </div>
      <div
        id={editorId}
        ref={editorRef}
        className="rich-text rich-text-editable"
        role="textbox"
        aria-multiline="true"
        // Editable text is a tab stop anyway; said here so that the textbox role is seen to be one.
        tabIndex={0}
        aria-label={label}
        aria-describedby={describedBy}
        contentEditable
        suppressContentEditableWarning
        spellCheck
        onInput={emit}
        onBlur={onBlur}
        onPaste={onPaste}
        onDrop={(event) => event.preventDefault()}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
