import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineItem } from '../../shared/contract/deadlines.js';
import { useApi } from '../api/context.js';
import { Dialog } from '../components/Dialog.js';
import { DialogActions } from '../components/DialogActions.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { DateField } from '../components/DateField.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { TimeField } from '../components/TimeField.js';
import { TextField } from '../components/TextField.js';
import { clockActionLabel, clockLabel, explanationLocale } from './deadline-display.js';
import { instantFromWallFields, wallFieldsAt } from './mission-time.js';
import { useSubmit } from '../components/use-submit.js';

/** A minute of slack: "now" typed in the form is never refused as being in the future. */
const CLOCK_SLACK_MS = 60_000;

type Problems = Partial<Record<'action' | 'when', string>>;

/**
 * Closes a deadline by recording what was done and when (on the mission's clock); late closing is allowed and shown.
 */
export function CloseDeadlineDialog({
  item,
  onClose,
  onClosed,
}: {
  item: DeadlineItem;
  onClose: () => void;
  onClosed: (closed: DeadlineItem) => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const zone = item.deadline.basis.timeZone;
  const [action, setAction] = useState('');
  const [when, setWhen] = useState(() => wallFieldsAt(Date.now(), zone));
  const [problems, setProblems] = useState<Problems>({});
  const { busy, error: refusal, send } = useSubmit();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const at = instantFromWallFields(when.date, when.time, zone);
    const found: Problems = {};
    if (action.trim() === '') found.action = t('deadlines.closeDialog.actionRequired');
    if (at === null) found.when = t('deadlines.closeDialog.whenInvalid');
    else if (Date.parse(at) > Date.now() + CLOCK_SLACK_MS) found.when = t('deadlines.closeDialog.whenFuture');
    setProblems(found);
    if (Object.keys(found).length > 0 || at === null) return;
    await send(
      () =>
        api.deadlines.close({
          deadlineId: item.id,
          action: action.trim(),
          at,
          locale: explanationLocale(i18n.language),
        }),
      onClosed,
    );
  }

  return (
    <Dialog
      title={t('deadlines.closeDialog.heading', {
        deadline: clockLabel(i18n.language, item.clockId, item.clockName),
        reference: item.caseReference,
      })}
      intro={t('deadlines.closeDialog.intro', { action: clockActionLabel(i18n.language, item.clockId, item.action) })}
      onClose={onClose}
      busy={busy}
      size="narrow"
    >
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary />
        <TextField
          label={t('deadlines.closeDialog.action')}
          hint={t('deadlines.closeDialog.actionHint')}
          value={action}
          onChange={(value) => {
            setAction(value);
            setProblems((current) => ({ ...current, action: undefined }));
          }}
          error={problems.action}
          rows={3}
          maxLength={5_000}
          required
          disabled={busy}
        />
        <fieldset className="fieldset-plain">
          <legend className="field-label">{t('deadlines.closeDialog.when', { zone })}</legend>
          <div className="field-row">
            <DateField
              label={t('deadlines.closeDialog.date')}
              value={when.date}
              onChange={(date) => setWhen((current) => ({ ...current, date }))}
              error={problems.when}
              required
              disabled={busy}
            />
            <TimeField
              label={t('deadlines.closeDialog.time')}
              value={when.time}
              onChange={(time) => setWhen((current) => ({ ...current, time }))}
              required
              disabled={busy}
            />
          </div>
        </fieldset>
        <ErrorAlert error={refusal} />
        <DialogActions submitLabel={t('deadlines.closeDialog.submit')} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
