import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../shared/contract/people.js';
import { INTERVIEWER_GENDERS, PLACE_TYPES, RISK_LEVELS } from '../../shared/domain/interview.js';
import type { PersonRole } from '../../shared/domain/person.js';
import { CheckboxField } from '../components/CheckboxField.js';
import { SearchCombobox } from '../components/SearchCombobox.js';
import { useChosenLabels } from '../components/use-chosen-labels.js';
import { ConfidentialitySelect } from '../components/ConfidentialityBadge.js';
import { optionsOf, SelectField } from '../components/SelectField.js';
import { DateField } from '../components/DateField.js';
import { TimeField } from '../components/TimeField.js';
import { TextField } from '../components/TextField.js';
import { timeZoneChoices } from '../components/uncertain-date-draft.js';
import type { LocalMoment } from '../people/local-time.js';
import { languageName } from '../people/person-facts.js';
import { useRoleSearch } from '../people/use-case-people.js';
import {
  GENDER_PREFERENCES,
  newTeamMember,
  TEAM_ROLES,
  type ArrangementsDraft,
  type ArrangementsField,
  type TeamMemberDraft,
} from './arrangements-draft.js';
import { listText } from '../../shared/i18n/list-text.js';

export interface ArrangementsFieldsProps {
  draft: ArrangementsDraft;
  onChange: (patch: Partial<ArrangementsDraft>) => void;
  invalid: readonly ArrangementsField[];
  caseId: string;
  /** The codes of the support person and interpreter the form opened with, by id. */
  staffCodes: Readonly<Record<string, string>>;
  intervieweeRole: PersonRole | undefined;
  disabled?: boolean;
}

/** An interpreter as offered: their code and the languages they interpret, named in `language`. */
const interpreterLabel = (person: PersonSummary, language: string): string =>
  person.profile.role === 'interpreter'
    ? `${person.code} — ${listText(
        language,
        person.profile.languages.map((tag) => languageName(tag, language)),
      )}`
    : person.code;
const isVetted = (person: PersonSummary): boolean =>
  person.profile.role === 'interpreter' && person.profile.vetting.vetted;

/** A day and a time, one row across the form; `children` join the row (the time zone). */
function MomentFields({
  legend,
  hint,
  value,
  onChange,
  error,
  disabled,
  children,
}: {
  legend: string;
  hint?: string;
  value: LocalMoment;
  onChange: (value: LocalMoment) => void;
  error?: string;
  disabled?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset-plain form-grid-wide">
      <legend className="field-label">{legend}</legend>
      {hint && <p className="field-hint">{hint}</p>}
      <div className="field-row">
        <DateField
          label={t('interviews.plan.day')}
          value={value.day}
          onChange={(day) => onChange({ ...value, day })}
          error={error}
          disabled={disabled}
        />
        <TimeField
          label={t('interviews.plan.time')}
          value={value.time}
          onChange={(time) => onChange({ ...value, time })}
          disabled={disabled}
        />
        {children}
      </div>
    </fieldset>
  );
}

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="fieldset-box">
      <legend>{legend}</legend>
      <div className="form-grid">{children}</div>
    </fieldset>
  );
}

/** Every arrangement of an interview: when, where, who, the care offered, do no harm, notices. */
export function ArrangementsFields({
  draft,
  onChange,
  invalid,
  caseId,
  staffCodes,
  intervieweeRole,
  disabled,
}: ArrangementsFieldsProps) {
  const { t, i18n } = useTranslation();
  const error = (field: ArrangementsField) => (invalid.includes(field) ? t(`interviews.invalid.${field}`) : undefined);
  // The support person and the interpreter are searched by code among the case's people of that
  // role, a few at a time however many there are; only vetted interpreters are offered.
  const searchSupport = useRoleSearch(caseId, 'support_person', (person) => person.code);
  const searchInterpreters = useRoleSearch(caseId, 'interpreter', (person) => interpreterLabel(person, i18n.language), {
    keep: isVetted,
  });
  const findSupport = useCallback((text: string) => searchSupport(text), [searchSupport]);
  const findInterpreter = useCallback((text: string) => searchInterpreters(text), [searchInterpreters]);
  // Those chosen here are named by the words they were chosen by, the others by their code.
  const { labelOf: staffLabel, remember: rememberStaff } = useChosenLabels(staffCodes);
  const setMember = (key: number, patch: Partial<TeamMemberDraft>) =>
    onChange({ team: draft.team.map((member) => (member.key === key ? { ...member, ...patch } : member)) });

  return (
    <>
      <Group legend={t('interviews.plan.whenHeading')}>
        <MomentFields
          legend={t('interviews.plan.scheduled')}
          hint={t('interviews.plan.timeZoneHint')}
          value={draft.scheduled}
          onChange={(scheduled) => onChange({ scheduled })}
          error={error('scheduled')}
          disabled={disabled}
        >
          <SelectField
            label={t('interviews.plan.timeZone')}
            value={draft.timeZone}
            options={timeZoneChoices(draft.timeZone).map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }))}
            onChange={(timeZone) => timeZone !== '' && onChange({ timeZone })}
            error={error('timeZone')}
            disabled={disabled}
          />
        </MomentFields>
      </Group>

      <Group legend={t('interviews.plan.placeHeading')}>
        <SelectField
          label={t('interviews.plan.placeType')}
          value={draft.placeType}
          options={optionsOf(PLACE_TYPES, (type) => t(`labels.placeType.${type}`))}
          onChange={(placeType) => placeType !== '' && onChange({ placeType })}
          disabled={disabled}
        />
        <div className="field-align-end">
          <CheckboxField
            label={t('interviews.plan.private')}
            checked={draft.private}
            onChange={(value) => onChange({ private: value })}
            disabled={disabled}
          />
        </div>
        <div className="form-grid-wide">
          <TextField
            label={t('interviews.plan.placeDetails')}
            value={draft.placeDetails}
            onChange={(placeDetails) => onChange({ placeDetails })}
            hint={t('interviews.plan.placeDetailsHint')}
            error={error('placeDetails')}
            rows={2}
            maxLength={10_000}
            disabled={disabled}
          />
        </div>
      </Group>

      <fieldset className="fieldset-box">
        <legend>{t('interviews.plan.teamHeading')}</legend>
        <p className="field-hint">{t('interviews.plan.teamHint')}</p>
        {draft.team.map((member, index) => (
          <fieldset key={member.key} className="team-member">
            <legend className="field-label">{t('interviews.plan.member', { number: index + 1 })}</legend>
            <div className="team-member-fields">
              <TextField
                label={t('interviews.plan.memberName')}
                value={member.name}
                onChange={(name) => setMember(member.key, { name })}
                error={error('team')}
                maxLength={300}
                disabled={disabled}
              />
              <SelectField
                label={t('interviews.plan.memberGender')}
                value={member.gender}
                options={optionsOf(INTERVIEWER_GENDERS, (gender) => t(`labels.interviewerGender.${gender}`))}
                onChange={(gender) => gender !== '' && setMember(member.key, { gender })}
                disabled={disabled}
              />
              <SelectField
                label={t('interviews.plan.memberRole')}
                value={member.role}
                options={optionsOf(TEAM_ROLES, (role) => t(`labels.interviewerRole.${role}`))}
                onChange={(role) => role !== '' && setMember(member.key, { role })}
                disabled={disabled}
              />
              <div className="team-member-extra">
                <CheckboxField
                  label={t('interviews.plan.memberTrained')}
                  checked={member.trained}
                  onChange={(trained) => setMember(member.key, { trained })}
                  disabled={disabled}
                />
                <button
                  type="button"
                  className="button button-quiet button-small"
                  onClick={() => onChange({ team: draft.team.filter((other) => other.key !== member.key) })}
                  aria-label={t('interviews.plan.removeMemberLabel', { number: index + 1 })}
                  disabled={disabled}
                >
                  {t('interviews.plan.removeMember')}
                </button>
              </div>
            </div>
          </fieldset>
        ))}
        <div className="actions actions-start">
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => onChange({ team: [...draft.team, newTeamMember()] })}
            disabled={disabled}
          >
            {t('interviews.plan.addMember')}
          </button>
        </div>
      </fieldset>

      <Group legend={t('interviews.plan.careHeading')}>
        <CheckboxField
          label={t('interviews.plan.genderOffered')}
          checked={draft.genderOffered}
          onChange={(genderOffered) => onChange({ genderOffered })}
          hint={t('interviews.plan.genderOfferedHint')}
          disabled={disabled}
        />
        <SelectField
          label={t('interviews.plan.genderPreferred')}
          value={draft.genderPreferred}
          emptyLabel={t('interviews.plan.notStated')}
          options={optionsOf(GENDER_PREFERENCES, (preference) => t(`labels.genderPreference.${preference}`))}
          onChange={(genderPreferred) => onChange({ genderPreferred })}
          disabled={disabled || !draft.genderOffered}
        />
        <CheckboxField
          label={t('interviews.plan.supportOffered')}
          checked={draft.supportOffered}
          onChange={(supportOffered) => onChange({ supportOffered })}
          disabled={disabled}
        />
        <CheckboxField
          label={t('interviews.plan.supportPresent')}
          checked={draft.supportPresent}
          onChange={(supportPresent) => onChange({ supportPresent })}
          disabled={disabled}
        />
        <SearchCombobox
          label={t('interviews.plan.supportPerson')}
          value={draft.supportPersonId}
          selectedLabel={staffLabel(draft.supportPersonId)}
          onChange={(supportPersonId, label) => {
            rememberStaff(supportPersonId, label);
            onChange({ supportPersonId });
          }}
          search={findSupport}
          noMatches={t('interviews.plan.noSupportPersonMatch')}
          hint={t('interviews.plan.noSupportPeople')}
          disabled={disabled}
        />
        <SearchCombobox
          label={t('interviews.plan.interpreter')}
          value={draft.interpreterPersonId}
          selectedLabel={staffLabel(draft.interpreterPersonId)}
          onChange={(interpreterPersonId, label) => {
            rememberStaff(interpreterPersonId, label);
            onChange({ interpreterPersonId });
          }}
          search={findInterpreter}
          noMatches={t('interviews.plan.noInterpreterMatch')}
          hint={t('interviews.plan.interpreterHint')}
          disabled={disabled}
        />
        <TextField
          label={t('interviews.plan.language')}
          value={draft.language}
          onChange={(language) => onChange({ language })}
          hint={t('interviews.plan.languageHint')}
          error={error('language')}
          maxLength={35}
          disabled={disabled}
          inputClassName="input-medium"
        />
        <CheckboxField
          label={t('interviews.plan.recorded')}
          checked={draft.recorded}
          onChange={(recorded) => onChange({ recorded })}
          hint={t('interviews.plan.recordedHint')}
          disabled={disabled}
        />
      </Group>

      <fieldset className="fieldset-box">
        <legend>{t('interviews.plan.riskHeading')}</legend>
        <CheckboxField
          label={t('interviews.plan.withRisk')}
          checked={draft.withRiskAssessment}
          onChange={(withRiskAssessment) => onChange({ withRiskAssessment })}
          hint={t('interviews.plan.withRiskHint')}
          disabled={disabled}
        />
        {draft.withRiskAssessment && (
          <div className="form-grid">
            <MomentFields
              legend={t('interviews.plan.riskAssessed')}
              value={draft.riskAssessed}
              onChange={(riskAssessed) => onChange({ riskAssessed })}
              error={error('riskAssessed')}
              disabled={disabled}
            />
            <SelectField
              label={t('interviews.plan.riskLevel')}
              value={draft.riskLevel}
              emptyLabel={t('interviews.plan.choose')}
              options={optionsOf(RISK_LEVELS, (level) => t(`labels.riskLevel.${level}`))}
              onChange={(riskLevel) => onChange({ riskLevel })}
              error={error('riskLevel')}
              required
              disabled={disabled}
            />
            <div className="form-grid-wide">
              <TextField
                label={t('interviews.plan.risks')}
                value={draft.risks}
                onChange={(risks) => onChange({ risks })}
                hint={t('interviews.plan.risksHint')}
                error={error('risks')}
                required
                rows={3}
                maxLength={5_000}
                disabled={disabled}
              />
            </div>
            <div className="form-grid-wide">
              <TextField
                label={t('interviews.plan.mitigations')}
                value={draft.mitigations}
                onChange={(mitigations) => onChange({ mitigations })}
                error={error('mitigations')}
                rows={2}
                maxLength={5_000}
                disabled={disabled}
              />
            </div>
            <SelectField
              label={t('interviews.plan.proceed')}
              value={draft.proceed}
              emptyLabel={t('interviews.plan.choose')}
              options={[
                { value: 'yes', label: t('interviews.plan.proceedYes') },
                { value: 'no', label: t('interviews.plan.proceedNo') },
              ]}
              onChange={(proceed) => onChange({ proceed })}
              error={error('proceed')}
              required
              disabled={disabled}
            />
          </div>
        )}
      </fieldset>

      <Group legend={t('interviews.plan.moreHeading')}>
        <div className="form-grid-wide">
          <TextField
            label={t('interviews.plan.repeatJustification')}
            value={draft.repeatJustification}
            onChange={(repeatJustification) => onChange({ repeatJustification })}
            hint={t('interviews.plan.repeatJustificationHint')}
            error={error('repeatJustification')}
            rows={2}
            maxLength={5_000}
            disabled={disabled}
          />
        </div>
        {intervieweeRole === 'subject' && (
          <>
            <MomentFields
              legend={t('interviews.plan.noticeGiven')}
              hint={t('interviews.plan.noticeGivenHint')}
              value={draft.noticeGiven}
              onChange={(noticeGiven) => onChange({ noticeGiven })}
              error={error('noticeGiven')}
              disabled={disabled}
            />
            <CheckboxField
              label={t('interviews.plan.observerOffered')}
              checked={draft.observerOffered}
              onChange={(observerOffered) => onChange({ observerOffered })}
              disabled={disabled}
            />
            <SelectField
              label={t('interviews.plan.observerPresent')}
              value={draft.observerPresent}
              emptyLabel={t('interviews.plan.notStated')}
              options={[
                { value: 'yes', label: t('interviews.plan.yes') },
                { value: 'no', label: t('interviews.plan.no') },
              ]}
              onChange={(observerPresent) => onChange({ observerPresent })}
              disabled={disabled}
            />
          </>
        )}
        <ConfidentialitySelect
          label={t('interviews.plan.confidentiality')}
          value={draft.confidentiality}
          onChange={(confidentiality) => onChange({ confidentiality })}
          disabled={disabled}
        />
      </Group>
    </>
  );
}
