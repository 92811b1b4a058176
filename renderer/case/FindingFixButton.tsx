import { useTranslation } from 'react-i18next';
import type { Finding } from '../../shared/principles/finding.js';
import { useCaseNavigation } from './case-navigation.js';
import { findingFix, type TargetNames } from './finding-target.js';

/**
 * The button that opens the form clearing a finding: an offer of assistance (R8, R15), an
 * investigative action for the person (R14, R15), or the tab where the record it is about is put right.
 */
export function FindingFixButton({ finding, names }: { finding: Finding; names: TargetNames }) {
  const { t } = useTranslation();
  const navigation = useCaseNavigation();
  const fix = findingFix(finding);
  if (!fix || !navigation) return null;
  const code = fix.kind === 'openTab' ? '' : (names.people.get(fix.personId) ?? '');
  const open = () => {
    if (fix.kind === 'offerAssistance') navigation.offerAssistance(fix.personId);
    else if (fix.kind === 'recordAction')
      navigation.recordInvestigativeAction({ kind: fix.action, personId: fix.personId });
    else navigation.openTab(fix.tab);
  };
  const label =
    fix.kind === 'offerAssistance'
      ? t('assistance.fromChecklist', { code })
      : fix.kind === 'recordAction'
        ? t(`investigation.fromChecklist.${fix.action}`, { code })
        : t('investigation.openTab', { tab: t(`caseFile.view.tabs.${fix.tab}`) });
  return (
    <p className="finding-action">
      <button type="button" className="button button-secondary button-small" onClick={open}>
        {label}
      </button>
    </p>
  );
}
