import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { nextAssistanceStatuses, type AssistanceReferral } from '../../shared/domain/assistance.js';
import { useApi } from '../api/context.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { SelectField } from '../components/SelectField.js';
import { TextField } from '../components/TextField.js';
import { localTimeZone } from '../components/uncertain-date-draft.js';
import { instantFromLocal, localNow } from '../people/local-time.js';
import { MomentFields } from './MomentFields.js';
import { DialogActions } from '../components/DialogActions.js';
import { useSubmit } from '../components/use-submit.js';

type NextStatus = Exclude<AssistanceReferral['status'], 'offered'>;
type Problem = 'moment' | 'reason' | 'provider';

/** The next step of a referral: the victim's answer, the referral made (with consent), the end of the service. */
export function AssistanceStepForm({
  referral,
  code,
  onCancel,
  onMoved,
}: {
  referral: AssistanceReferral;
  code: string;
  onCancel: () => void;
  onMoved: (referral: AssistanceReferral) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const zone = localTimeZone();
  const choices = nextAssistanceStatuses(referral.status).filter((s): s is NextStatus => s !== 'offered');
  const [status, setStatus] = useState<NextStatus>(choices[0] ?? 'completed');
  const [at, setAt] = useState(() => localNow(zone));
  const [reason, setReason] = useState('');
  const [provider, setProvider] = useState(referral.provider ?? '');
  const [problems, setProblems] = useState<Problem[]>([]);
  const { busy, error, send } = useSubmit();
  const problem = (key: Problem) => (problems.includes(key) ? t(`assistance.form.invalid.${key}`) : undefined);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const instant = instantFromLocal(at, zone);
    const found: Problem[] = [];
    if (instant === null) found.push('moment');
    if (status === 'not_completed' && reason.trim() === '') found.push('reason');
    if (status === 'in_progress' && provider.trim() === '') found.push('provider');
    setProblems(found);
    if (found.length > 0 || instant === null) return;
    await send(
      () =>
        api.assistance.update({
          referralId: referral.id,
          status,
          at: instant,
          ...(reason.trim() === '' ? {} : { reason: reason.trim() }),
          ...(provider.trim() === '' || provider.trim() === referral.provider ? {} : { provider: provider.trim() }),
        }),
      onMoved,
    );
  }

  return (
    <form
      className="form assistance-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t('assistance.form.stepLabel', {
        code,
        service: t(`labels.assistanceService.${referral.service}`),
      })}
    >
      <ErrorSummary />
      <div className="form-grid">
        <SelectField
          label={t('assistance.form.status')}
          value={status}
          options={choices.map((value) => ({ value, label: t(`labels.assistanceStatus.${value}`) }))}
          onChange={(value) => value !== '' && setStatus(value)}
          hint={status === 'in_progress' ? t('assistance.form.referralHint') : undefined}
          disabled={busy}
        />
        {(status === 'in_progress' || referral.provider === undefined) && (
          <TextField
            label={t('assistance.form.provider')}
            value={provider}
            onChange={setProvider}
            error={problem('provider')}
            required={status === 'in_progress'}
            maxLength={300}
            disabled={busy}
          />
        )}
        <MomentFields
          legend={t('assistance.form.stepAt')}
          zone={zone}
          value={at}
          onChange={setAt}
          error={problem('moment')}
          disabled={busy}
        />
        {(status === 'not_completed' || status === 'refused') && (
          <div className="form-grid-wide">
            <TextField
              label={t('assistance.form.reason')}
              value={reason}
              onChange={setReason}
              error={problem('reason')}
              required={status === 'not_completed'}
              rows={2}
              maxLength={5_000}
              disabled={busy}
            />
          </div>
        )}
      </div>
      <ErrorAlert error={error} />
      <DialogActions submitLabel={t('assistance.form.stepSubmit')} busy={busy} onCancel={onCancel} />
    </form>
  );
}
