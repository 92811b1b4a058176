import { useTranslation } from 'react-i18next';
import type { EvidenceIntegrity } from '../../shared/domain/evidence.js';

/** An item's integrity at a glance; a failed check is a red flag with its word, never colour alone. */
export function IntegrityBadge({ integrity }: { integrity: EvidenceIntegrity }) {
  const { t } = useTranslation();
  if (integrity === 'no_content') return null;
  return (
    <span className={`badge badge-integrity badge-integrity-${integrity}`}>
      {integrity === 'failed' && (
        <span className="flag-mark" aria-hidden="true">
          {'✗ '}
        </span>
      )}
      {integrity === 'verified' && <span aria-hidden="true">{'✓ '}</span>}
      {t(`labels.verificationState.${integrity}`)}
    </span>
  );
}
