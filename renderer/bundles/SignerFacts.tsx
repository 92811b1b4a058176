import { useTranslation } from 'react-i18next';
import type { BundleSigner } from '../../shared/contract/bundles.js';

/** Who signed the bundle, as this vault knows them: a contact (verified or not), this vault, or a stranger's key. */
export function SignerFacts({ signer }: { signer: BundleSigner }) {
  const { t } = useTranslation();
  const verdict =
    signer.status === 'contact'
      ? signer.verified
        ? t('bundles.signer.verified')
        : t('bundles.signer.unverified')
      : t('bundles.signer.unknown');
  const trusted = signer.status === 'contact' && signer.verified;
  const name =
    signer.status !== 'contact'
      ? t('bundles.signer.noName')
      : signer.self
        ? t('bundles.signer.thisVault')
        : signer.name;
  return (
    <dl className="bundle-facts">
      <dt>{t('bundles.signer.heading')}</dt>
      <dd>
        {name} <span className={trusted ? 'badge badge-verified' : 'badge badge-unverified'}>{verdict}</span>
      </dd>
      {signer.fingerprint !== null && (
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
          <dd>{t('bundles.signer.checkHow')}</dd>
        </>
      )}
    </dl>
  );
}
