import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnlockNotice } from '../../shared/contract/vault.js';

/** What the unlock had to repair, told once at the top of the open vault until dismissed. */
export function UnlockNotices({ notices }: { notices: readonly UnlockNotice[] }) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || notices.length === 0) return null;
  return (
    <div className="alert alert-warning unlock-notice" role="status">
      {notices.map((notice) => (
        <p key={notice.kind}>
          {t('unlock.folderMadePrivate')}
          {notice.failed === 1 && ` ${t('unlock.folderItemNotPrivate')}`}
          {notice.failed > 1 && ` ${t('unlock.folderItemsNotPrivate', { count: notice.failed })}`}
        </p>
      ))}
      <button type="button" className="button button-link" onClick={() => setDismissed(true)}>
        {t('unlock.dismissNotice')}
      </button>
    </div>
  );
}
