import { useTranslation } from 'react-i18next';
import { INVESTIGATING_ENTITIES } from '../../shared/domain/case.js';
import {
  AT_RISK_POPULATIONS,
  GUARDIAN_RELATIONSHIPS,
  PERSONNEL_CATEGORIES,
  SEXES,
  SUPPORT_PERSON_KINDS,
} from '../../shared/domain/person.js';
import { AGE_BANDS } from '../../shared/domain/uncertain-date.js';
import { CheckboxField } from '../components/CheckboxField.js';
import { LinkedRecordsPicker } from '../components/LinkedRecordsPicker.js';
import { SearchCombobox } from '../components/SearchCombobox.js';
import { ConfidentialitySelect } from '../components/ConfidentialityBadge.js';
import { optionsOf, SelectField } from '../components/SelectField.js';
import { DateField } from '../components/DateField.js';
import { TimeField } from '../components/TimeField.js';
import { TextField } from '../components/TextField.js';
import { localTimeZone } from '../components/uncertain-date-draft.js';
import { useRoleSearch } from './use-case-people.js';
import { investigatingEntityShown, type ProfileDraft, type ProfileField } from './profile-draft.js';
import { useChosenLabels } from '../components/use-chosen-labels.js';

export interface ProfileFieldsProps {
  draft: ProfileDraft;
  onChange: (patch: Partial<ProfileDraft>) => void;
  invalid: readonly ProfileField[];
  caseId: string;
  /** The codes of the people the draft already names (a victim's guardian, alleged subjects), by id. */
  codes: Readonly<Record<string, string>>;
  disabled?: boolean;
}

/** The non-identifying profile of one role: what may be shown wherever the person's code is. */
export function ProfileFields({ draft, onChange, invalid, caseId, codes, disabled }: ProfileFieldsProps) {
  const { t } = useTranslation();
  const error = (field: ProfileField) => (invalid.includes(field) ? t(`people.invalid.${field}`) : undefined);
  // The words of the people chosen here, for those not already named by the draft.
  const { labelOf, remember } = useChosenLabels(codes);
  // Never the id, which means nothing to an investigator: a plain word while its code is unknown.
  const codeOf = (id: string) => labelOf(id) || t('common.personNotRead');
  const searchSubjects = useRoleSearch(caseId, 'subject', (subject) =>
    subject.profile.role === 'subject'
      ? `${subject.code} — ${t(`labels.personnelCategory.${subject.profile.personnelCategory}`)}`
      : subject.code,
  );
  const searchGuardians = useRoleSearch(caseId, 'guardian', (guardian) =>
    guardian.profile.role === 'guardian'
      ? `${guardian.code} — ${t(`labels.guardianRelationship.${guardian.profile.relationship}`)}`
      : guardian.code,
  );
  const sexAndAge = (
    <>
      <SelectField
        label={t('people.fields.sex')}
        value={draft.sex}
        options={optionsOf(SEXES, (sex) => t(`labels.sex.${sex}`))}
        onChange={(sex) => sex !== '' && onChange({ sex })}
        disabled={disabled}
        inputClassName="input-medium"
      />
      <SelectField
        label={t('people.fields.ageBand')}
        value={draft.ageBand}
        options={optionsOf(AGE_BANDS, (band) => t(`labels.ageBand.${band}`))}
        onChange={(ageBand) => ageBand !== '' && onChange({ ageBand })}
        hint={draft.role === 'victim' ? t('people.hints.ageBandVictim') : undefined}
        disabled={disabled}
        inputClassName="input-medium"
      />
    </>
  );
  const language = (
    <TextField
      label={t('people.fields.language')}
      value={draft.language}
      onChange={(value) => onChange({ language: value })}
      hint={t('people.hints.language')}
      error={error('language')}
      disabled={disabled}
      maxLength={35}
      inputClassName="input-medium"
    />
  );

  return (
    <div className="form-grid">
      {draft.role === 'victim' && (
        <>
          {sexAndAge}
          {language}
          <SelectField
            label={t('people.fields.atRiskPopulation')}
            value={draft.atRiskPopulation}
            options={optionsOf(AT_RISK_POPULATIONS, (value) => t(`labels.atRiskPopulation.${value}`))}
            emptyLabel={t('people.fields.notUnderProtection')}
            onChange={(atRiskPopulation) => onChange({ atRiskPopulation })}
            hint={t('people.hints.atRiskPopulation')}
            disabled={disabled}
          />
          <div className="form-grid-wide">
            <LinkedRecordsPicker
              words={{
                legend: t('people.fields.allegedSubjects'),
                searchLabel: t('people.form.subjectSearch'),
                searchHint: t('people.hints.allegedSubjects'),
                noMatches: t('people.hints.noSubjectMatch'),
                linkedHeading: t('people.form.subjectsNamed'),
                noneLinked: t('people.form.noSubjectNamed'),
                unlink: t('people.form.removeSubject'),
                unlinkLabel: (code) => t('people.form.removeSubjectLabel', { code }),
              }}
              linked={draft.allegedSubjectIds.map((id) => ({ value: id, label: codeOf(id) }))}
              search={searchSubjects}
              onLink={({ value, label }) => {
                remember(value, label);
                onChange({ allegedSubjectIds: [...draft.allegedSubjectIds, value] });
              }}
              onUnlink={(id) =>
                onChange({ allegedSubjectIds: draft.allegedSubjectIds.filter((other) => other !== id) })
              }
              {...(error('allegedSubjectIds') ? { error: error('allegedSubjectIds') } : {})}
              {...(disabled === undefined ? {} : { disabled })}
            />
          </div>
          <SearchCombobox
            label={t('people.fields.guardian')}
            value={draft.guardianPersonId}
            selectedLabel={draft.guardianPersonId === '' ? '' : codeOf(draft.guardianPersonId)}
            onChange={(guardianPersonId, label) => {
              remember(guardianPersonId, label);
              onChange({ guardianPersonId });
            }}
            search={searchGuardians}
            noMatches={t('people.hints.noGuardianMatch')}
            hint={t('people.hints.guardian')}
            {...(error('guardianPersonId') ? { error: error('guardianPersonId') } : {})}
            {...(disabled === undefined ? {} : { disabled })}
          />
          <div className="form-grid-wide">
            <CheckboxField
              label={t('people.fields.guardianImplicated')}
              checked={draft.guardianImplicated}
              onChange={(guardianImplicated) => onChange({ guardianImplicated })}
              hint={t('people.hints.guardianImplicated')}
              disabled={disabled}
            />
          </div>
          {draft.guardianImplicated && (
            <div className="form-grid-wide">
              <TextField
                label={t('people.fields.exceptionJustification')}
                value={draft.exceptionJustification}
                onChange={(exceptionJustification) => onChange({ exceptionJustification })}
                error={error('exceptionJustification')}
                required
                rows={3}
                maxLength={5_000}
                disabled={disabled}
              />
            </div>
          )}
          <fieldset className="fieldset-plain form-grid-wide">
            <legend className="field-label">{t('people.fields.firstContact')}</legend>
            <p className="field-hint">{t('people.hints.firstContact', { zone: localTimeZone() })}</p>
            <div className="field-row">
              <DateField
                label={t('people.form.day')}
                value={draft.firstContact.day}
                onChange={(day) => onChange({ firstContact: { ...draft.firstContact, day } })}
                error={error('firstContact')}
                disabled={disabled}
              />
              <TimeField
                label={t('people.form.time')}
                value={draft.firstContact.time}
                onChange={(time) => onChange({ firstContact: { ...draft.firstContact, time } })}
                disabled={disabled}
              />
            </div>
          </fieldset>
        </>
      )}

      {draft.role === 'witness' && (
        <>
          {sexAndAge}
          {language}
        </>
      )}

      {draft.role === 'subject' && (
        <>
          <SelectField
            label={t('people.fields.personnelCategory')}
            value={draft.personnelCategory}
            emptyLabel={t('people.form.choose')}
            options={optionsOf(PERSONNEL_CATEGORIES, (category) => t(`labels.personnelCategory.${category}`))}
            onChange={(personnelCategory) => onChange({ personnelCategory })}
            error={error('personnelCategory')}
            required
            disabled={disabled}
          />
          <TextField
            label={t('people.fields.nationality')}
            value={draft.nationality}
            onChange={(nationality) => onChange({ nationality })}
            hint={t('people.hints.nationality')}
            error={error('nationality')}
            maxLength={3}
            disabled={disabled}
            inputClassName="input-narrow input-mono"
          />
          <TextField
            label={t('people.fields.unitOrContingent')}
            value={draft.unitOrContingent}
            onChange={(unitOrContingent) => onChange({ unitOrContingent })}
            error={error('unitOrContingent')}
            maxLength={300}
            disabled={disabled}
          />
          <TextField
            label={t('people.fields.function')}
            value={draft.function}
            onChange={(value) => onChange({ function: value })}
            error={error('function')}
            maxLength={300}
            disabled={disabled}
          />
          <TextField
            label={t('people.fields.rankOrGrade')}
            value={draft.rankOrGrade}
            onChange={(rankOrGrade) => onChange({ rankOrGrade })}
            hint={t('people.hints.rankOrGrade')}
            error={error('rankOrGrade')}
            maxLength={100}
            disabled={disabled}
            inputClassName="input-medium"
          />
          <SelectField
            label={t('people.fields.investigatingEntity')}
            value={investigatingEntityShown(draft)}
            emptyLabel={t('people.form.choose')}
            options={optionsOf(INVESTIGATING_ENTITIES, (entity) => t(`labels.investigatingEntity.${entity}`))}
            onChange={(investigatingEntity) => onChange({ investigatingEntity })}
            hint={t('people.hints.investigatingEntity')}
            disabled={disabled}
          />
          <DateField
            label={t('people.fields.rotationOrContractEnd')}
            value={draft.rotationOrContractEnd}
            onChange={(rotationOrContractEnd) => onChange({ rotationOrContractEnd })}
            hint={t('people.hints.rotationOrContractEnd')}
            error={error('rotationOrContractEnd')}
            disabled={disabled}
          />
        </>
      )}

      {draft.role === 'reporter' && (
        <>
          <div className="form-grid-wide">
            <CheckboxField
              label={t('people.fields.isUnPersonnel')}
              checked={draft.isUnPersonnel}
              onChange={(isUnPersonnel) => onChange({ isUnPersonnel })}
              hint={t('people.hints.isUnPersonnel')}
              disabled={disabled}
            />
          </div>
          {language}
        </>
      )}

      {draft.role === 'guardian' && (
        <>
          <SelectField
            label={t('people.fields.relationship')}
            value={draft.relationship}
            options={optionsOf(GUARDIAN_RELATIONSHIPS, (relationship) =>
              t(`labels.guardianRelationship.${relationship}`),
            )}
            onChange={(relationship) => relationship !== '' && onChange({ relationship })}
            disabled={disabled}
          />
          {language}
        </>
      )}

      {draft.role === 'interpreter' && (
        <>
          <TextField
            label={t('people.fields.languages')}
            value={draft.languages}
            onChange={(languages) => onChange({ languages })}
            hint={t('people.hints.languages')}
            error={error('languages')}
            required
            maxLength={300}
            disabled={disabled}
          />
          <DateField
            label={t('people.fields.vettedOn')}
            value={draft.vettedOn}
            onChange={(vettedOn) => onChange({ vettedOn })}
            error={error('vettedOn')}
            disabled={disabled || !draft.vetted}
          />
          <div className="form-grid-wide">
            <CheckboxField
              label={t('people.fields.vetted')}
              checked={draft.vetted}
              onChange={(vetted) => onChange({ vetted })}
              hint={t('people.hints.vetted')}
              disabled={disabled}
            />
          </div>
          <div className="form-grid-wide">
            <TextField
              label={t('people.fields.vettingNote')}
              value={draft.vettingNote}
              onChange={(vettingNote) => onChange({ vettingNote })}
              error={error('vettingNote')}
              rows={2}
              maxLength={2_000}
              disabled={disabled}
            />
          </div>
        </>
      )}

      {draft.role === 'support_person' && (
        <>
          <SelectField
            label={t('people.fields.supportKind')}
            value={draft.supportKind}
            options={optionsOf(SUPPORT_PERSON_KINDS, (kind) => t(`labels.supportPersonKind.${kind}`))}
            onChange={(supportKind) => supportKind !== '' && onChange({ supportKind })}
            disabled={disabled}
          />
          {language}
        </>
      )}

      <ConfidentialitySelect
        label={t('people.fields.confidentiality')}
        value={draft.confidentiality}
        onChange={(confidentiality) => onChange({ confidentiality })}
        hint={t('people.hints.confidentiality')}
        disabled={disabled}
      />
    </div>
  );
}
