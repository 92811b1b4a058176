import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../shared/contract/people.js';
import {
  CONSENT_DECISIONS,
  CustomConsentPurpose,
  DISCIPLINARY_SHARING_NAME,
  DISCIPLINARY_SHARING_PURPOSE,
  STANDARD_CONSENT_PURPOSES,
  type ConsentDecision,
  type ConsentDecisionKind,
  type ConsentGiver,
  type ConsentPurpose,
  type StandardConsentPurpose,
} from '../../shared/domain/consent.js';
import { useApi } from '../api/context.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { AddPersonDialog } from '../people/AddPersonDialog.js';
import { optionsOf, SelectField } from '../components/SelectField.js';
import { SearchCombobox } from '../components/SearchCombobox.js';
import { useRoleSearch } from '../people/use-case-people.js';
import type { GuardianStart } from './use-guardian-start.js';
import { DateField } from '../components/DateField.js';
import { TimeField } from '../components/TimeField.js';
import { TextField } from '../components/TextField.js';
import { localTimeZone } from '../components/uncertain-date-draft.js';
import { instantFromLocal, localNow } from '../people/local-time.js';
import { DialogActions } from '../components/DialogActions.js';
import { useSubmit } from '../components/use-submit.js';

type PurposeChoice = StandardConsentPurpose | typeof DISCIPLINARY_SHARING_NAME | 'custom';
type Problem = 'customPurpose' | 'decidedAt' | 'guardian';

/** One decision appended to a person's consent history; nothing already recorded is ever edited. */
export function RecordConsentForm({
  person,
  guardianStart,
  child,
  initial,
  onCancel,
  onRecorded,
  onPersonAdded,
}: {
  person: PersonSummary;
  /** The guardian the choice of who decided starts with, and whether the case has any. */
  guardianStart: GuardianStart;
  child: boolean;
  /** The decision to record, when the form is opened to fix a refusal: purpose and who decides. */
  initial?: { purpose: ConsentPurpose; by: ConsentGiver } | undefined;
  onCancel: () => void;
  onRecorded: (decision: ConsentDecision) => void;
  /** A guardian was added (and linked to the child) from this form: the case's people changed. */
  onPersonAdded: (person: PersonSummary) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const zone = localTimeZone();
  // The guardian who decided is searched by code among the case's guardians, however many; one
  // added here is chosen at once (the choice starts again with their code).
  const searchGuardians = useRoleSearch(person.caseId, 'guardian', (guardian) => guardian.code);
  const findGuardian = useCallback((text: string) => searchGuardians(text), [searchGuardians]);
  const [guardian, setGuardian] = useState({
    id: guardianStart.chosen?.value ?? '',
    label: guardianStart.chosen?.label ?? '',
    added: 0,
  });
  const guardianId = guardian.id;
  const anyGuardian = guardianStart.any || guardian.added > 0;
  const initialPurpose = initial?.purpose ?? 'interview';
  const initialIsNamed = initialPurpose === DISCIPLINARY_SHARING_PURPOSE;
  const initialIsCustom = !initialIsNamed && initialPurpose.startsWith('custom:');
  const [purpose, setPurpose] = useState<PurposeChoice>(
    initialIsNamed
      ? DISCIPLINARY_SHARING_NAME
      : initialIsCustom
        ? 'custom'
        : (initialPurpose as StandardConsentPurpose),
  );
  const [customPurpose, setCustomPurpose] = useState(initialIsCustom ? initialPurpose.slice('custom:'.length) : '');
  const [addingGuardian, setAddingGuardian] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // Opened by a refusal's link from another tab: the keyboard starts in the form, not at the top of the page.
  const openedForFix = initial !== undefined;
  useEffect(() => {
    if (openedForFix) formRef.current?.querySelector<HTMLElement>('select, input')?.focus();
  }, [openedForFix]);
  const [decision, setDecision] = useState<ConsentDecisionKind>('given');
  const [decidedAt, setDecidedAt] = useState(() => localNow(zone));
  const [by, setBy] = useState<ConsentGiver>(initial?.by ?? (child ? 'guardian' : 'self'));
  const [recipient, setRecipient] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const { busy, error, send } = useSubmit();
  const problem = (key: Problem) => (problems.includes(key) ? t(`people.consents.invalid.${key}`) : undefined);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const found: Problem[] = [];
    let chosen: ConsentPurpose =
      purpose === 'custom'
        ? 'interview'
        : purpose === DISCIPLINARY_SHARING_NAME
          ? DISCIPLINARY_SHARING_PURPOSE
          : purpose;
    if (purpose === 'custom') {
      const parsed = CustomConsentPurpose.safeParse(`custom:${customPurpose.trim()}`);
      if (parsed.success) chosen = parsed.data;
      else found.push('customPurpose');
    }
    const at = instantFromLocal(decidedAt, zone);
    if (!at || Date.parse(at) > Date.now() + 60_000) found.push('decidedAt');
    if (by === 'guardian' && guardianId === '') found.push('guardian');
    setProblems(found);
    if (found.length > 0 || !at) return;
    await send(
      () =>
        api.consents.record({
          personId: person.id,
          purpose: chosen,
          decision,
          decidedAt: at,
          by,
          ...(by === 'guardian' ? { guardianPersonId: guardianId } : {}),
          ...(recipient.trim() !== '' ? { recipient: recipient.trim() } : {}),
          ...(note.trim() !== '' ? { note: note.trim() } : {}),
        }),
      onRecorded,
    );
  }

  /** The guardian just added is chosen here, and becomes the guardian of a child who had none on record (R4). */
  async function guardianAdded(newGuardian: PersonSummary) {
    setAddingGuardian(false);
    setGuardian((current) => ({ id: newGuardian.id, label: newGuardian.code, added: current.added + 1 }));
    setProblems((current) => current.filter((key) => key !== 'guardian'));
    onPersonAdded(newGuardian);
    if (child && person.profile.role === 'victim' && person.profile.guardianPersonId === undefined) {
      const profile = { ...person.profile, guardianPersonId: newGuardian.id };
      await send(() => api.people.update({ personId: person.id, profile }), onPersonAdded);
    }
  }

  const byLabels: Record<ConsentGiver, string> = child
    ? { guardian: t('people.consents.form.byGuardianChild'), self: t('people.consents.form.byChild') }
    : { self: t('people.consents.form.bySelf'), guardian: t('people.consents.form.byGuardian') };

  return (
    <>
      <form
        ref={formRef}
        className="form consent-form"
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-label={t('people.consents.form.label', { code: person.code })}
      >
        <ErrorSummary />
        <div className="form-grid">
          <SelectField
            label={t('people.consents.form.purpose')}
            value={purpose}
            options={[
              ...optionsOf(STANDARD_CONSENT_PURPOSES, (value) => t(`labels.consentPurpose.${value}`)),
              {
                value: DISCIPLINARY_SHARING_NAME,
                label: t(`labels.namedConsentPurpose.${DISCIPLINARY_SHARING_NAME}`),
              },
              { value: 'custom' as const, label: t('people.consents.form.customOption') },
            ]}
            onChange={(value) => value !== '' && setPurpose(value)}
            disabled={busy}
          />
          {purpose === 'custom' && (
            <TextField
              label={t('people.consents.form.customPurpose')}
              value={customPurpose}
              onChange={setCustomPurpose}
              hint={t('people.consents.form.customHint')}
              error={problem('customPurpose')}
              required
              maxLength={80}
              disabled={busy}
            />
          )}
          <SelectField
            label={t('people.consents.form.decision')}
            value={decision}
            options={optionsOf(CONSENT_DECISIONS, (value) => t(`labels.consentDecision.${value}`))}
            onChange={(value) => value !== '' && setDecision(value)}
            hint={decision === 'withdrawn' ? t('people.consents.form.withdrawnHint') : undefined}
            disabled={busy}
          />
          <SelectField
            label={t('people.consents.form.by')}
            value={by}
            options={(child ? (['guardian', 'self'] as const) : (['self', 'guardian'] as const)).map((value) => ({
              value,
              label: byLabels[value],
            }))}
            onChange={(value) => value !== '' && setBy(value)}
            disabled={busy}
          />
          {by === 'guardian' && (
            <div className="guardian-choice">
              <SearchCombobox
                key={guardian.added}
                label={t('people.consents.form.guardian')}
                value={guardianId}
                selectedLabel={guardian.label}
                onChange={(id, label) => setGuardian((current) => ({ ...current, id, label }))}
                search={findGuardian}
                noMatches={t('people.consents.form.noGuardianMatch')}
                {...(anyGuardian ? {} : { hint: t('people.consents.form.noGuardians') })}
                {...(problem('guardian') ? { error: problem('guardian') } : {})}
                required
                disabled={busy}
              />
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => setAddingGuardian(true)}
                disabled={busy}
              >
                {t('people.consents.form.addGuardian')}
              </button>
            </div>
          )}
          <fieldset className="fieldset-plain form-grid-wide">
            <legend className="field-label">{t('people.consents.form.decidedAt')}</legend>
            <p className="field-hint">{t('people.consents.form.decidedAtHint', { zone })}</p>
            <div className="field-row">
              <DateField
                label={t('people.form.day')}
                value={decidedAt.day}
                onChange={(day) => setDecidedAt((current) => ({ ...current, day }))}
                error={problem('decidedAt')}
                required
                disabled={busy}
              />
              <TimeField
                label={t('people.form.time')}
                value={decidedAt.time}
                onChange={(time) => setDecidedAt((current) => ({ ...current, time }))}
                required
                disabled={busy}
              />
            </div>
          </fieldset>
          <TextField
            label={t('people.consents.form.recipient')}
            value={recipient}
            onChange={setRecipient}
            hint={t('people.consents.form.recipientHint')}
            maxLength={300}
            disabled={busy}
          />
          <div className="form-grid-wide">
            <TextField
              label={t('people.consents.form.note')}
              value={note}
              onChange={setNote}
              rows={2}
              maxLength={5_000}
              disabled={busy}
            />
          </div>
        </div>
        <ErrorAlert error={error} />
        <DialogActions submitLabel={t('people.consents.form.submit')} busy={busy} onCancel={onCancel} />
      </form>
      {addingGuardian && (
        <AddPersonDialog
          caseId={person.caseId}
          initialRole="guardian"
          onClose={() => setAddingGuardian(false)}
          onAdded={(guardian) => void guardianAdded(guardian)}
        />
      )}
    </>
  );
}
