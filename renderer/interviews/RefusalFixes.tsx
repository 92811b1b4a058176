import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/index.js';
import { useCaseNavigation } from '../case/case-navigation.js';
import { fixKey, refusalFixes, type RefusalFix } from './refusal-fixes.js';

/**
 * Under a refused step, a link to each form that fixes it: "Record the guardian's consent for
 * V-01" opens V-01's consents with the form ready; "Edit the arrangements" opens them here.
 */
export function RefusalFixes({
  error,
  personId,
  personCode,
  onEditArrangements,
}: {
  error: ApiError;
  personId: string;
  personCode: string;
  onEditArrangements: () => void;
}) {
  const { t } = useTranslation();
  const navigation = useCaseNavigation();
  const fixes = refusalFixes(error).filter((fix) => fix.kind === 'arrangements' || navigation !== null);
  if (fixes.length === 0) return null;
  const label = (fix: RefusalFix): string =>
    fix.kind === 'arrangements'
      ? t('interviews.fixes.arrangements')
      : t(`interviews.fixes.${fix.purpose}.${fix.party}`, { code: personCode });
  return (
    <ul className="refusal-fixes" aria-label={t('interviews.fixes.label')}>
      {fixes.map((fix) => (
        <li key={fixKey(fix)}>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() =>
              fix.kind === 'arrangements'
                ? onEditArrangements()
                : navigation?.recordConsent({ personId, purpose: fix.purpose, by: fix.by })
            }
          >
            {label(fix)}
          </button>
        </li>
      ))}
    </ul>
  );
}
