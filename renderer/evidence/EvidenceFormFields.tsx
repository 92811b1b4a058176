import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COPY_ROLES,
  EVIDENCE_MARKERS,
  EVIDENCE_STATUSES,
  EVIDENCE_TYPES,
  isFinalEvidenceStatus,
} from '../../shared/domain/evidence.js';
import { CheckboxGroup } from '../components/CheckboxGroup.js';
import type { Result } from '../../shared/contract/index.js';
import { LinkedRecordsPicker, type LinkedRecordsWords } from '../components/LinkedRecordsPicker.js';
import type { ComboboxOption } from '../components/SearchCombobox.js';
import { linkedRecordLabel } from '../components/linked-record-label.js';
import { ConfidentialitySelect } from '../components/ConfidentialityBadge.js';
import { optionsOf, SelectField } from '../components/SelectField.js';
import { SensitiveTextField } from '../components/SensitiveTextField.js';
import { TextField } from '../components/TextField.js';
import { UncertainDateInput } from '../components/UncertainDateInput.js';
import { errorsUnder, type FieldErrors } from '../components/validation.js';
import { usePeopleCodesRead, useRoleSearch } from '../people/use-case-people.js';
import { useInterviewCodesRead, useInterviewSearch } from '../interviews/use-case-interviews.js';
import type { EvidenceForm } from './evidence-draft.js';
import { MomentFields } from './MomentFields.js';
import { OriginalPicker } from './OriginalPicker.js';

// Destruction is a custody event (who, when, why): the status follows it, it is never picked here.
const CHOOSABLE_STATUSES = EVIDENCE_STATUSES.filter((status) => !isFinalEvidenceStatus(status));

export interface EvidenceFormFieldsProps {
  form: EvidenceForm;
  onChange: (patch: Partial<EvidenceForm>) => void;
  errors: FieldErrors;
  caseId: string;
  /** The item being edited, if any: never offered as its own original. */
  itemId?: string | undefined;
  /** The number of the original a working copy was made from, when the form opens. */
  originalNumber?: string | undefined;
  disabled?: boolean;
}

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="fieldset-box">
      <legend>{legend}</legend>
      <div className="form-grid">{children}</div>
    </fieldset>
  );
}

/** Every field of an evidence item, grouped as a collection form reads: what, when and where, custody, links. */
export function EvidenceFormFields({
  form,
  onChange,
  errors,
  caseId,
  itemId,
  originalNumber,
  disabled,
}: EvidenceFormFieldsProps) {
  const { t } = useTranslation();
  // The people and interviews are searched by code, a few at a time; those linked are named by the
  // words they were chosen by, or, when the form opened with them, by their codes (read for those alone).
  const searchPeople = useRoleSearch(caseId, null, (person) =>
    t('evidence.form.personOption', { code: person.code, role: t(`labels.personRole.${person.profile.role}`) }),
  );
  const [chosen, setChosen] = useState<Readonly<Record<string, string>>>({});
  const codes = usePeopleCodesRead(caseId, form.personIds);
  const personLabel = (id: string) =>
    linkedRecordLabel(id, chosen, codes, {
      named: (code) => code,
      reading: t('common.codesReading'),
      unread: t('common.personNotRead'),
    });
  const searchInterviews = useInterviewSearch(caseId);
  const interviewCodes = useInterviewCodesRead(caseId, form.interviewIds);
  const interviewLabel = (id: string) =>
    linkedRecordLabel(id, chosen, interviewCodes, {
      named: (code) => t('evidence.form.interviewOfCode', { code }),
      reading: t('common.codesReading'),
      unread: t('common.interviewNotRead'),
    });
  /** The people or the interviews linked (`field`), each searched for and listed with a button to unlink it. */
  const linkPicker = (
    field: 'personIds' | 'interviewIds',
    words: Omit<LinkedRecordsWords, 'unlink' | 'unlinkLabel'>,
    search: (text: string, exclude: ReadonlySet<string>) => Promise<Result<ComboboxOption[]>>,
    labelOf: (id: string) => string,
  ) => {
    const set = (ids: string[]) => onChange(field === 'personIds' ? { personIds: ids } : { interviewIds: ids });
    return (
      <div className="form-grid-wide">
        <LinkedRecordsPicker
          words={{
            ...words,
            unlink: t('evidence.form.removePerson'),
            unlinkLabel: (label: string) => t('evidence.form.removePersonLabel', { label }),
          }}
          linked={form[field].map((id) => ({ value: id, label: labelOf(id) }))}
          search={search}
          onLink={({ value, label }) => {
            setChosen((current) => ({ ...current, [value]: label }));
            set([...form[field], value]);
          }}
          onUnlink={(id) => set(form[field].filter((other) => other !== id))}
          {...(disabled === undefined ? {} : { disabled })}
        />
      </div>
    );
  };

  return (
    <div className="evidence-form-fields">
      <Group legend={t('evidence.form.whatGroup')}>
        <SelectField
          label={t('evidence.fields.type')}
          value={form.type}
          options={optionsOf(EVIDENCE_TYPES, (type) => t(`labels.evidenceType.${type}`))}
          onChange={(type) => onChange({ type })}
          emptyLabel={t('evidence.form.chooseType')}
          error={errors.type}
          required
          disabled={disabled}
        />
        <ConfidentialitySelect
          label={t('evidence.fields.confidentiality')}
          value={form.confidentiality}
          onChange={(confidentiality) => onChange({ confidentiality })}
          disabled={disabled}
        />
        <div className="form-grid-wide">
          <TextField
            label={t('evidence.fields.description')}
            value={form.description}
            onChange={(description) => onChange({ description })}
            hint={t('evidence.form.descriptionHint')}
            error={errors.description}
            rows={3}
            maxLength={5_000}
            required
            disabled={disabled}
          />
        </div>
        <div className="form-grid-wide">
          <CheckboxGroup
            legend={t('evidence.fields.markers')}
            hint={t('evidence.form.markersHint')}
            options={optionsOf(EVIDENCE_MARKERS, (marker) => t(`evidence.enums.markerLong.${marker}`))}
            values={form.markers}
            onChange={(markers) => onChange({ markers })}
            error={errors.markers}
            disabled={disabled}
          />
        </div>
        {form.markers.includes('cctv') && (
          <div className="form-grid-wide">
            <UncertainDateInput
              legend={t('evidence.fields.recordedAt')}
              value={form.recordedAt}
              onChange={(recordedAt) => onChange({ recordedAt })}
              errors={{
                ...errorsUnder(errors, 'recordedAt'),
                ...(errors.recordedAt ? { from: errors.recordedAt } : {}),
              }}
              disabled={disabled}
            />
            <p className="field-hint">{t('evidence.form.recordedAtHint')}</p>
          </div>
        )}
        {form.markers.length > 0 && (
          <div className="form-grid-wide">
            <MomentFields
              legend={t('evidence.fields.identifiedAt')}
              hint={t('evidence.form.identifiedAtHint')}
              value={form.identified}
              onChange={(identified) => onChange({ identified })}
              timeZone={form.timeZone}
              error={errors.identifiedAt}
              disabled={disabled}
            />
          </div>
        )}
      </Group>

      <Group legend={t('evidence.form.collectionGroup')}>
        <div className="form-grid-wide">
          <MomentFields
            legend={t('evidence.fields.collectedAt')}
            value={form.collected}
            onChange={(collected) => onChange({ collected })}
            timeZone={form.timeZone}
            onZoneChange={(timeZone) => onChange({ timeZone })}
            error={errors.collectedAt}
            disabled={disabled}
          />
        </div>
        <TextField
          label={t('evidence.fields.collectedBy')}
          value={form.collectedBy}
          onChange={(collectedBy) => onChange({ collectedBy })}
          hint={t('evidence.form.collectedByHint')}
          error={errors.collectedBy}
          maxLength={300}
          disabled={disabled}
        />
        <div className="form-grid-wide">
          <SensitiveTextField
            label={t('evidence.fields.collectedWhere')}
            value={form.collectedWhere}
            onChange={(collectedWhere) => onChange({ collectedWhere })}
            hint={t('evidence.form.collectedWhereHint')}
            error={errors['collectedWhere.text']}
            disabled={disabled}
          />
        </div>
      </Group>

      <Group legend={t('evidence.form.custodyGroup')}>
        <SelectField
          label={t('evidence.fields.copyRole')}
          value={form.copyRole}
          options={optionsOf(COPY_ROLES, (role) => t(`labels.copyRole.${role}`))}
          onChange={(copyRole) => {
            if (copyRole !== '') onChange({ copyRole });
          }}
          hint={t('evidence.form.copyRoleHint')}
          disabled={disabled}
        />
        {form.copyRole === 'working_copy' ? (
          <OriginalPicker
            caseId={caseId}
            itemId={itemId}
            value={form.originalId}
            initialLabel={originalNumber ?? ''}
            onChange={(originalId) => onChange({ originalId })}
            error={errors.originalId}
            disabled={disabled}
          />
        ) : (
          <div aria-hidden="true" />
        )}
        <SelectField
          label={t('evidence.fields.status')}
          value={form.status}
          options={optionsOf(CHOOSABLE_STATUSES, (status) => t(`labels.evidenceStatus.${status}`))}
          onChange={(status) => {
            if (status !== '') onChange({ status });
          }}
          hint={t('evidence.form.statusHint')}
          disabled={disabled}
        />
        <TextField
          label={t('evidence.fields.storageLocation')}
          value={form.storageLocation}
          onChange={(storageLocation) => onChange({ storageLocation })}
          hint={t('evidence.form.storageHint')}
          error={errors.storageLocation}
          maxLength={1_000}
          disabled={disabled}
        />
      </Group>

      <Group legend={t('evidence.form.linksGroup')}>
        {linkPicker(
          'personIds',
          {
            legend: t('evidence.fields.people'),
            searchLabel: t('evidence.form.personSearch'),
            searchHint: t('evidence.form.peopleHint'),
            noMatches: t('evidence.form.noPersonMatch'),
            linkedHeading: t('evidence.form.peopleLinked'),
            noneLinked: t('evidence.form.noPersonLinked'),
          },
          searchPeople,
          personLabel,
        )}
        {linkPicker(
          'interviewIds',
          {
            legend: t('evidence.fields.interviews'),
            searchLabel: t('evidence.form.interviewSearch'),
            searchHint: t('evidence.form.interviewsHint'),
            noMatches: t('evidence.form.noInterviewMatch'),
            linkedHeading: t('evidence.form.interviewsLinked'),
            noneLinked: t('evidence.form.noInterviewLinked'),
          },
          searchInterviews,
          interviewLabel,
        )}
      </Group>
    </div>
  );
}
