import { useTranslation } from 'react-i18next';
import type { Finding } from '../../shared/principles/finding.js';
import { useCaseNavigation } from './case-navigation.js';
import { findingFix, type TargetNames } from './finding-target.js';

/** The button that opens the form clearing a finding (an offer of assistance for R8), where there is one. */
export function FindingFixButton({ finding, names }: { finding: Finding; names: TargetNames }) {
  const { t } = useTranslation();
  const navigation = useCaseNavigation();
  const fix = findingFix(finding);
  if (!fix || !navigation) return null;
  const code = names.people.get(fix.personId) ?? '';
  return (
    <p className="finding-action">
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => navigation.offerAssistance(fix.personId)}
      >
        {t('assistance.fromChecklist', { code })}
      </button>
    </p>
  );
}
