import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceRecord } from '../../shared/contract/evidence.js';
import { useApi } from '../api/context.js';
import { Dialog } from '../components/Dialog.js';
import { DialogActions } from '../components/DialogActions.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import type { FieldErrors } from '../components/validation.js';
import { localTimeZone } from '../components/uncertain-date-draft.js';
import { localNow } from '../people/local-time.js';
import {
  changesFromFields,
  emptyEvidenceForm,
  fieldsFromForm,
  formFromRecord,
  type EvidenceForm,
} from './evidence-draft.js';
import { EvidenceFormFields } from './EvidenceFormFields.js';
import { useSubmit } from '../components/use-submit.js';

/**
 * Logging a new item (`record` absent) or changing one. The people and interviews it can be linked
 * to are those of its case, searched for and named by pseudonym code.
 */
export function EvidenceFormDialog({
  caseId,
  record,
  onClose,
  onSaved,
}: {
  caseId: string;
  record?: EvidenceRecord;
  onClose: () => void;
  onSaved: (record: EvidenceRecord) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [form, setForm] = useState<EvidenceForm>(() => {
    const zone = localTimeZone();
    return record ? formFromRecord(record, zone) : emptyEvidenceForm(localNow(zone), zone);
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, error, send } = useSubmit();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = fieldsFromForm(t, form);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    await send(
      () =>
        record
          ? api.evidence.update({ itemId: record.id, changes: changesFromFields(checked.fields) })
          : api.evidence.create({ ...checked.fields, caseId }),
      (value) => {
        onSaved(value);
      },
    );
  }

  const title = record ? t('evidence.form.editTitle', { number: record.number }) : t('evidence.form.createTitle');
  return (
    <Dialog
      title={title}
      intro={record ? undefined : t('evidence.form.createIntro')}
      onClose={onClose}
      busy={busy}
      size="wide"
    >
      <form className="form evidence-form" onSubmit={(event) => void submit(event)} noValidate aria-label={title}>
        <ErrorSummary />
        <EvidenceFormFields
          form={form}
          onChange={(patch) => setForm((current) => ({ ...current, ...patch }))}
          errors={errors}
          caseId={caseId}
          itemId={record?.id}
          originalNumber={record?.originalNumber}
          disabled={busy}
        />
        <ErrorAlert error={error} />
        <DialogActions
          submitLabel={record ? t('evidence.form.saveChanges') : t('evidence.form.create')}
          busy={busy}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
