import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApiError, MethodOutput } from '../../shared/contract/index.js';
import type { LetterPreview, LetterTemplateProblem } from '../../shared/contract/letters.js';
import type { DocumentLanguage } from '../../shared/documents/document-model.js';
import { TemplateContent, type TemplateBlock } from '../../shared/documents/template.js';
import { templatePlaceText, templateProblemText, type Say } from '../../shared/documents/template-problem-words.js';
import { SHIPPED_TEMPLATE_NAMES } from '../../shared/documents/templates/shipped-names.js';
import { useApi } from '../api/context.js';
import { fieldProblemText } from '../api/errors.js';
import { explanationLocale } from '../deadlines/deadline-display.js';
import { CasePicker, useStartingCase, type CaseChoice } from '../components/CasePicker.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { SelectField } from '../components/SelectField.js';
import { TextField } from '../components/TextField.js';
import { useLoaded } from '../components/use-loaded.js';
import { languageLabel, renamedKind, templateName } from './letter-labels.js';
import {
  comboboxAttributes,
  insertField,
  matchingFields,
  openFieldAt,
  suggestionKey,
  type OpenField,
} from './merge-completion.js';
import { MergeSuggestions } from './MergeSuggestions.js';
import { PreviewPanel } from './NewLetterDialog.js';
import { TemplateBands } from './TemplateBands.js';
import type { BlockProblem } from './TemplateVisualEditor.js';

// The document editor (Tiptap, ProseMirror) loads with the first template opened, not with the app.
const TemplateVisualEditor = lazy(() =>
  import('./TemplateVisualEditor.js').then((module) => ({ default: module.TemplateVisualEditor })),
);

type Loaded = MethodOutput<'letters.template'>;
type Field = MethodOutput<'letters.mergeFields'>['fields'][number];
type Source = { languages?: Partial<Record<DocumentLanguage, unknown>> } & Record<string, unknown>;
/** The document view (what legal officers use), or the template's JSON for what it does not show. */
type EditorView = 'document' | 'advanced';

const VALIDATE_DELAY_MS = 300;
/** The real rendering follows the draft this long after the last edit that validates. */
const PREVIEW_DELAY_MS = 500;

/** The editor of one template: loads it, then edits one language at a time. */
export function TemplateEditor({ templateId, onBack }: { templateId: string; onBack: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [generation, setGeneration] = useState(0);
  // `generation` is not read: a change of it reloads the template after a save.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const load = useCallback(() => api.letters.template({ id: templateId }), [api, templateId, generation]);
  const { state } = useLoaded(load);
  return (
    <section className="page page-wide template-editor">
      <button type="button" className="button button-link back-link" onClick={onBack}>
        {t('letters.editor.back')}
      </button>
      {state.status === 'loading' && (
        <p className="muted" role="status">
          {t('letters.tab.loading')}
        </p>
      )}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {state.status === 'ready' && (
        <EditorBody key={state.value.version} loaded={state.value} onSaved={() => setGeneration((g) => g + 1)} />
      )}
    </section>
  );
}

function EditorBody({ loaded, onSaved }: { loaded: Loaded; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const sourceId = useId();
  const problemsId = useId();
  const listId = useId();
  const hintId = useId();
  const { summary } = loaded;
  const [source, setSource] = useState<Source>(loaded.source as Source);
  // The name as every screen shows it (its kind in the app's language while it keeps its shipped
  // name), until the officer writes another: null while untouched.
  const shownName = templateName(t, summary);
  const [typedName, setTypedName] = useState<string | null>(null);
  const [language, setLanguage] = useState<DocumentLanguage>(summary.languages[0] ?? 'en');
  const [text, setText] = useState(() =>
    JSON.stringify((loaded.source as Source).languages?.[language] ?? {}, null, 2),
  );
  const [syntaxError, setSyntaxError] = useState<string | null>(null);
  const [problems, setProblems] = useState<LetterTemplateProblem[]>([]);
  // The newest edit the validator passed: what the preview draws (null: the saved version).
  const [previewSource, setPreviewSource] = useState<Source | null>(null);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [open, setOpen] = useState<OpenField | null>(null);
  const [active, setActive] = useState(0);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [view, setView] = useState<EditorView>('document');
  // A new document view (from the source) each time the officer comes back to it from the JSON.
  const [documentGeneration, setDocumentGeneration] = useState(0);

  // The fields worded by the core in the app's language, asked again when it changes; the paths stay. Until
  // they come back, fields worded in the language before are not used: a chip keeps the words it is made with.
  const locale = explanationLocale(i18n.language);
  const loadFields = useCallback(async () => {
    const result = await api.letters.mergeFields({ recipient: summary.recipient, locale });
    return result.ok ? { ok: true as const, value: { locale, fields: result.value.fields } } : result;
  }, [api, summary.recipient, locale]);
  const { state: fieldsState } = useLoaded(loadFields);
  const fields: Field[] | null =
    fieldsState.status === 'ready' && fieldsState.value.locale === locale ? fieldsState.value.fields : null;
  const suggestions = open && fields ? matchingFields(fields, open.typed) : [];
  // The document view opens only on content the template model accepts (the JSON may hold anything);
  // it starts from these blocks and then hands back its own, even while they have problems.
  const content = TemplateContent.safeParse(source.languages?.[language]);
  const [documentBlocks, setDocumentBlocks] = useState<TemplateBlock[] | null>(() =>
    content.success ? content.data.blocks : null,
  );
  const documentProblems = useMemo(
    () =>
      problems
        .filter((problem) => problem.language === language && problem.path[1] === language)
        .map((problem): BlockProblem => ({ path: problem.path.slice(2), text: problemText(t, problem) })),
    [problems, language, t],
  );

  /** A name written is the team's own; left empty, the shipped one (its kind again); unchanged, the saved one. */
  function rename(typed: string) {
    setTypedName(typed);
    setDirty(true);
    const name =
      typed.trim() === '' ? SHIPPED_TEMPLATE_NAMES[summary.kind] : typed === shownName ? summary.name : typed;
    setSource((current) => ({ ...current, name }));
  }

  /** One language's content with some of its parts changed (the document view's edits). */
  function editContent(parts: Partial<TemplateContent>) {
    setDirty(true);
    setSource((current) => ({
      ...current,
      languages: { ...current.languages, [language]: { ...(current.languages?.[language] as object), ...parts } },
    }));
  }
  const editBlocks = (blocks: TemplateBlock[]) => {
    // The document view is made anew when the app's language changes: it starts from the newest blocks.
    setDocumentBlocks(blocks);
    editContent({ blocks });
  };

  function showView(next: EditorView) {
    if (next === view) return;
    if (next === 'advanced') setText(JSON.stringify(source.languages?.[language] ?? {}, null, 2));
    else {
      if (!content.success) return;
      setDocumentBlocks(content.data.blocks);
      setDocumentGeneration((g) => g + 1);
    }
    setOpen(null);
    setView(next);
  }

  // Validation as you type: the core's validator, a moment after the last keystroke.
  const validation = useRef(0);
  useEffect(() => {
    if (syntaxError) return;
    const call = ++validation.current;
    const timer = window.setTimeout(() => {
      void api.letters.validateTemplate({ source }).then((result) => {
        if (call !== validation.current) return;
        if (!result.ok) {
          setError(result.error);
          return;
        }
        setProblems(result.value.problems);
        if (result.value.problems.length === 0) setPreviewSource(source === loaded.source ? null : source);
      });
    }, VALIDATE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [api, source, syntaxError, loaded.source]);

  function edit(next: string, caret: number) {
    setText(next);
    setDirty(true);
    setOpen(openFieldAt(next, caret));
    setActive(0);
    try {
      const parsed: unknown = JSON.parse(next);
      setSyntaxError(null);
      setSource((current) => ({ ...current, languages: { ...current.languages, [language]: parsed } }));
    } catch (e) {
      setSyntaxError(e instanceof Error ? e.message : String(e));
    }
  }

  function complete(field: Field) {
    const element = textarea.current;
    if (!open || !element) return;
    const done = insertField(text, open, element.selectionStart, field.path);
    edit(done.text, done.caret);
    setOpen(null);
    requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(done.caret, done.caret);
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    const action = suggestionKey(event.key, suggestions.length, active);
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'move') setActive(action.active);
    else if (action.kind === 'choose') complete(suggestions[action.index]!);
    else {
      // Escape closes the list, not the page or dialog around the editor.
      event.stopPropagation();
      setOpen(null);
    }
  }

  function switchLanguage(next: DocumentLanguage) {
    if (syntaxError) return;
    setLanguage(next);
    const parsed = TemplateContent.safeParse(source.languages?.[next]);
    setDocumentBlocks(parsed.success ? parsed.data.blocks : null);
    setText(JSON.stringify(source.languages?.[next] ?? {}, null, 2));
    setOpen(null);
  }

  async function save() {
    setBusy(true);
    setError(null);
    const result = await api.letters.saveTemplate({ id: summary.id, source });
    setBusy(false);
    if (result.ok) onSaved();
    else setError(result.error);
  }

  async function reset() {
    setBusy(true);
    setError(null);
    const result = await api.letters.resetTemplate({ id: summary.id });
    setBusy(false);
    setConfirmReset(false);
    if (result.ok) onSaved();
    else setError(result.error);
  }

  const canSave = dirty && !syntaxError && problems.length === 0 && !busy;

  return (
    <div className="template-editor-body" aria-labelledby={headingId}>
      <header className="panel-header">
        <div>
          <h1 id={headingId}>{shownName}</h1>
          {renamedKind(t, summary) && <p className="muted">{renamedKind(t, summary)}</p>}
          <p className="muted">
            {t('letters.editor.versionLine', {
              version: loaded.version,
              recipient: t(`labels.recipient.${summary.recipient}`),
            })}
            {summary.edited ? ` · ${t('letters.templates.edited')}` : ` · ${t('letters.templates.shipped')}`}
          </p>
        </div>
        <div className="panel-actions">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setConfirmReset(true)}
            disabled={busy}
          >
            {t('letters.editor.reset')}
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void save()}
            disabled={!canSave}
            aria-busy={busy || undefined}
          >
            {t('letters.editor.save')}
          </button>
        </div>
      </header>
      <ErrorAlert error={error} />
      <div className="template-editor-grid">
        <div className="template-editor-source">
          <TextField
            label={t('letters.editor.name')}
            value={typedName ?? shownName}
            onChange={rename}
            hint={t('letters.editor.nameHint')}
            maxLength={200}
          />
          <SelectField
            label={t('letters.editor.language')}
            value={language}
            options={summary.languages.map((l) => ({ value: l, label: languageLabel(t, l) }))}
            onChange={(v) => v && switchLanguage(v)}
            disabled={syntaxError !== null}
            hint={syntaxError ? t('letters.editor.fixSyntaxFirst') : undefined}
          />
          <div className="editor-views" role="group" aria-label={t('letters.editor.visual.views')}>
            <button
              type="button"
              className="button button-secondary"
              aria-pressed={view === 'document'}
              disabled={view === 'advanced' && (syntaxError !== null || !content.success)}
              onClick={() => showView('document')}
            >
              {t('letters.editor.visual.document')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              aria-pressed={view === 'advanced'}
              onClick={() => showView('advanced')}
            >
              {t('letters.editor.visual.advanced')}
            </button>
          </div>
          {(view === 'advanced' ? syntaxError !== null || !content.success : documentBlocks === null) && (
            <p className="field-hint">{t('letters.editor.visual.fixFirst')}</p>
          )}
          {view === 'document' && documentBlocks && (
            <div className="field template-document-field">
              {/* The letter's own headings (h3, h4) sit under it in a screen reader's outline. */}
              <h2 className="visually-hidden">
                {t('letters.editor.visual.area', { language: languageLabel(t, language) })}
              </h2>
              <TemplateBands content={bandsOf(source.languages?.[language])} onChange={editContent} />
              <p className="field-hint" id={hintId}>
                {t('letters.editor.visual.hint', { open: '{{' })}
              </p>
              {fields ? (
                <Suspense
                  fallback={
                    <p className="muted" role="status">
                      {t('letters.tab.loading')}
                    </p>
                  }
                >
                  <TemplateVisualEditor
                    // Its words (chips, notes, toolbar) are set when it is made: a new app language makes it anew.
                    key={`${language}:${documentGeneration}:${i18n.language}`}
                    language={language}
                    blocks={documentBlocks}
                    fields={fields}
                    areaLabel={t('letters.editor.visual.area', { language: languageLabel(t, language) })}
                    describedBy={`${hintId} ${problemsId}`}
                    problems={documentProblems}
                    onBlocks={editBlocks}
                  />
                </Suspense>
              ) : (
                <p className="muted" role="status">
                  {t('letters.tab.loading')}
                </p>
              )}
            </div>
          )}
          {view === 'advanced' && (
            <div className="field template-source-field">
              <label className="field-label" htmlFor={sourceId}>
                {t('letters.editor.source', { language: languageLabel(t, language) })}
              </label>
              <p className="field-hint">{t('letters.editor.visual.advancedHint')}</p>
              <p className="field-hint">{t('letters.editor.sourceHint', { open: '{{' })}</p>
              <textarea
                id={sourceId}
                ref={textarea}
                className="input textarea mono template-source"
                value={text}
                spellCheck={false}
                rows={28}
                aria-describedby={problemsId}
                aria-invalid={syntaxError || problems.length > 0 ? true : undefined}
                {...comboboxAttributes(listId, suggestions.length, active)}
                onChange={(event) => edit(event.target.value, event.target.selectionStart)}
                onKeyDown={onKeyDown}
                onBlur={() => window.setTimeout(() => setOpen(null), 150)}
              />
              <MergeSuggestions listId={listId} fields={suggestions} active={active} onChoose={complete} />
            </div>
          )}
          <div id={problemsId} className="template-problems" aria-live="polite">
            {syntaxError ? (
              <p className="field-error">{t('letters.editor.syntax', { message: syntaxError })}</p>
            ) : problems.length > 0 ? (
              <>
                <p className="field-error">{t('letters.editor.problems', { count: problems.length })}</p>
                <ul className="template-problem-list">
                  {problems.map((problem, index) => (
                    <li key={index}>
                      <span className="template-problem-where">{problemPlace(t, i18n.language, problem, source)}</span>
                      {': '}
                      {problemText(t, problem)}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="template-ok">{t('letters.editor.noProblems')}</p>
            )}
          </div>
        </div>
        <TemplatePreview
          templateId={summary.id}
          language={language}
          draft={previewSource}
          stale={syntaxError !== null || problems.length > 0}
        />
      </div>
      {confirmReset && (
        <ConfirmDialog
          title={t('letters.editor.resetTitle')}
          message={t('letters.editor.resetConfirm')}
          confirmLabel={t('letters.editor.resetDo')}
          busy={busy}
          onConfirm={() => void reset()}
          onCancel={() => setConfirmReset(false)}
        />
      )}
    </div>
  );
}

/**
 * The template as a real case would get it: the saved version, or the unsaved draft once it
 * validates (rendered by the core, never stored). While the draft has problems, the last good
 * preview stays, marked out of date.
 */
function TemplatePreview({
  templateId,
  language,
  draft,
  stale,
}: {
  templateId: string;
  language: DocumentLanguage;
  draft: Source | null;
  stale: boolean;
}) {
  const { t } = useTranslation();
  const api = useApi();
  // The case changed last until the user picks another (null: the text box cleared).
  const starting = useStartingCase(null);
  const [picked, setPicked] = useState<CaseChoice | null | undefined>(undefined);
  const [preview, setPreview] = useState<LetterPreview | null>(null);
  const [shown, setShown] = useState<Source | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const headingId = useId();
  const theCase = picked !== undefined ? picked : starting.status === 'ready' ? starting.value : null;
  const caseId = theCase?.id ?? '';

  useEffect(() => {
    if (!caseId) return;
    let current = true;
    const timer = window.setTimeout(
      () => {
        void api.letters
          .preview({ caseId, templateId, language, ...(draft ? { source: draft } : {}) })
          .then((result) => {
            if (!current) return;
            if (result.ok) {
              setError(null);
              setPreview(result.value);
              setShown(draft);
            } else {
              // A draft the core cannot render keeps the last good preview, marked out of date.
              if (!draft) setPreview(null);
              setError(result.error);
            }
          });
      },
      draft ? PREVIEW_DELAY_MS : 0,
    );
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [api, caseId, templateId, language, draft]);

  const outOfDate = preview !== null && (stale || shown !== draft || error !== null);
  // A scrolling region of its own (focusable, so the keyboard can scroll it), under the page's
  // h1: its h2 keeps the letter's own headings (h3, h4) in order for a screen reader's outline.
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region needs a tab stop (axe)
    <section className="template-editor-preview" tabIndex={0} aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('letters.preview.region')}
      </h2>
      {starting.status === 'ready' && starting.value === null ? (
        <p className="muted">{t('letters.editor.noCases')}</p>
      ) : (
        // Shown once the case it starts on is known: the text box starts with that case's words.
        starting.status === 'ready' && (
          <CasePicker
            label={t('letters.editor.previewCase')}
            hint={t('letters.editor.previewHint')}
            chosen={theCase}
            onChange={setPicked}
          />
        )
      )}
      <ErrorAlert error={starting.status === 'failed' ? starting.error : error} />
      {preview && (
        <p className={outOfDate ? 'text-warn' : 'muted'} role="status">
          {outOfDate
            ? t('letters.editor.previewStale')
            : shown
              ? t('letters.editor.previewDraft')
              : t('letters.editor.previewSaved')}
        </p>
      )}
      {preview && <PreviewPanel preview={preview} />}
    </section>
  );
}

/** The core's message catalogue in the officer's language (the core gives a problem's terms, not its words). */
const sayIn =
  (t: TFunction): Say =>
  (key, params) =>
    (t as unknown as (key: string, options?: object) => string)(`messages.${key}`, params);

/** What is wrong, in the officer's language: the validator's words, or a value's problem (schema). */
function problemText(t: TFunction, problem: LetterTemplateProblem): string {
  if (problem.words) return templateProblemText(sayIn(t), problem.words);
  return fieldProblemText(t, { path: problem.path, ...(problem.field ?? { problem: 'invalid' }) });
}

/** Where it is, in the officer's language: the language, block, run and character, from its path in the template. */
function problemPlace(t: TFunction, language: string, problem: LetterTemplateProblem, source: Source): string {
  return templatePlaceText(sayIn(t), language, problem.path, problem.kind === 'schema' ? null : problem.offset, source);
}

/** Title, header and footer as the JSON holds them (read leniently: the blocks may be mid-edit and invalid). */
function bandsOf(raw: unknown): Pick<TemplateContent, 'title' | 'header' | 'footer'> {
  const content = (raw ?? {}) as Partial<TemplateContent>;
  return {
    title: typeof content.title === 'string' ? content.title : '',
    header: content.header ?? {},
    footer: content.footer ?? {},
  };
}
