import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDateOf } from '../../shared/clocks/local-time.js';
import type { CaseRecord } from '../../shared/contract/cases.js';
import { useApi } from '../api/context.js';
import { Dialog } from '../components/Dialog.js';
import { localTimeZone } from '../components/uncertain-date-draft.js';
import { IntakeForm } from './intake/IntakeForm.js';
import { emptyIntakeDraft } from './intake/intake-draft.js';

interface NewCaseDialogProps {
  /** The mission's time zone (clocks.get); null while it is not known, then this computer's is used. */
  missionTimeZone: string | null;
  onClose: () => void;
  onCreated: (created: CaseRecord) => void;
}

/** Intake of a new allegation; the core gives it its reference and opening status. */
export function NewCaseDialog({ missionTimeZone, onClose, onCreated }: NewCaseDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  // Received "today" on the mission's calendar, where the core compares milestones with it: at 01:00
  // in Nairobi a computer on UTC would still say yesterday. Incidents happen there too.
  const [initial] = useState(() => {
    const zone = missionTimeZone ?? localTimeZone();
    return emptyIntakeDraft(localDateOf(Date.now(), zone), zone);
  });

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
