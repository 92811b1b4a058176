import { useTranslation } from 'react-i18next';
import type { PaternityClaim } from '../../shared/domain/case.js';
import { displayLocale, formatWrittenDate } from '../components/format-dates.js';

/** The paternity claim, read-only: "No claim", or its status and each recorded detail. */
export function PaternityClaimView({ claim }: { claim: PaternityClaim }) {
  const { t, i18n } = useTranslation();
  if (!claim.claimed) return <>{t('caseFile.overview.noPaternityClaim')}</>;
  return (
    <ul className="plain-list">
      <li>{t('caseFile.overview.paternityStatus', { status: t(`labels.paternityStatus.${claim.status}`) })}</li>
      <li>{t('caseFile.overview.dnaLaw', { answer: t(`labels.dnaPermitted.${claim.dnaPermittedByNationalLaw}`) })}</li>
      <li>{claim.dnaSampleTaken ? t('caseFile.overview.dnaTaken') : t('caseFile.overview.dnaNotTaken')}</li>
      {claim.memberStateNotifiedOn && (
        <li>
          {t('caseFile.overview.memberStateNotified', {
            date: formatWrittenDate(displayLocale(i18n.language), claim.memberStateNotifiedOn),
          })}
        </li>
      )}
      {claim.nationalFocalPoint && <li>{t('caseFile.overview.focalPoint', { name: claim.nationalFocalPoint })}</li>}
      {claim.wishesOfMotherOrGuardian && (
        <li className="prewrap">{t('caseFile.overview.wishes', { wishes: claim.wishesOfMotherOrGuardian })}</li>
      )}
    </ul>
  );
}
