import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/index.js';
import type { LetterApplicability, LetterEntry, LetterFormat, LetterPreview } from '../../shared/contract/letters.js';
import type { PersonSummary } from '../../shared/contract/people.js';
import type { DocumentLanguage } from '../../shared/documents/document-model.js';
import { isClosureKind, type TemplateKind } from '../../shared/documents/template.js';
import { useApi } from '../api/context.js';
import { CheckboxField } from '../components/CheckboxField.js';
import { Dialog } from '../components/Dialog.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { SearchCombobox } from '../components/SearchCombobox.js';
import { SelectField } from '../components/SelectField.js';
import { TextField } from '../components/TextField.js';
import { useLoaded } from '../components/use-loaded.js';
import { explanationLocale } from '../deadlines/deadline-display.js';
import { usePerson, useRoleSearch } from '../people/use-case-people.js';
import { advocateOnRecord } from './advocate-on-record.js';
import { ClosureLetterFields, closureDetailsOf, EMPTY_CLOSURE, type ClosureDraft } from './ClosureLetterFields.js';
import { DocumentPreview } from './DocumentPreview.js';
import { IdentityOverridesFields, type IdentityOverrides } from './IdentityOverrides.js';
import { kindLabel, languageLabel, languagesOfKind, templateName } from './letter-labels.js';
import { useLetterRefusal } from './use-letter-fit.js';
import { letterWarnings } from '../../shared/documents/letter-warnings.js';
import { localDateOf } from '../../shared/clocks/local-time.js';
import { localTimeZone } from '../components/uncertain-date-draft.js';
import {
  EMPTY_PARTICULARS,
  LetterParticularsFields,
  LetterWarnings,
  particularsOf,
  type ParticularsDraft,
} from './LetterParticularsFields.js';

const codeOf = (person: PersonSummary): string => person.code;

/**
 * Making a letter: template, language, whom it concerns, identity overrides (each with a reason,
 * audited), formats. The preview says whose identity the letter discloses and whose it withholds
 * before anything is stored. Only the letters the case's facts call for are offered (letters.applicable),
 * each referral for the subjects it may concern; the others are listed folded, each with why, and a
 * referral among them is made only as a deliberate exception with a reason.
 */
export function NewLetterDialog({
  caseId,
  onClose,
  onGenerated,
}: {
  caseId: string;
  onClose: () => void;
  onGenerated: (entry: LetterEntry) => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [chosenKind, setKind] = useState<TemplateKind | null>(null);
  const [asException, setAsException] = useState(false);
  const [exceptionReason, setExceptionReason] = useState('');
  // Left unchosen, a closure letter is in its victim's recorded language where letters have it (issue 11).
  const [pickedLanguage, setLanguage] = useState<DocumentLanguage | null>(null);
  const [closureTyped, setClosureDraft] = useState<ClosureDraft>(EMPTY_CLOSURE);
  // Until the officer types one, the advocate is the one the victim's assistance records name.
  const [advocateTyped, setAdvocateTyped] = useState(false);
  const [chosenPersonId, setPersonId] = useState('');
  // The code of the subject searched for a referral made as an exception, shown in its search box.
  const [searchedCode, setSearchedCode] = useState('');
  const [recipientName, setRecipientName] = useState('');
  const [particularsDraft, setParticularsDraft] = useState<ParticularsDraft>(EMPTY_PARTICULARS);
  // "Today" for a reply date already past, read once: the core checks it again on the mission's calendar.
  const [today] = useState(() => localDateOf(Date.now(), localTimeZone()));
  const [overrides, setOverrides] = useState<IdentityOverrides>({});
  const [formats, setFormats] = useState<Record<LetterFormat, boolean>>({ pdf: true, docx: true });
  // With the choices it was made for: once they change, it no longer describes the letter.
  const [preview, setPreview] = useState<{ choices: string; value: LetterPreview } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [tried, setTried] = useState(false);

  const loadAssistance = useCallback(async () => {
    const result = await api.assistance.list({ caseId });
    return result.ok ? { ok: true as const, value: result.value.items } : result;
  }, [api, caseId]);
  const { state: assistanceState } = useLoaded(loadAssistance);
  const loadTemplates = useCallback(async () => {
    const result = await api.letters.templates({});
    return result.ok ? { ok: true as const, value: result.value.templates } : result;
  }, [api]);
  const { state: templatesState } = useLoaded(loadTemplates);
  const templates = templatesState.status === 'ready' ? templatesState.value : [];

  // Why a letter does not apply, in the user's language.
  const locale = explanationLocale(i18n.language);
  const loadApplicable = useCallback(async () => {
    const result = await api.letters.applicable({ caseId, locale });
    return result.ok ? { ok: true as const, value: result.value.letters } : result;
  }, [api, caseId, locale]);
  const { state: applicableState } = useLoaded(loadApplicable);
  const applicability: LetterApplicability[] = applicableState.status === 'ready' ? applicableState.value : [];
  const others = applicability.filter((entry) => !entry.applies);
  const exceptional = others.filter((entry) => entry.exceptionPossible);
  // An exception is a deliberate step: only then are the letters that do not apply offered.
  const exception = asException && exceptional.length > 0;
  const offered = exception ? exceptional : applicability.filter((entry) => entry.applies);
  const entry = offered.find((candidate) => candidate.kind === chosenKind) ?? offered[0];
  const kind: TemplateKind | undefined = entry?.kind;

  const closure = kind !== undefined && isClosureKind(kind);
  // A closure letter goes to each victim once the matter has ended for her, and a case may have thousands:
  // she is searched by code, a few at a time, and the core says whether the letter is hers (why not, if
  // not). A referral concerns the subjects the rules name: listed when letters.applicable names them all,
  // searched and checked alike when there are more; made as an exception, any subject of the case.
  const subjectsListed = entry !== undefined && entry.subjects.length === entry.subjectCount;
  const searchesPerson = closure || exception || !subjectsListed;
  const checksPerson = searchesPerson && !exception;
  const searchSubjects = useRoleSearch(caseId, 'subject', codeOf);
  const searchVictims = useRoleSearch(caseId, 'victim', codeOf);
  const concerned: readonly { id: string; code: string }[] = closure
    ? (entry?.victims.filter((victim) => victim.reason === null) ?? [])
    : exception
      ? []
      : (entry?.subjects ?? []);
  const concernedCount = closure ? (entry?.victimCounts.applies ?? 0) : (entry?.subjectCount ?? 0);

  // The one person the letter can concern is chosen for the user.
  const onlyOne = concernedCount === 1 && concerned.length === 1 ? concerned[0] : undefined;
  const personId = chosenPersonId || (onlyOne?.id ?? '');
  const personCode = chosenPersonId ? searchedCode : (onlyOne?.code ?? '');
  const refusal = useLetterRefusal(caseId, kind, checksPerson ? personId : '');
  const victimProfile = usePerson(closure && personId ? personId : undefined)?.profile;
  // A closure letter is written in the victim's language when its template has text in it.
  const victimLanguage = (kind ? languagesOfKind(templates, kind) : []).find(
    (candidate) => victimProfile?.role === 'victim' && victimProfile.language === candidate,
  );
  const language: DocumentLanguage = pickedLanguage ?? victimLanguage ?? 'en';
  const recordedAdvocate =
    closure && personId && assistanceState.status === 'ready'
      ? advocateOnRecord(assistanceState.value, personId)
      : undefined;
  const closureDraft: ClosureDraft =
    advocateTyped || recordedAdvocate === undefined
      ? closureTyped
      : { ...closureTyped, advocateName: recordedAdvocate };
  const editClosure = (next: ClosureDraft) => {
    if (next.advocateName !== closureDraft.advocateName) setAdvocateTyped(true);
    setClosureDraft(next);
  };
  const particulars = particularsOf(particularsDraft, !closure);
  const choices = JSON.stringify({
    kind,
    language,
    personId,
    recipientName,
    particulars,
    closureDraft,
    overrides,
    exception,
    exceptionReason,
  });
  const shownPreview = preview?.choices === choices ? preview.value : null;

  // Another template has its own languages and concerns other people.
  function chooseKind(next: TemplateKind) {
    setKind(next);
    if (!languagesOfKind(templates, next).includes(language)) setLanguage('en');
    choosePerson('', '');
  }

  function chooseException(on: boolean) {
    setAsException(on);
    setKind(null);
    choosePerson('', '');
  }

  function choosePerson(id: string, code: string) {
    setPersonId(id);
    setSearchedCode(code);
  }

  // Only a referral discloses by override.
  const chosenOverrides = closure ? [] : Object.entries(overrides).filter(([, o]) => o.on);
  const missingReason = chosenOverrides.some(([, o]) => !o.reason.trim());
  const chosenFormats = (Object.keys(formats) as LetterFormat[]).filter((f) => formats[f]);
  const missingVictim = closure && !personId;
  const missingException = exception && !exceptionReason.trim();
  const closureDetails = closure ? closureDetailsOf(closureDraft) : {};
  const missingAdvocate = closure && closureDetails.advocate === undefined;
  const blocked =
    kind === undefined || missingReason || missingVictim || missingException || missingAdvocate || refusal !== null;

  const request = {
    caseId,
    templateId: kind ?? '',
    language,
    ...(personId ? (closure ? { victimId: personId } : { subjectId: personId }) : {}),
    overrides: chosenOverrides.map(([id, o]) => ({ personId: id, reason: o.reason.trim() })),
    ...(exception ? { exception: { reason: exceptionReason.trim() } } : {}),
    details: {
      ...particulars,
      ...closureDetails,
      ...(recipientName.trim() ? { recipientName: recipientName.trim() } : {}),
    },
  };
  // Flagged before the letter is made: the preview's own (it knows the finding's report reference), or,
  // before a preview, what the fields already show.
  const warnings = shownPreview
    ? shownPreview.warnings
    : kind === undefined
      ? []
      : letterWarnings({
          kind,
          particulars,
          today,
        }).filter((warning) => warning.code !== 'reportReferenceMissing');

  async function showPreview() {
    setTried(true);
    if (blocked) return;
    setBusy(true);
    setError(null);
    const result = await api.letters.preview(request);
    setBusy(false);
    if (result.ok) setPreview({ choices, value: result.value });
    else setError(result.error);
  }

  async function generate() {
    setTried(true);
    if (blocked || chosenFormats.length === 0) return;
    setBusy(true);
    setError(null);
    const result = await api.letters.generate({ ...request, formats: chosenFormats });
    setBusy(false);
    if (result.ok) onGenerated(result.value);
    else setError(result.error);
  }

  return (
    <Dialog title={t('letters.new.title')} intro={t('letters.new.intro')} onClose={onClose} busy={busy} size="wide">
      {/* A form, so Enter previews and a refusal gets the summary every form has; each button says what it
          asks for. */}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const asked = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value');
          void (asked === 'generate' ? generate() : showPreview());
        }}
      >
        <ErrorSummary />
        <div className="letters-new">
          <div className="letters-new-form">
            {applicableState.status === 'failed' && <ErrorAlert error={applicableState.error} />}
            {applicableState.status === 'ready' && offered.length === 0 && (
              <p className="alert alert-info" role="note">
                {t('letters.new.noneApplies')}
              </p>
            )}
            <SelectField
              label={t('letters.new.template')}
              value={kind ?? ''}
              options={offered.map((k) => {
                // Named as the templates screen names it: its kind until the team renames it.
                const template = templates.find((candidate) => candidate.kind === k.kind);
                return { value: k.kind, label: template ? templateName(t, template) : kindLabel(t, k.kind) };
              })}
              onChange={(v) => v && chooseKind(v)}
              required
            />
            {exceptional.length > 0 && (
              <div className="letters-exception">
                <CheckboxField
                  label={t('letters.new.asException')}
                  hint={t('letters.new.asExceptionHint')}
                  checked={asException}
                  onChange={chooseException}
                />
                {exception && (
                  <TextField
                    label={t('letters.new.exceptionReason')}
                    hint={t('letters.new.exceptionReasonHint')}
                    value={exceptionReason}
                    onChange={setExceptionReason}
                    rows={3}
                    required
                    maxLength={5000}
                    error={tried && missingException ? t('letters.new.exceptionReasonRequired') : undefined}
                  />
                )}
              </div>
            )}
            <SelectField
              label={t('letters.new.language')}
              value={language}
              options={(kind ? languagesOfKind(templates, kind) : []).map((l) => ({
                value: l,
                label: languageLabel(t, l),
              }))}
              onChange={(v) => v && setLanguage(v)}
              required
            />
            {searchesPerson ? (
              // Another template starts its search afresh, as it clears the person chosen.
              <SearchCombobox
                key={`${kind ?? ''} ${String(exception)}`}
                label={closure ? t('letters.new.victim') : t('letters.new.subject')}
                hint={closure ? t('letters.new.victimSearchHint') : t('letters.new.subjectSearchHint')}
                value={personId}
                selectedLabel={personCode}
                onChange={choosePerson}
                search={closure ? searchVictims : searchSubjects}
                noMatches={closure ? t('letters.new.victimNoMatches') : t('letters.new.subjectNoMatches')}
                required={closure}
                error={refusal ?? (tried && missingVictim ? t('letters.new.victimRequired') : undefined)}
              />
            ) : (
              <SelectField
                label={t('letters.new.subject')}
                value={personId}
                emptyLabel={t('letters.new.anySubject')}
                options={concerned.map((p) => ({ value: p.id, label: p.code }))}
                onChange={setPersonId}
              />
            )}
            {closure && (
              <ClosureLetterFields
                draft={closureDraft}
                onChange={editClosure}
                entry={entry}
                showMissing={tried}
                recordedAdvocate={recordedAdvocate}
              />
            )}
            <TextField
              label={t('letters.new.recipientName')}
              hint={t('letters.new.recipientNameHint')}
              value={recipientName}
              onChange={setRecipientName}
              maxLength={300}
            />
            <LetterParticularsFields draft={particularsDraft} onChange={setParticularsDraft} referral={!closure} />
            {!closure && (
              <IdentityOverridesFields
                caseId={caseId}
                overrides={overrides}
                onChange={setOverrides}
                showMissing={tried}
              />
            )}
            <fieldset className="fieldset-plain">
              <legend className="field-label">{t('letters.new.formats')}</legend>
              <div className="check-row">
                <CheckboxField
                  label={t('letters.new.formatPdf')}
                  checked={formats.pdf}
                  onChange={(pdf) => setFormats((f) => ({ ...f, pdf }))}
                />
                <CheckboxField
                  label={t('letters.new.formatDocx')}
                  checked={formats.docx}
                  onChange={(docx) => setFormats((f) => ({ ...f, docx }))}
                />
              </div>
              {tried && chosenFormats.length === 0 && <p className="field-error">{t('letters.new.formatRequired')}</p>}
            </fieldset>
            {others.length > 0 && <OtherLetters others={others} />}
          </div>
          {/* It scrolls: focusable, and named, so the keyboard can scroll it too. */}
          <div
            className="letters-new-preview"
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region needs a tab stop (axe)
            tabIndex={0}
            role="region"
            aria-label={t('letters.preview.region')}
          >
            {shownPreview ? (
              <PreviewPanel preview={shownPreview} />
            ) : (
              <p className="muted empty-state">{t('letters.new.previewEmpty')}</p>
            )}
          </div>
        </div>
        <LetterWarnings warnings={warnings} />
        <ErrorAlert error={error} />
        <div className="actions">
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" value="preview" className="button button-secondary" disabled={busy}>
            {t('letters.new.preview')}
          </button>
          <button
            type="submit"
            value="generate"
            className="button button-primary"
            disabled={busy}
            aria-busy={busy || undefined}
          >
            {t('letters.new.generate')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The letters the case does not call for now, folded, each with why (one reason per subject for a referral). */
function OtherLetters({ others }: { others: readonly LetterApplicability[] }) {
  const { t } = useTranslation();
  return (
    <details className="letters-others">
      <summary>{t('letters.new.otherLetters', { count: others.length })}</summary>
      <ul>
        {others.map((entry) => (
          <li key={entry.kind}>
            <span className="letters-kind">{kindLabel(t, entry.kind)}</span>
            <ul className="letters-reasons">
              {entry.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
              {entry.reasonCount > entry.reasons.length && (
                <li>{t('letters.new.moreReasons', { count: entry.reasonCount - entry.reasons.length })}</li>
              )}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** What the letter will disclose and withhold, then the letter itself. */
export function PreviewPanel({ preview }: { preview: LetterPreview }) {
  const { t } = useTranslation();
  return (
    <div className="letters-preview-panel">
      <section className="letters-disclosure" aria-label={t('letters.preview.disclosureLabel')}>
        {preview.disclosures.length > 0 && (
          <ul className="letters-disclosed">
            {preview.disclosures.map((d) => (
              <li key={d.personId}>
                {t('letters.preview.disclosed', { code: d.code, basis: t(`letters.preview.basis.${d.basis}`) })}
              </li>
            ))}
          </ul>
        )}
        {preview.withheld.length > 0 && (
          <ul className="letters-withheld">
            {preview.withheld.map((w) => (
              <li key={w.personId}>{t('letters.preview.withheld', { code: w.code })}</li>
            ))}
          </ul>
        )}
        {preview.disclosures.length === 0 && preview.withheld.length === 0 && (
          <p className="muted">{t('letters.preview.nobody')}</p>
        )}
      </section>
      <DocumentPreview model={preview.model} label={t('letters.preview.label', { version: preview.templateVersion })} />
    </div>
  );
}
