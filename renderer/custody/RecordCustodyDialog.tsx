import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CUSTODY_EVENT_KINDS, type CustodyEvent } from '../../shared/domain/evidence.js';
import { useApi } from '../api/context.js';
import { CheckboxField } from '../components/CheckboxField.js';
import { Dialog } from '../components/Dialog.js';
import { DialogActions } from '../components/DialogActions.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { optionsOf, SelectField } from '../components/SelectField.js';
import { TextField } from '../components/TextField.js';
import { localTimeZone } from '../components/uncertain-date-draft.js';
import type { FieldErrors } from '../components/validation.js';
import { MomentFields } from '../evidence/MomentFields.js';
import { localNow } from '../people/local-time.js';
import { custodyEntryFrom, emptyCustodyForm, recheckByDefault, SEAL_KINDS, type CustodyForm } from './custody-draft.js';
import { useSubmit } from '../components/use-submit.js';

/**
 * Logging one link of the chain of custody. The log is append-only and chronological: the time
 * defaults to now, and the core refuses a time before the last event.
 */
export function RecordCustodyDialog({
  item,
  onClose,
  onRecorded,
}: {
  item: { id: string; number: string; hasContent: boolean };
  onClose: () => void;
  onRecorded: (event: CustodyEvent) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [form, setForm] = useState<CustodyForm>(() => {
    const zone = localTimeZone();
    return emptyCustodyForm(localNow(zone), zone);
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, error, send } = useSubmit();
  const set = (patch: Partial<CustodyForm>) => setForm((current) => ({ ...current, ...patch }));
  const handOver = form.kind === 'handed_over';
  const recheck = form.recheckHash ?? recheckByDefault(form.kind);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = custodyEntryFrom(t, form, item);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    await send(
      () => api.custody.add(checked.entry),
      (value) => {
        onRecorded(value);
      },
    );
  }

  const title = t('evidence.custody.recordTitle', { number: item.number });
  return (
    <Dialog title={title} intro={t('evidence.custody.recordIntro')} onClose={onClose} busy={busy} size="wide">
      <form className="form custody-form" onSubmit={(event) => void submit(event)} noValidate aria-label={title}>
        <ErrorSummary />
        <div className="form-grid">
          <SelectField
            label={t('evidence.custody.fields.kind')}
            value={form.kind}
            options={optionsOf(CUSTODY_EVENT_KINDS, (kind) => t(`labels.custodyEventKind.${kind}`))}
            onChange={(kind) => set({ kind })}
            emptyLabel={t('evidence.custody.chooseKind')}
            error={errors.kind}
            required
            disabled={busy}
          />
          {form.kind !== '' && SEAL_KINDS.includes(form.kind) ? (
            <TextField
              label={t('evidence.custody.fields.sealNumber')}
              value={form.sealNumber}
              onChange={(sealNumber) => set({ sealNumber })}
              hint={
                form.kind === 'sealed' ? t('evidence.custody.sealAppliedHint') : t('evidence.custody.sealFoundHint')
              }
              error={errors.sealNumber}
              required={form.kind === 'sealed'}
              maxLength={100}
              disabled={busy}
              inputClassName="input-mono"
            />
          ) : (
            <div aria-hidden="true" />
          )}
          <div className="form-grid-wide">
            <MomentFields
              legend={t('evidence.custody.fields.at')}
              hint={t('evidence.custody.atHint')}
              value={form.at}
              onChange={(at) => set({ at })}
              timeZone={form.timeZone}
              onZoneChange={(timeZone) => set({ timeZone })}
              error={errors.at}
              disabled={busy}
            />
          </div>
          <TextField
            label={t('evidence.custody.fields.from')}
            value={form.from}
            onChange={(from) => set({ from })}
            hint={t('evidence.custody.fromHint')}
            error={errors.from}
            required={handOver}
            maxLength={300}
            disabled={busy}
          />
          <TextField
            label={t('evidence.custody.fields.to')}
            value={form.to}
            onChange={(to) => set({ to })}
            hint={t('evidence.custody.toHint')}
            error={errors.to}
            required={handOver}
            maxLength={300}
            disabled={busy}
          />
          <div className="form-grid-wide">
            <TextField
              label={t('evidence.custody.fields.persons')}
              value={form.persons}
              onChange={(persons) => set({ persons })}
              hint={t('evidence.custody.personsHint')}
              error={errors.persons ?? errors['persons.0']}
              rows={2}
              disabled={busy}
            />
          </div>
          <div className="form-grid-wide">
            <TextField
              label={t('evidence.custody.fields.purpose')}
              value={form.purpose}
              onChange={(purpose) => set({ purpose })}
              error={errors.purpose}
              required
              maxLength={5_000}
              disabled={busy}
            />
          </div>
          <TextField
            label={t('evidence.custody.fields.location')}
            value={form.location}
            onChange={(location) => set({ location })}
            hint={t('evidence.custody.locationHint')}
            error={errors.location}
            maxLength={1_000}
            disabled={busy}
          />
          <TextField
            label={t('evidence.custody.fields.note')}
            value={form.note}
            onChange={(note) => set({ note })}
            error={errors.note}
            maxLength={5_000}
            disabled={busy}
          />
          {item.hasContent && (
            <div className="form-grid-wide">
              <CheckboxField
                label={t('evidence.custody.recheck')}
                hint={t('evidence.custody.recheckHint')}
                checked={recheck}
                onChange={(recheckHash) => set({ recheckHash })}
                disabled={busy}
              />
            </div>
          )}
        </div>
        <ErrorAlert error={error} />
        <DialogActions
          submitLabel={
            busy && recheck && item.hasContent ? t('evidence.custody.recording') : t('evidence.custody.record')
          }
          busy={busy}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
