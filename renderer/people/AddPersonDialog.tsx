import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../shared/contract/people.js';
import { PERSON_ROLES, PSEUDONYM_PREFIXES, type PersonRole } from '../../shared/domain/person.js';
import { useApi } from '../api/context.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { CheckboxField } from '../components/CheckboxField.js';
import { Dialog } from '../components/Dialog.js';
import { DialogActions } from '../components/DialogActions.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { SelectField } from '../components/SelectField.js';
import { localTimeZone } from '../components/uncertain-date-draft.js';
import { emptyIdentityDraft, identityFromDraft, type IdentityTextField } from './identity-draft.js';
import { IdentityFields } from './IdentityFields.js';
import { emptyProfileDraft, profileFromDraft, type ProfileDraft, type ProfileField } from './profile-draft.js';
import { ProfileFields } from './ProfileFields.js';
import { useSubmit } from '../components/use-submit.js';

const NO_CODES: Readonly<Record<string, string>> = {};

/** Adds a person of any role; the core gives the pseudonym code, shown once the person is saved. */
export function AddPersonDialog({
  caseId,
  initialRole = 'victim',
  onClose,
  onAdded,
}: {
  caseId: string;
  initialRole?: PersonRole;
  onClose: () => void;
  onAdded: (person: PersonSummary) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [profile, setProfile] = useState<ProfileDraft>(() => emptyProfileDraft(initialRole));
  const [withIdentity, setWithIdentity] = useState(false);
  const [identity, setIdentity] = useState(emptyIdentityDraft);
  const [invalidProfile, setInvalidProfile] = useState<ProfileField[]>([]);
  const [invalidIdentity, setInvalidIdentity] = useState<('dateOfBirth' | IdentityTextField)[]>([]);
  const { busy, error, send } = useSubmit();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checkedProfile = profileFromDraft(profile, localTimeZone());
    const checkedIdentity = withIdentity ? identityFromDraft(identity) : null;
    setInvalidProfile(checkedProfile.ok ? [] : checkedProfile.invalid);
    setInvalidIdentity(checkedIdentity && !checkedIdentity.ok ? checkedIdentity.invalid : []);
    if (!checkedProfile.ok || (checkedIdentity && !checkedIdentity.ok)) return;
    await send(
      () =>
        api.people.add({
          caseId,
          profile: checkedProfile.profile,
          ...(checkedIdentity ? { identity: checkedIdentity.identity } : {}),
        }),
      onAdded,
    );
  }

  return (
    <Dialog title={t('people.add.heading')} intro={t('people.add.intro')} onClose={onClose} busy={busy} size="wide">
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary />
        <SelectField
          label={t('people.fields.role')}
          value={profile.role}
          options={PERSON_ROLES.map((role) => ({
            value: role,
            label: `${t(`labels.personRole.${role}`)} (${PSEUDONYM_PREFIXES[role]}-…)`,
          }))}
          onChange={(role) => {
            if (role === '') return;
            setProfile((draft) => ({ ...draft, role }));
            setInvalidProfile([]);
          }}
          hint={t('people.add.codeHint')}
          disabled={busy}
          inputClassName="input-medium"
        />
        <ProfileFields
          draft={profile}
          onChange={(patch) => setProfile((draft) => ({ ...draft, ...patch }))}
          invalid={invalidProfile}
          caseId={caseId}
          // A new person names no one yet: the guardian and subjects chosen here carry their own words.
          codes={NO_CODES}
          disabled={busy}
        />
        <CheckboxField
          label={t('people.add.withIdentity')}
          checked={withIdentity}
          onChange={setWithIdentity}
          hint={t('people.add.withIdentityHint')}
          disabled={busy}
        />
        {withIdentity && (
          <IdentityFields
            role={profile.role}
            draft={identity}
            onChange={(patch) => setIdentity((draft) => ({ ...draft, ...patch }))}
            invalid={invalidIdentity}
            disabled={busy}
          />
        )}
        <ErrorAlert error={error} />
        <DialogActions
          submitLabel={busy ? t('people.add.submitting') : t('people.add.submit')}
          busy={busy}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
