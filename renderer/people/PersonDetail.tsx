import { useInstantText } from '../components/mission-time.js';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../shared/contract/people.js';
import { useApi } from '../api/context.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ConfidentialityBadge } from '../components/ConfidentialityBadge.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { localTimeZone } from '../components/uncertain-date-draft.js';
import type { NumberedConsentRequest } from '../case/case-navigation.js';
import { AssistanceSection } from '../assistance/AssistanceSection.js';
import { VictimContactsSection } from '../assistance/VictimContactsSection.js';
import { ConsentsSection } from '../consents/ConsentsSection.js';
import { SubjectFindingsSection } from '../findings/SubjectFindingsSection.js';
import { SubjectActionsSection } from '../follow-ups/SubjectActionsSection.js';
import { IdentityPanel } from './IdentityPanel.js';
import { isMinor, personFacts } from './person-facts.js';
import { draftFromProfile, profileFromDraft, type ProfileDraft, type ProfileField } from './profile-draft.js';
import { ProfileFields } from './ProfileFields.js';
import { DialogActions } from '../components/DialogActions.js';
import { useSubmit } from '../components/use-submit.js';

/** One person: profile, identity (hidden until revealed), consents. */
export function PersonDetail({
  caseId,
  person,
  codes,
  justAdded,
  consentRequest = null,
  assistanceRequest = 0,
  onBack,
  onAddPerson,
  onChanged,
}: {
  caseId: string;
  person: PersonSummary;
  /** The codes of the people the profile names (a victim's guardian, alleged subjects), by id. */
  codes: Readonly<Record<string, string>>;
  justAdded: boolean;
  /** A consent decision to open the form for (sent by a refusal's link). */
  consentRequest?: NumberedConsentRequest | null;
  /** Changes when the checklist asks to offer this victim assistance (R8): the offer form opens. */
  assistanceRequest?: number;
  onBack: () => void;
  onAddPerson: () => void;
  /** This person, or another one added from here (a guardian), changed: the list reloads. */
  onChanged: (person: PersonSummary) => void;
}) {
  const { t, i18n } = useTranslation();
  const instantText = useInstantText();
  const headingId = useId();
  const profileHeadingId = useId();
  const minor = isMinor(person);

  return (
    <article className="person-detail" aria-labelledby={headingId}>
      <div className="detail-toolbar">
        <button type="button" className="button button-link back-link" onClick={onBack}>
          {t('people.detail.back')}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onAddPerson}>
          {t('people.tab.add')}
        </button>
      </div>
      <header className="panel-header">
        <div>
          <h2 id={headingId} className="person-heading">
            <span className="mono">{person.code}</span>
            <span className="person-heading-role">{t(`labels.personRole.${person.profile.role}`)}</span>
            {minor && <span className="badge badge-minor">{t('people.detail.minor')}</span>}
          </h2>
          <p className="muted">{t('people.detail.codeExplained')}</p>
        </div>
        <ConfidentialityBadge level={person.profile.confidentiality} short />
      </header>
      {justAdded && (
        <p className="alert alert-success" role="status">
          {t('people.detail.added', { code: person.code })}
        </p>
      )}

      <section className="panel" aria-labelledby={profileHeadingId}>
        <ProfileSection
          headingId={profileHeadingId}
          person={person}
          codes={codes}
          onChanged={onChanged}
          facts={personFacts(person, codes, t, i18n.language, instantText)}
        />
      </section>

      <IdentityPanel person={person} onChanged={onChanged} />

      <ConsentsSection caseId={caseId} person={person} request={consentRequest} onPersonAdded={onChanged} />

      {person.profile.role === 'subject' && (
        <SubjectFindingsSection person={person} onRecorded={() => onChanged(person)} />
      )}
      {person.profile.role === 'subject' && <SubjectActionsSection person={person} />}

      {person.profile.role === 'victim' && (
        <>
          <AssistanceSection person={person} offerRequest={assistanceRequest} />
          <VictimContactsSection person={person} />
        </>
      )}
    </article>
  );
}

function ProfileSection({
  headingId,
  person,
  codes,
  facts,
  onChanged,
}: {
  headingId: string;
  person: PersonSummary;
  codes: Readonly<Record<string, string>>;
  facts: ReturnType<typeof personFacts>;
  onChanged: (person: PersonSummary) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [draft, setDraft] = useState<ProfileDraft | null>(null);
  const [invalid, setInvalid] = useState<ProfileField[]>([]);
  const { busy, error, send } = useSubmit();
  const [saved, setSaved] = useState(false);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!draft || busy) return;
    const checked = profileFromDraft(draft, localTimeZone());
    setInvalid(checked.ok ? [] : checked.invalid);
    if (!checked.ok) return;
    await send(
      () => api.people.update({ personId: person.id, profile: checked.profile }),
      (value) => {
        setDraft(null);
        setSaved(true);
        onChanged(value);
      },
    );
  }

  return (
    <>
      <div className="panel-header">
        <h3 id={headingId}>{t('people.detail.profileHeading')}</h3>
        {!draft && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setSaved(false);
              setDraft(draftFromProfile(person.profile, localTimeZone()));
            }}
          >
            {t('people.detail.editProfile')}
          </button>
        )}
      </div>
      {/* The updated facts show the change; the status is for screen readers. */}
      {saved && (
        <p className="visually-hidden" role="status">
          {t('people.detail.profileSaved')}
        </p>
      )}
      {!draft && (
        <dl className="facts">
          {facts.map((fact) => (
            <div key={fact.key} className={fact.emphasis ? `fact emphasis-${fact.emphasis}` : 'fact'}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {draft && (
        <form
          className="form"
          onSubmit={(event) => void save(event)}
          noValidate
          aria-label={t('people.detail.editProfile')}
        >
          <ErrorSummary />
          <ProfileFields
            draft={draft}
            onChange={(patch) =>
              setDraft((current) => (current ? { ...current, ...patch, role: current.role } : current))
            }
            invalid={invalid}
            caseId={person.caseId}
            codes={codes}
            disabled={busy}
          />
          <ErrorAlert error={error} />
          <DialogActions submitLabel={t('people.detail.saveProfile')} busy={busy} onCancel={() => setDraft(null)} />
        </form>
      )}
    </>
  );
}
