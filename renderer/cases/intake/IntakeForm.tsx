import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseIntake } from '../../../shared/contract/cases.js';
import type { ApiError } from '../../../shared/contract/index.js';
import { INVESTIGATING_ENTITIES, REPORTING_CHANNELS } from '../../../shared/domain/case.js';
import { fieldErrorsOf } from '../../api/errors.js';
import { CheckboxField } from '../../components/CheckboxField.js';
import { ConfidentialitySelect } from '../../components/ConfidentialityBadge.js';
import { DialogActions } from '../../components/DialogActions.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { useInstantText } from '../../components/mission-time.js';
import { optionsOf, SelectField } from '../../components/SelectField.js';
import { SensitiveTextField } from '../../components/SensitiveTextField.js';
import { DateField } from '../../components/DateField.js';
import { TextField } from '../../components/TextField.js';
import { fieldErrors, type FieldErrors } from '../../components/validation.js';
import { ClassificationFields } from './ClassificationFields.js';
import { IncidentDatesField } from './IncidentDatesField.js';
import { intakeFromDraft, type IntakeDraft } from './intake-draft.js';
import { PaternityClaimFields } from './PaternityClaimFields.js';

/** Draft fields whose schema path has another name. */
const SCHEMA_PATH_OF: Partial<Record<string, string>> = { paternity: 'paternityClaim' };

export interface IntakeFormProps {
  initial: IntakeDraft;
  /** Called with the validated intake; resolves to the core's refusal, or null when accepted. */
  onSubmit: (intake: CaseIntake) => Promise<ApiError | null>;
  onCancel: () => void;
  submitLabel: string;
  busyLabel: string;
  /** When the obligation to report was acknowledged (editing an acknowledged case): no longer a choice. */
  acknowledgedAt?: string | null;
  /** Children of the paternity claim recorded on the case (editing only): the claim then follows them. */
  paternityChildren?: number;
}

/**
 * Every intake field of an allegation. Checked with the contract's own schema before it is sent,
 * so the form and the core never disagree on what is valid; the core's refusals (R5) show below.
 */
export function IntakeForm({
  initial,
  onSubmit,
  onCancel,
  submitLabel,
  busyLabel,
  acknowledgedAt,
  paternityChildren,
}: IntakeFormProps) {
  const { t } = useTranslation();
  const instantText = useInstantText();
  const [draft, setDraft] = useState<IntakeDraft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const change = (patch: Partial<IntakeDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    // A field's message goes once it is edited; the next submit judges it again.
    const paths = Object.keys(patch).map((key) => SCHEMA_PATH_OF[key] ?? key);
    setErrors((current) =>
      Object.fromEntries(
        Object.entries(current).filter(([path]) => !paths.some((p) => path === p || path.startsWith(`${p}.`))),
      ),
    );
  };
  const set = <K extends keyof IntakeDraft>(key: K, value: IntakeDraft[K]) =>
    change({ [key]: value } as Partial<IntakeDraft>);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const parsed = CaseIntake.safeParse(intakeFromDraft(draft));
    if (!parsed.success) {
      setErrors(fieldErrors(t, parsed.error));
      return;
    }
    setErrors({});
    setBusy(true);
    setRefusal(null);
    const refused = await onSubmit(parsed.data);
    setBusy(false);
    if (refused) {
      setRefusal(refused);
      // A field the core refused (the form checks the same contract, so rarely) is marked where it is.
      setErrors(fieldErrorsOf(t, refused));
    }
  }

  return (
    <form className="form intake-form" onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary />

      <fieldset className="fieldset-box" disabled={busy}>
        <legend>{t('caseFile.intake.reportSection')}</legend>
        <TextField
          label={t('cases.create.titleLabel')}
          value={draft.title}
          onChange={(value) => set('title', value)}
          hint={`${t('cases.create.titleHint')} ${t('caseFile.intake.pseudonymsOnly')}`}
          error={errors['title'] && (draft.title.trim() === '' ? t('cases.create.titleRequired') : errors['title'])}
          required
          maxLength={300}
        />
        <TextField
          label={t('cases.create.summaryLabel')}
          value={draft.summary}
          onChange={(value) => set('summary', value)}
          hint={t('caseFile.intake.summaryHint')}
          error={errors['summary']}
          rows={5}
          maxLength={100_000}
        />
        <div className="field-row">
          <DateField
            label={t('caseFile.fields.dateReceived')}
            value={draft.dateReceived}
            onChange={(value) => set('dateReceived', value)}
            error={
              errors['dateReceived'] &&
              (draft.dateReceived === '' ? t('caseFile.validation.required') : errors['dateReceived'])
            }
            required
          />
          <SelectField
            label={t('caseFile.fields.reportingChannel')}
            value={draft.reportingChannel}
            options={optionsOf(REPORTING_CHANNELS, (channel) => t(`labels.reportingChannel.${channel}`))}
            onChange={(value) => set('reportingChannel', value)}
            emptyLabel={t('caseFile.intake.choose')}
            error={errors['reportingChannel']}
            required
          />
        </div>
        <div className="field-row">
          <TextField
            label={t('caseFile.fields.entity')}
            value={draft.entity}
            onChange={(value) => set('entity', value)}
            hint={t('caseFile.intake.entityHint')}
            error={errors['entity']}
            required
            maxLength={100}
          />
          <SelectField
            label={t('caseFile.fields.investigatingEntity')}
            value={draft.investigatingEntity}
            options={optionsOf(INVESTIGATING_ENTITIES, (entity) => t(`labels.investigatingEntity.${entity}`))}
            onChange={(value) => set('investigatingEntity', value)}
            emptyLabel={t('caseFile.intake.notYetDecided')}
            hint={t('caseFile.intake.investigatingEntityHint')}
            error={errors['investigatingEntity']}
          />
        </div>
        <SensitiveTextField
          label={t('caseFile.fields.location')}
          value={draft.location}
          onChange={(value) => set('location', value)}
          hint={t('caseFile.intake.locationHint')}
          error={errors['location.text']}
        />
        <div className="field-row">
          <CheckboxField
            label={t('caseFile.fields.urgent')}
            checked={draft.urgent}
            onChange={(value) => set('urgent', value)}
            hint={t('caseFile.intake.urgentHint')}
          />
          <ConfidentialitySelect
            label={t('cases.create.confidentialityLabel')}
            value={draft.confidentiality}
            onChange={(value) => set('confidentiality', value)}
          />
        </div>
      </fieldset>

      <ClassificationFields draft={draft} onChange={change} errors={errors} disabled={busy} />

      <IncidentDatesField
        value={draft.incidentDates}
        onChange={(dates) => set('incidentDates', dates)}
        errors={errors}
        disabled={busy}
      />

      <PaternityClaimFields
        value={draft.paternity}
        onChange={(paternity) => set('paternity', paternity)}
        errors={errors}
        disabled={busy}
        childRecords={paternityChildren}
      />

      <fieldset className="fieldset-box" disabled={busy}>
        <legend>{t('caseFile.intake.obligationSection')}</legend>
        {acknowledgedAt ? (
          <p className="muted">{t('caseFile.intake.acknowledgedOn', { when: instantText(acknowledgedAt) })}</p>
        ) : (
          <CheckboxField
            label={t('caseFile.intake.obligationLabel')}
            checked={draft.reportingObligationAcknowledged}
            onChange={(value) => set('reportingObligationAcknowledged', value)}
            hint={t('caseFile.intake.obligationHint')}
          />
        )}
      </fieldset>

      <ErrorAlert error={refusal} />
      <DialogActions submitLabel={busy ? busyLabel : submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
