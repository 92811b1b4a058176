import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../shared/contract/cases.js';
import {
  CASE_STATUS_TRANSITIONS,
  CLOSURE_GROUNDS_BY_STATUS,
  isClosedStatus,
  type CaseStatus,
  type ClosureGround,
} from '../../shared/domain/case.js';
import { useApi } from '../api/context.js';
import { Dialog } from '../components/Dialog.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { optionsOf, SelectField } from '../components/SelectField.js';
import { TextField } from '../components/TextField.js';
import { DialogActions } from '../components/DialogActions.js';
import { useSubmit } from '../components/use-submit.js';

/**
 * Move the case on: only the transitions domain.md allows from its status are offered, a reason
 * is required, and closing needs its ground. The core re-checks, and refuses what R5 forbids.
 */
export function ChangeStatusDialog({
  record,
  onClose,
  onChanged,
}: {
  record: CaseRecord;
  onClose: () => void;
  onChanged: (record: CaseRecord) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const allowed = CASE_STATUS_TRANSITIONS[record.status];
  const [to, setTo] = useState<CaseStatus | ''>('');
  const [ground, setGround] = useState<ClosureGround | ''>('');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<{ to?: boolean; reason?: boolean; ground?: boolean }>({});
  const { busy, error: refusal, send } = useSubmit();
  const grounds = to === '' ? undefined : CLOSURE_GROUNDS_BY_STATUS[to];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const problems = { to: to === '', reason: reason.trim() === '', ground: !!grounds && ground === '' };
    setMissing(problems);
    if (to === '' || problems.reason || problems.ground) return;
    await send(
      () =>
        api.cases.changeStatus({
          caseId: record.id,
          to,
          reason: reason.trim(),
          ...(grounds && ground !== '' ? { closureGround: ground } : {}),
        }),
      onChanged,
    );
  }

  return (
    <Dialog
      title={t('caseFile.status.dialogHeading')}
      intro={t('caseFile.status.dialogIntro', { status: t(`labels.caseStatus.${record.status}`) })}
      onClose={onClose}
      busy={busy}
    >
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary />
        <SelectField
          label={t('caseFile.status.newStatus')}
          value={to}
          options={optionsOf(allowed, (status) => t(`labels.caseStatus.${status}`))}
          onChange={(status) => {
            setTo(status);
            setGround('');
          }}
          emptyLabel={t('caseFile.intake.choose')}
          error={missing.to ? t('caseFile.status.chooseStatus') : undefined}
          required
          disabled={busy}
        />
        {grounds && (
          <SelectField
            label={t('caseFile.status.closureGround')}
            value={ground}
            options={optionsOf(grounds, (option) => t(`labels.closureGround.${option}`))}
            onChange={setGround}
            emptyLabel={t('caseFile.intake.choose')}
            hint={t('caseFile.status.closureGroundHint')}
            error={missing.ground ? t('caseFile.status.chooseGround') : undefined}
            required
            disabled={busy}
          />
        )}
        {to !== '' && isClosedStatus(to) && (
          <p className="alert alert-info" role="note">
            {t('letters.closure.closingNote')}
          </p>
        )}
        <TextField
          label={t('caseFile.status.reason')}
          value={reason}
          onChange={setReason}
          hint={t('caseFile.status.reasonHint')}
          error={missing.reason ? t('caseFile.status.reasonRequired') : undefined}
          rows={3}
          maxLength={5_000}
          required
          disabled={busy}
        />
        <ErrorAlert error={refusal} />
        <DialogActions
          submitLabel={busy ? t('caseFile.common.saving') : t('caseFile.status.submit')}
          busy={busy}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
