import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthFrame } from '../app/AuthFrame.js';
import { recoveryKeyGroups } from './recovery-key-groups.js';

/** Shown once, right after creation: the only moment the recovery key exists outside the vault. */
export function RecoveryKeyScreen({ recoveryKey, onConfirmed }: { recoveryKey: string; onConfirmed: () => void }) {
  const { t } = useTranslation();
  const [stored, setStored] = useState(false);
  const keyLabelId = useId();
  const confirmId = useId();
  const groups = recoveryKeyGroups(recoveryKey);

  return (
    <AuthFrame wide>
      <h1>{t('recovery.heading')}</h1>
      <p className="lead">{t('recovery.intro')}</p>
      <p className="recovery-key-label" id={keyLabelId}>
        {t('recovery.keyLabel')}
      </p>
      {/* No copy button, no selection help: the key belongs on paper, not on a clipboard. */}
      <div className="recovery-key" role="group" aria-labelledby={keyLabelId} translate="no">
        {groups.map((group, index) => (
          // The space between groups is not drawn (flex gap is) but keeps them apart as text.
          <Fragment key={index}>
            {index > 0 && ' '}
            <span className="recovery-key-group">{group}</span>
          </Fragment>
        ))}
      </div>
      <section className="guidance" aria-labelledby={`${keyLabelId}-guidance`}>
        <h2 id={`${keyLabelId}-guidance`}>{t('recovery.guidanceHeading')}</h2>
        <ul>
          <li>{t('recovery.guidancePaper')}</li>
          <li>{t('recovery.guidanceApart')}</li>
          <li>{t('recovery.guidanceNoCopy')}</li>
        </ul>
      </section>
      <div className="check">
        <input id={confirmId} type="checkbox" checked={stored} onChange={(event) => setStored(event.target.checked)} />
        <label htmlFor={confirmId}>{t('recovery.confirm')}</label>
      </div>
      <div className="actions">
        <button type="button" className="button button-primary" disabled={!stored} onClick={onConfirmed}>
          {t('recovery.continue')}
        </button>
      </div>
    </AuthFrame>
  );
}
