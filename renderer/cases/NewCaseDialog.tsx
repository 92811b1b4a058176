import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../shared/contract/cases.js';
import { useApi } from '../api/context.js';
import { Dialog } from '../components/Dialog.js';
import { todayOnThisComputer } from '../components/format-dates.js';
import { IntakeForm } from './intake/IntakeForm.js';
import { emptyIntakeDraft } from './intake/intake-draft.js';

/** Intake of a new allegation; the core gives it its reference and opening status. */
export function NewCaseDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (created: CaseRecord) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const initial = useMemo(() => emptyIntakeDraft(todayOnThisComputer()), []);

  return (
    <Dialog title={t('cases.create.heading')} intro={t('cases.create.intro')} onClose={onClose} size="wide">
      <IntakeForm
        initial={initial}
        submitLabel={t('cases.create.submit')}
        busyLabel={t('cases.create.submitting')}
        onCancel={onClose}
        onSubmit={async (intake) => {
          const result = await api.cases.create(intake);
          if (!result.ok) return result.error;
          onCreated(result.value);
          return null;
        }}
      />
    </Dialog>
  );
}
