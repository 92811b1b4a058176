import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { listText } from '../../shared/i18n/list-text.js';
import type { CaseStatus } from '../../shared/domain/case.js';
import { isClosedStatus } from '../../shared/domain/case.js';
import { useApi } from '../api/context.js';
import { useLoaded } from '../components/use-loaded.js';

/**
 * R13 on the Overview of a closed case: the victims who have no delivered closure letter yet.
 * A closure letter can only be made once the case is closed, so the warning comes after closing.
 */
export function ClosureLettersWarning({
  caseId,
  status,
  onOpenLetters,
}: {
  caseId: string;
  status: CaseStatus;
  onOpenLetters?: () => void;
}) {
  const closed = isClosedStatus(status);
  if (!closed) return null;
  // Keyed by status so a change of outcome asks again.
  return <ClosedCaseWarning key={status} caseId={caseId} onOpenLetters={onOpenLetters} />;
}

function ClosedCaseWarning({ caseId, onOpenLetters }: { caseId: string; onOpenLetters: (() => void) | undefined }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const load = useCallback(() => api.letters.closureStatus({ caseId }), [api, caseId]);
  const { state } = useLoaded(load);
  // The Letters tab shows why the status could not be read; here silence beats a second error.
  if (state.status !== 'ready') return null;
  const missing = state.value.victims.filter((victim) => !victim.delivered);
  if (missing.length === 0) return null;
  return (
    <div className="alert alert-warning" role="note">
      <p>
        {t('letters.closure.overviewMissing', {
          codes: listText(
            i18n.language,
            missing.map((victim) => victim.code),
            { type: 'unit' },
          ),
        })}
      </p>
      {onOpenLetters ? (
        <button type="button" className="button button-link" onClick={onOpenLetters}>
          {t('letters.closure.openLetters')}
        </button>
      ) : (
        <p>{t('letters.closure.seeLettersTab')}</p>
      )}
    </div>
  );
}
