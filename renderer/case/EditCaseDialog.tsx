import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseIntake, type CaseRecord } from '../../shared/contract/cases.js';
import { useApi } from '../api/context.js';
import { IntakeForm } from '../cases/intake/IntakeForm.js';
import { draftFromCase, intakeChanges, intakeFromDraft } from '../cases/intake/intake-draft.js';
import { Dialog } from '../components/Dialog.js';
import { useLoaded } from '../components/use-loaded.js';

/** Edit the intake fields of a case; only the fields that changed are sent (and audited). */
export function EditCaseDialog({
  record,
  onClose,
  onSaved,
}: {
  record: CaseRecord;
  onClose: () => void;
  onSaved: (record: CaseRecord) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const initial = useMemo(() => draftFromCase(record), [record]);
  // What the form would send unchanged: the baseline the edit is compared with.
  const before = useMemo(() => CaseIntake.safeParse(intakeFromDraft(initial)), [initial]);
  // With a child recorded, the claim follows the children: the form shows that and does not offer it.
  const loadChildren = useCallback(() => api.paternity.list({ caseId: record.id }), [api, record.id]);
  const { state: children } = useLoaded(loadChildren);

  return (
    <Dialog
      title={t('caseFile.overview.editHeading', { reference: record.reference })}
      intro={t('caseFile.overview.editIntro')}
      onClose={onClose}
      size="wide"
    >
      <IntakeForm
        initial={initial}
        acknowledgedAt={record.reportingObligationAcknowledgedAt}
        paternityChildren={children.status === 'ready' ? children.value.items.length : 0}
        submitLabel={t('caseFile.common.save')}
        busyLabel={t('caseFile.common.saving')}
        onCancel={onClose}
        onSubmit={async (intake) => {
          const changes = before.success ? intakeChanges(before.data, intake) : intake;
          if (Object.keys(changes).length === 0) {
            onClose();
            return null;
          }
          const result = await api.cases.update({ caseId: record.id, changes });
          if (!result.ok) return result.error;
          onSaved(result.value);
          return null;
        }}
      />
    </Dialog>
  );
}
