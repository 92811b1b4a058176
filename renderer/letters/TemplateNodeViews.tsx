import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { createContext, useContext, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useInterfaceLanguage, type LanguageAttributes } from '../components/reading-direction.js';
import { NODE } from './template-document.js';

/** A merge field as the sections' views offer it: its path (what the template keeps) and its words. */
export interface TemplateField {
  path: string;
  label: string;
  kind: 'text' | 'flag' | 'object' | 'list';
  /** Set for the fields of each element of a list: that list's path. */
  list?: string | undefined;
}

/** What the sections' views need from the editor screen: the merge fields offered and their words. */
export interface TemplateFieldWords {
  /** The fields offered for a condition or a repetition, in the screen's language. */
  fields: readonly TemplateField[];
  /** The words of a field path (its label in the catalogue, or the path as written). */
  label: (path: string) => string;
}

export const TemplateFieldsContext = createContext<TemplateFieldWords>({ fields: [], label: (path) => path });

/** The `lang` and `dir` of the template's language being edited: the lines of its letterhead and signature. */
export const TemplateLanguageContext = createContext<LanguageAttributes>({ lang: 'en', dir: 'ltr' });

interface FieldGroup {
  key: string;
  label: string;
  fields: TemplateField[];
}

/** The fields under the words of what they belong to (the case, the subject, each victim …), in catalogue order. */
function fieldGroups(fields: readonly TemplateField[], eachOf: (list: string) => string): FieldGroup[] {
  const groups = new Map<string, FieldGroup>();
  for (const field of fields) {
    const ownerPath = field.list ?? field.path.split('.')[0]!;
    const owner = fields.find((f) => f.path === ownerPath)?.label ?? ownerPath;
    // A list's own field (present or not) and the fields of each of its elements are apart.
    const key = field.list ? `${ownerPath}[]` : ownerPath;
    const label = field.list ? eachOf(owner) : owner;
    const group = groups.get(key) ?? { key, label, fields: [] };
    group.fields.push(field);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * The field a section depends on, chosen by its words (grouped by what it belongs to): the legal
 * officer reads "Letter reference", the template keeps `letter.reference`. A path the list does not
 * hold (written in the advanced view) stays chosen until another is picked.
 */
function FieldPicker({
  label,
  value,
  kinds,
  onChange,
}: {
  label: string;
  value: string;
  /** The kinds of field the section can use (a repetition needs a list); all when absent. */
  kinds?: readonly TemplateField['kind'][];
  onChange: (path: string) => void;
}) {
  const { t } = useTranslation();
  const { fields } = useContext(TemplateFieldsContext);
  const id = useId();
  const offered = kinds ? fields.filter((field) => kinds.includes(field.kind)) : fields;
  const listed = offered.some((field) => field.path === value);
  const groups = fieldGroups(offered, (list) => t('letters.editor.visual.fieldEach', { list }));
  return (
    <span className="editor-section-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="input input-compact" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('letters.editor.visual.fieldNotChosen')}</option>
        {!listed && value !== '' && <option value={value}>{t('letters.editor.visual.fieldNotListed')}</option>}
        {groups.map((group) => (
          <optgroup key={group.key} label={group.label}>
            {group.fields.map((field) => (
              <option key={`${field.list ?? ''}${field.path}`} value={field.path}>
                {field.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </span>
  );
}

/** A section kept only when a value is present: its condition in words, editable, then its text. */
export function ConditionalView({ node, updateAttributes, editor, getPos }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const screen = useInterfaceLanguage();
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
      {/* The section's condition and tools are the interface's, in its direction; its text is the template's. */}
      <div className="editor-section-head" contentEditable={false} {...screen}>
        <FieldPicker
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
  const screen = useInterfaceLanguage();
  const { label } = useContext(TemplateFieldsContext);
  const path = String(node.attrs['path'] ?? '');
  const words = path ? t('letters.editor.visual.repeatWords', { label: label(path) }) : undefined;
  return (
    <NodeViewWrapper as="section" className="editor-repeat" aria-label={words}>
      <div className="editor-section-head" contentEditable={false} {...screen}>
        <FieldPicker
          label={t('letters.editor.visual.forEach')}
          value={path}
          kinds={['list']}
          onChange={(next) => updateAttributes({ path: next })}
        />
        {words && <span className="editor-section-words">{words}</span>}
      </div>
      <NodeViewContent className="editor-section-body" />
    </NodeViewWrapper>
  );
}

/** A line of the template's (its words and direction) under the interface's label. */
function LineInput({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  const template = useContext(TemplateLanguageContext);
  return (
    <span className="editor-card-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input input-compact"
        value={value}
        {...template}
        onChange={(event) => onChange(event.target.value)}
      />
    </span>
  );
}

/** The letterhead: its lines (merge tags written as `{{…}}`) and whether the emblem is printed. */
export function LetterheadView({ node, updateAttributes }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const screen = useInterfaceLanguage();
  const lines = (node.attrs['lines'] as string[] | undefined) ?? [];
  const logo = node.attrs['logo'] as string | null;
  return (
    <NodeViewWrapper as="section" className="editor-card" aria-label={t('letters.editor.visual.letterhead')}>
      <div contentEditable={false} {...screen}>
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
  const screen = useInterfaceLanguage();
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
      <div contentEditable={false} {...screen}>
        <p className="editor-card-title">{t('letters.editor.visual.signature')}</p>
        {field('name', t('letters.editor.visual.signatureName'))}
        {field('title', t('letters.editor.visual.signatureTitle'))}
        {field('place', t('letters.editor.visual.signaturePlace'))}
        {field('date', t('letters.editor.visual.signatureDate'))}
      </div>
    </NodeViewWrapper>
  );
}
