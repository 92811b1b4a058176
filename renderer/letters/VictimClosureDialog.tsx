import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VictimClosure } from '../../shared/domain/victim-closure.js';
import { INVESTIGATING_ENTITIES, type InvestigatingEntity } from '../../shared/domain/case.js';
import { WithoutInvestigationGround } from '../../shared/domain/finding.js';
import { useApi } from '../api/context.js';
import { DateField } from '../components/DateField.js';
import { Dialog } from '../components/Dialog.js';
import { DialogActions } from '../components/DialogActions.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { optionsOf, SelectField } from '../components/SelectField.js';
import { TextField } from '../components/TextField.js';
import { useSubmit } from '../components/use-submit.js';

type Problem = 'victim' | 'ground' | 'decidedOn' | 'reason';

/**
 * Why the matter closed for one victim (issue 11, item 6): her own ground, who decided and when,
 * and for "other" the reason in words she will read. Her closure letter says it; a case closed for
 * other reasons no longer tells every victim the same thing.
 */
export function VictimClosureDialog({
  caseId,
  victims,
  onClose,
  onRecorded,
}: {
  caseId: string;
  victims: readonly { personId: string; code: string }[];
  onClose: () => void;
  onRecorded: (closure: VictimClosure) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [personId, setPersonId] = useState(victims.length === 1 ? victims[0]!.personId : '');
  const [ground, setGround] = useState<WithoutInvestigationGround | ''>('');
  const [decidedBy, setDecidedBy] = useState<InvestigatingEntity>('oios');
  const [decidedOn, setDecidedOn] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const { busy, error, send } = useSubmit();
  const problem = (key: Problem) => (problems.includes(key) ? t(`letters.victimClosure.invalid.${key}`) : undefined);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Problem[] = [];
    if (personId === '') found.push('victim');
    if (ground === '') found.push('ground');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(decidedOn)) found.push('decidedOn');
    if (ground === 'other' && reason.trim() === '') found.push('reason');
    setProblems(found);
    if (found.length > 0 || ground === '') return;
    await send(
      () =>
        api.letters.recordVictimClosure({
          caseId,
          personId,
          ground,
          decidedBy,
          decidedOn,
          ...(ground === 'other' ? { reasonToVictim: reason.trim() } : {}),
        }),
      onRecorded,
    );
  }

  return (
    <Dialog
      title={t('letters.victimClosure.title')}
      intro={t('letters.victimClosure.intro')}
      onClose={onClose}
      busy={busy}
    >
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <ErrorSummary />
        <SelectField
          label={t('letters.victimClosure.victim')}
          value={personId}
          emptyLabel={t('letters.new.chooseVictim')}
          options={victims.map((victim) => ({ value: victim.personId, label: victim.code }))}
          onChange={setPersonId}
          error={problem('victim')}
          required
          disabled={busy}
        />
        <SelectField
          label={t('letters.victimClosure.ground')}
          value={ground}
          emptyLabel={t('letters.victimClosure.chooseGround')}
          options={optionsOf(WithoutInvestigationGround.options, (value) => t(`labels.closureGround.${value}`))}
          onChange={setGround}
          error={problem('ground')}
          required
          disabled={busy}
        />
        {ground === 'other' && (
          <TextField
            label={t('letters.victimClosure.reason')}
            hint={t('letters.victimClosure.reasonHint')}
            value={reason}
            onChange={setReason}
            error={problem('reason')}
            rows={3}
            required
            maxLength={2_000}
            disabled={busy}
          />
        )}
        <SelectField
          label={t('letters.victimClosure.decidedBy')}
          value={decidedBy}
          options={optionsOf(INVESTIGATING_ENTITIES, (value) => t(`labels.investigatingEntity.${value}`))}
          onChange={(value) => value !== '' && setDecidedBy(value)}
          disabled={busy}
        />
        <DateField
          label={t('letters.victimClosure.decidedOn')}
          value={decidedOn}
          onChange={setDecidedOn}
          error={problem('decidedOn')}
          required
          disabled={busy}
        />
        <ErrorAlert error={error} />
        <DialogActions submitLabel={t('letters.victimClosure.submit')} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
