import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../shared/contract/people.js';
import {
  ASSISTANCE_SERVICES,
  type AssistanceReferral,
  type AssistanceService,
} from '../../shared/domain/assistance.js';
import { useApi } from '../api/context.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { optionsOf, SelectField } from '../components/SelectField.js';
import { TextField } from '../components/TextField.js';
import { localTimeZone } from '../components/uncertain-date-draft.js';
import { instantFromLocal, localNow } from '../people/local-time.js';
import { MomentFields } from './MomentFields.js';
import { DialogActions } from '../components/DialogActions.js';
import { useSubmit } from '../components/use-submit.js';

/** An offer of assistance to a victim: no consent is asked to offer (R8), only to refer. */
export function OfferAssistanceForm({
  person,
  onCancel,
  onOffered,
}: {
  person: PersonSummary;
  onCancel: () => void;
  onOffered: (referral: AssistanceReferral) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const zone = localTimeZone();
  const [service, setService] = useState<AssistanceService>('medical');
  const [provider, setProvider] = useState('');
  const [advocate, setAdvocate] = useState('');
  const [offeredAt, setOfferedAt] = useState(() => localNow(zone));
  const [invalidMoment, setInvalidMoment] = useState(false);
  const { busy, error, send } = useSubmit();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const at = instantFromLocal(offeredAt, zone);
    setInvalidMoment(at === null);
    if (at === null) return;
    await send(
      () =>
        api.assistance.offer({
          personId: person.id,
          service,
          offeredAt: at,
          ...(provider.trim() === '' ? {} : { provider: provider.trim() }),
          ...(advocate.trim() === '' ? {} : { advocate: advocate.trim() }),
        }),
      onOffered,
    );
  }

  return (
    <form
      className="form assistance-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t('assistance.form.offerLabel', { code: person.code })}
    >
      <ErrorSummary />
      <p className="note">{t('assistance.form.offerExplained')}</p>
      <div className="form-grid">
        <SelectField
          label={t('assistance.form.service')}
          value={service}
          options={optionsOf(ASSISTANCE_SERVICES, (value) => t(`labels.assistanceService.${value}`))}
          onChange={(value) => value !== '' && setService(value)}
          disabled={busy}
        />
        <TextField
          label={t('assistance.form.provider')}
          value={provider}
          onChange={setProvider}
          hint={t('assistance.form.providerHint')}
          maxLength={300}
          disabled={busy}
        />
        <TextField
          label={t('assistance.form.advocate')}
          value={advocate}
          onChange={setAdvocate}
          hint={t('assistance.form.advocateHint')}
          maxLength={300}
          disabled={busy}
        />
        <MomentFields
          legend={t('assistance.form.offeredAt')}
          zone={zone}
          value={offeredAt}
          onChange={setOfferedAt}
          error={invalidMoment ? t('assistance.form.invalidMoment') : undefined}
          disabled={busy}
        />
      </div>
      <ErrorAlert error={error} />
      <DialogActions submitLabel={t('assistance.form.offerSubmit')} busy={busy} onCancel={onCancel} />
    </form>
  );
}
