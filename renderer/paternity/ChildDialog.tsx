import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DNA_RESULTS,
  PATERNITY_CHILD_STATUSES,
  STATE_CONTACT_CHANNELS,
  type PaternityChild,
} from '../../shared/domain/paternity.js';
import { useApi } from '../api/context.js';
import { ConfidentialitySelect } from '../components/ConfidentialityBadge.js';
import { DateField } from '../components/DateField.js';
import { Dialog } from '../components/Dialog.js';
import { DialogActions } from '../components/DialogActions.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { SearchCombobox } from '../components/SearchCombobox.js';
import { optionsOf, SelectField } from '../components/SelectField.js';
import { TextField } from '../components/TextField.js';
import { UncertainDateInput } from '../components/UncertainDateInput.js';
import { childFromDraft, draftOfChild, newChildDraft, type ChildDraft, type ChildProblem } from './child-draft.js';
import { useSubmit } from '../components/use-submit.js';
import { useRoleSearch } from '../people/use-case-people.js';

const BIRTH_PRECISIONS = ['day', 'month', 'year', 'range', 'unknown'] as const;

/**
 * Records a child of a paternity claim, or updates one: the mother and the subject are people of
 * this case, searched by code among its victims and its subjects (never the whole list).
 */
export function ChildDialog({
  caseId,
  child,
  onClose,
  onSaved,
}: {
  caseId: string;
  /** The record to update; absent to record a new child. */
  child?: PaternityChild;
  onClose: () => void;
  onSaved: (child: PaternityChild) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [draft, setDraft] = useState<ChildDraft>(() => (child ? draftOfChild(child) : newChildDraft()));
  const [problems, setProblems] = useState<ChildProblem[]>([]);
  const { busy, error, send } = useSubmit();
  const set = <K extends keyof ChildDraft>(key: K, value: ChildDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const problem = (key: ChildProblem) => (problems.includes(key) ? t(`paternity.form.invalid.${key}`) : undefined);
  const searchVictims = useRoleSearch(caseId, 'victim', (person) => person.code);
  const searchSubjects = useRoleSearch(caseId, 'subject', (person) => person.code);
  // The codes of the mother and subject: those chosen here, else the record's own.
  const [chosen, setChosen] = useState<Readonly<Record<string, string>>>(() =>
    child ? { [child.motherId]: child.motherCode, [child.subjectId]: child.subjectCode } : {},
  );
  const codeOf = (id: string) => (id === '' ? '' : (chosen[id] ?? ''));
  const choose = (key: 'motherId' | 'subjectId', id: string, code: string) => {
    if (id !== '') setChosen((current) => ({ ...current, [id]: code }));
    set(key, id);
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = childFromDraft(draft);
    setProblems(checked.ok ? [] : checked.problems);
    if (!checked.ok) return;
    await send(
      () =>
        child
          ? api.paternity.update({ childId: child.id, child: checked.value })
          : api.paternity.add({ caseId, child: checked.value }),
      onSaved,
    );
  }

  return (
    <Dialog
      title={child ? t('paternity.form.editTitle', { code: child.code }) : t('paternity.form.addTitle')}
      intro={t('paternity.intro')}
      onClose={onClose}
      busy={busy}
      size="wide"
    >
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary />
        <div className="field-row">
          <SearchCombobox
            label={t('paternity.form.mother')}
            value={draft.motherId}
            selectedLabel={codeOf(draft.motherId)}
            onChange={(id, code) => choose('motherId', id, code)}
            search={searchVictims}
            noMatches={t('paternity.form.noVictim')}
            hint={t('paternity.form.codeHint')}
            {...(problem('mother') ? { error: problem('mother') } : {})}
            required
          />
          <SearchCombobox
            label={t('paternity.form.subject')}
            value={draft.subjectId}
            selectedLabel={codeOf(draft.subjectId)}
            onChange={(id, code) => choose('subjectId', id, code)}
            search={searchSubjects}
            noMatches={t('paternity.form.noSubject')}
            hint={t('paternity.form.codeHint')}
            {...(problem('subject') ? { error: problem('subject') } : {})}
            required
          />
        </div>
        <UncertainDateInput
          legend={t('paternity.form.birth')}
          value={draft.birth}
          onChange={(birth) => set('birth', birth)}
          precisions={BIRTH_PRECISIONS}
          errors={problem('birth') ? { from: problem('birth') } : {}}
        />
        <div className="field-row">
          <DateField
            label={t('paternity.form.reportedOn')}
            value={draft.reportedOn}
            onChange={(date) => set('reportedOn', date)}
            error={problem('reportedOn')}
            required
          />
          <SelectField
            label={t('paternity.form.status')}
            value={draft.status}
            options={optionsOf(PATERNITY_CHILD_STATUSES, (status) => t(`labels.paternityChildStatus.${status}`))}
            onChange={(status) => status !== '' && set('status', status)}
          />
        </div>

        <fieldset className="fieldset">
          <legend>{t('paternity.form.dnaHeading')}</legend>
          <p className="muted">{t('paternity.form.dnaHint')}</p>
          <div className="field-row">
            <DateField
              label={t('paternity.form.dnaTaken')}
              value={draft.dnaTaken}
              onChange={(d) => set('dnaTaken', d)}
            />
            <DateField label={t('paternity.form.dnaSent')} value={draft.dnaSent} onChange={(d) => set('dnaSent', d)} />
          </div>
          <div className="field-row">
            <SelectField
              label={t('paternity.form.dnaResult')}
              value={draft.dnaResult}
              options={optionsOf(DNA_RESULTS, (result) => t(`labels.dnaResult.${result}`))}
              emptyLabel={t('paternity.form.noResult')}
              onChange={(result) => set('dnaResult', result)}
            />
            <DateField
              label={t('paternity.form.dnaResultOn')}
              value={draft.dnaResultOn}
              onChange={(d) => set('dnaResultOn', d)}
              error={problem('resultOn')}
            />
          </div>
        </fieldset>

        <fieldset className="fieldset">
          <legend>{t('paternity.form.stateHeading')}</legend>
          <div className="field-row">
            <TextField
              label={t('paternity.form.state')}
              value={draft.state}
              onChange={(state) => set('state', state)}
              error={problem('contact')}
              maxLength={200}
            />
            <DateField
              label={t('paternity.form.contactedOn')}
              value={draft.contactedOn}
              onChange={(d) => set('contactedOn', d)}
            />
            <SelectField
              label={t('paternity.form.contactHow')}
              value={draft.contactHow}
              options={optionsOf(STATE_CONTACT_CHANNELS, (how) => t(`labels.stateContactChannel.${how}`))}
              emptyLabel={t('paternity.form.choose')}
              onChange={(how) => set('contactHow', how)}
            />
          </div>
        </fieldset>

        <fieldset className="fieldset">
          <legend>{t('paternity.form.supportHeading')}</legend>
          <div className="field-row">
            <TextField
              label={t('paternity.form.supportAmount')}
              value={draft.supportAmount}
              onChange={(amount) => set('supportAmount', amount)}
              maxLength={200}
            />
            <DateField
              label={t('paternity.form.supportOrderedOn')}
              value={draft.supportOrderedOn}
              onChange={(d) => set('supportOrderedOn', d)}
            />
            <DateField
              label={t('paternity.form.supportPaidOn')}
              value={draft.supportPaidOn}
              onChange={(d) => set('supportPaidOn', d)}
            />
          </div>
        </fieldset>

        <TextField
          label={t('paternity.form.note')}
          value={draft.note}
          onChange={(note) => set('note', note)}
          rows={3}
          maxLength={5_000}
        />
        <ConfidentialitySelect
          label={t('paternity.form.confidentiality')}
          value={draft.confidentiality}
          onChange={(level) => set('confidentiality', level)}
        />
        {problems.includes('dates') && <p className="alert alert-error">{t('paternity.form.invalid.dates')}</p>}
        <ErrorAlert error={error} />
        <DialogActions submitLabel={t('paternity.form.save')} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
