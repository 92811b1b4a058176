import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { createContext, useContext, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NODE } from './template-document.js';

/** What the sections' views need from the editor screen: the merge fields offered and their words. */
export interface TemplateFieldWords {
  /** Paths offered for a condition or a repetition. */
  paths: readonly string[];
  /** The words of a field path (its label in the catalogue, or the path as written). */
  label: (path: string) => string;
}

export const TemplateFieldsContext = createContext<TemplateFieldWords>({ paths: [], label: (path) => path });

/** A text box for a path, completed from the catalogue (a datalist: typed or chosen with the keyboard). */
function PathInput({ label, value, onChange }: { label: string; value: string; onChange: (path: string) => void }) {
  const { paths } = useContext(TemplateFieldsContext);
  const id = useId();
  return (
    <span className="editor-section-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input input-compact mono"
        list={`${id}-paths`}
        value={value}
        spellCheck={false}
        onChange={(event) => onChange(event.target.value.trim())}
      />
      <datalist id={`${id}-paths`}>
        {paths.map((path) => (
          <option key={path} value={path} />
        ))}
      </datalist>
    </span>
  );
}

/** A section kept only when a value is present: its condition in words, editable, then its text. */
export function ConditionalView({ node, updateAttributes, editor, getPos }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const { label } = useContext(TemplateFieldsContext);
  const path = String(node.attrs['path'] ?? '');
  const hasOtherwise = node.childCount > 1;
  const words = path
    ? t('letters.editor.visual.conditionWords', { label: label(path) })
    : t('letters.editor.visual.conditionEmpty');

  function toggleOtherwise() {
    const pos = getPos();
    if (typeof pos !== 'number') return;
    const { schema } = editor.state;
    editor
      .chain()
      .focus()
      .command(({ tr }) => {
        if (hasOtherwise) {
          const then = node.child(0);
          tr.delete(pos + 1 + then.nodeSize, pos + node.nodeSize - 1);
        } else {
          const paragraph = schema.nodes[NODE.paragraph]!.create();
          tr.insert(pos + node.nodeSize - 1, schema.nodes[NODE.otherwise]!.create(null, paragraph));
        }
        return true;
      })
      .run();
  }

  function unwrap() {
    const pos = getPos();
    if (typeof pos !== 'number') return;
    editor
      .chain()
      .focus()
      .command(({ tr }) => {
        tr.replaceWith(pos, pos + node.nodeSize, node.child(0).content);
        return true;
      })
      .run();
  }

  return (
    <NodeViewWrapper as="section" className="editor-conditional" aria-label={words}>
      <div className="editor-section-head" contentEditable={false}>
        <PathInput
          label={t('letters.editor.visual.onlyWhen')}
          value={path}
          onChange={(next) => updateAttributes({ path: next })}
        />
        <span className="editor-section-words">{words}</span>
        <span className="editor-section-actions">
          <button type="button" className="button button-link" onClick={toggleOtherwise}>
            {hasOtherwise ? t('letters.editor.visual.removeOtherwise') : t('letters.editor.visual.addOtherwise')}
          </button>
          <button type="button" className="button button-link" onClick={unwrap}>
            {t('letters.editor.visual.unwrap')}
          </button>
        </span>
      </div>
      <NodeViewContent className="editor-section-body" />
    </NodeViewWrapper>
  );
}

/** A section repeated for each element of a list. */
export function RepeatView({ node, updateAttributes }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const { label } = useContext(TemplateFieldsContext);
  const path = String(node.attrs['path'] ?? '');
  const words = path ? t('letters.editor.visual.repeatWords', { label: label(path) }) : undefined;
  return (
    <NodeViewWrapper as="section" className="editor-repeat" aria-label={words}>
      <div className="editor-section-head" contentEditable={false}>
        <PathInput
          label={t('letters.editor.visual.forEach')}
          value={path}
          onChange={(next) => updateAttributes({ path: next })}
        />
        {words && <span className="editor-section-words">{words}</span>}
      </div>
      <NodeViewContent className="editor-section-body" />
    </NodeViewWrapper>
  );
}

function LineInput({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <span className="editor-card-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} className="input input-compact" value={value} onChange={(event) => onChange(event.target.value)} />
    </span>
  );
}

/** The letterhead: its lines (merge tags written as `{{…}}`) and whether the emblem is printed. */
export function LetterheadView({ node, updateAttributes }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const lines = (node.attrs['lines'] as string[] | undefined) ?? [];
  const logo = node.attrs['logo'] as string | null;
  return (
    <NodeViewWrapper as="section" className="editor-card" aria-label={t('letters.editor.visual.letterhead')}>
      <div contentEditable={false}>
        <p className="editor-card-title">{t('letters.editor.visual.letterhead')}</p>
        {logo && <p className="muted">{t('letters.editor.visual.emblem')}</p>}
        {lines.map((line, index) => (
          <LineInput
            key={index}
            label={t('letters.editor.visual.letterheadLine', { number: index + 1 })}
            value={line}
            onChange={(value) => updateAttributes({ lines: lines.map((l, i) => (i === index ? value : l)) })}
          />
        ))}
      </div>
    </NodeViewWrapper>
  );
}

/** The signature block: who signs, with what title, where and when (merge tags allowed). */
export function SignatureView({ node, updateAttributes }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const field = (key: 'name' | 'title' | 'place' | 'date', label: string) =>
    node.attrs[key] === null && (key === 'place' || key === 'date') ? null : (
      <LineInput
        label={label}
        value={String(node.attrs[key] ?? '')}
        onChange={(value) => updateAttributes({ [key]: value })}
      />
    );
  return (
    <NodeViewWrapper as="section" className="editor-card" aria-label={t('letters.editor.visual.signature')}>
      <div contentEditable={false}>
        <p className="editor-card-title">{t('letters.editor.visual.signature')}</p>
        {field('name', t('letters.editor.visual.signatureName'))}
        {field('title', t('letters.editor.visual.signatureTitle'))}
        {field('place', t('letters.editor.visual.signaturePlace'))}
        {field('date', t('letters.editor.visual.signatureDate'))}
      </div>
    </NodeViewWrapper>
  );
}
