import { useTranslation } from 'react-i18next';
import type { BundleSigner } from '../../shared/contract/bundles.js';

/** Who signed the bundle, as this vault knows them: a contact (verified or not), a stranger's key, or no one. */
export function SignerFacts({ signer }: { signer: BundleSigner }) {
  const { t } = useTranslation();
  const verdict =
    signer.status === 'contact'
      ? signer.verified
        ? t('bundles.signer.verified')
        : t('bundles.signer.unverified')
      : signer.status === 'unknown'
        ? t('bundles.signer.unknown')
        : t('bundles.signer.unsigned');
  const trusted = signer.status === 'contact' && signer.verified;
  return (
    <dl className="bundle-facts">
      <dt>{t('bundles.signer.heading')}</dt>
      <dd>
        {signer.status === 'contact' ? signer.name : t('bundles.signer.noName')}{' '}
        <span className={trusted ? 'badge badge-verified' : 'badge badge-unverified'}>{verdict}</span>
      </dd>
      {signer.status !== 'unsigned' && signer.fingerprint !== null && (
        <>
          <dt>{t('bundles.signer.fingerprint')}</dt>
          <dd>
            <code>{signer.fingerprint}</code>
          </dd>
        </>
      )}
      {!trusted && (
        <>
          <dt>{t('bundles.signer.decision')}</dt>
          <dd>{signer.status === 'unsigned' ? t('bundles.signer.unsignedHow') : t('bundles.signer.checkHow')}</dd>
        </>
      )}
    </dl>
  );
}
