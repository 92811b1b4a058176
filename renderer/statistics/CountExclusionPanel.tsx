import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../shared/contract/cases.js';
import { EXCLUSION_GROUNDS, type ExclusionGround } from '../../shared/domain/count-exclusion.js';
import { statisticsWords } from '../../shared/statistics/words.js';
import { useApi } from '../api/context.js';
import { interfaceLanguage } from '../i18n/date-conventions.js';
import { Dialog } from '../components/Dialog.js';
import { DialogActions } from '../components/DialogActions.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { SelectField } from '../components/SelectField.js';
import { TextField } from '../components/TextField.js';
import { useSubmit } from '../components/use-submit.js';

const COUNTED = 'counted';
type Choice = ExclusionGround | typeof COUNTED;

function ExclusionDialog({
  record,
  onClose,
  onSaved,
}: {
  record: CaseRecord;
  onClose: () => void;
  onSaved: (record: CaseRecord) => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const words = statisticsWords(interfaceLanguage(i18n.language));
  const [choice, setChoice] = useState<Choice>(record.countExclusion?.ground ?? COUNTED);
  const [reason, setReason] = useState(record.countExclusion?.reason ?? '');
  const [reasonMissing, setReasonMissing] = useState(false);
  const { busy, error, send } = useSubmit();

  async function save(event: FormEvent) {
    event.preventDefault();
    if (choice !== COUNTED && reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    await send(
      () =>
        api.cases.update({
          caseId: record.id,
          changes: { countExclusion: choice === COUNTED ? null : { ground: choice, reason: reason.trim() } },
        }),
      onSaved,
    );
  }

  return (
    <Dialog title={t('statistics.exclusion.legend')} intro={words.rules.exclusions} onClose={onClose} busy={busy}>
      <form className="form" onSubmit={(event) => void save(event)} noValidate>
        <ErrorSummary />
        <SelectField
          label={t('statistics.exclusion.ground')}
          value={choice}
          options={[
            { value: COUNTED, label: t('statistics.exclusion.counted') },
            ...EXCLUSION_GROUNDS.map((ground) => ({ value: ground, label: words.exclusions[ground] })),
          ]}
          onChange={(value) => value !== '' && setChoice(value)}
          disabled={busy}
        />
        {choice !== COUNTED && (
          <TextField
            label={t('statistics.exclusion.reason')}
            value={reason}
            onChange={(value) => {
              setReason(value);
              setReasonMissing(false);
            }}
            error={reasonMissing ? t('statistics.exclusion.reasonRequired') : undefined}
            rows={3}
            maxLength={5_000}
            required
            disabled={busy}
          />
        )}
        <ErrorAlert error={error} />
        <DialogActions submitLabel={t('caseFile.common.save')} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

/** Whether the case is counted in the published statistics (A/72/751 footnote 11), and the way to change it. */
export function CountExclusionPanel({
  record,
  onChanged,
}: {
  record: CaseRecord;
  onChanged: (record: CaseRecord) => void;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const words = statisticsWords(interfaceLanguage(i18n.language));
  const exclusion = record.countExclusion ?? null;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>{t('statistics.exclusion.legend')}</h2>
        <div className="panel-actions">
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => setOpen(true)}
            disabled={record.archived !== null}
          >
            {t('statistics.exclusion.change')}
          </button>
        </div>
      </div>
      {exclusion === null ? (
        <p>{t('statistics.exclusion.counted')}</p>
      ) : (
        <>
          <p>{t('statistics.exclusion.shown', { ground: words.exclusions[exclusion.ground] })}</p>
          <p className="muted user-text">{exclusion.reason}</p>
        </>
      )}
      {open && (
        <ExclusionDialog
          record={record}
          onClose={() => setOpen(false)}
          onSaved={(changed) => {
            setOpen(false);
            onChanged(changed);
          }}
        />
      )}
    </section>
  );
}
