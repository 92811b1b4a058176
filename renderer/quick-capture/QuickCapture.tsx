import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { EvidenceType } from '../../shared/domain/evidence.js';
import '../styles/evidence.css';
import { QuickCaptureDialog } from './QuickCaptureDialog.js';
import { useQuickCaptureShortcut } from './use-quick-capture-shortcut.js';

/**
 * Quick capture: a sidebar button and a shortcut that open a minimal evidence form over any
 * screen. Mounted with the open vault, so it exists only while unlocked.
 */
export function QuickCapture({ openCaseId }: { openCaseId: string | null }) {
  const { t } = useTranslation();
  // A new key per opening: each capture starts from a fresh form.
  const [opening, setOpening] = useState<number | null>(null);
  const [lastType, setLastType] = useState<EvidenceType>('physical');
  const open = () => setOpening((current) => current ?? Date.now());
  useQuickCaptureShortcut(open);

  return (
    <>
      <button
        type="button"
        className="nav-item quick-capture-button"
        onClick={open}
        aria-keyshortcuts="Control+Shift+E Meta+Shift+E"
        title={t('evidence.quickCapture.buttonTitle')}
      >
        <span className="quick-capture-plus" aria-hidden="true">
          {'+'}
        </span>
        <span>{t('evidence.quickCapture.button')}</span>
        <kbd className="quick-capture-keys" aria-hidden="true">
          {t('evidence.quickCapture.shortcut')}
        </kbd>
      </button>
      {opening !== null &&
        createPortal(
          <QuickCaptureDialog
            key={opening}
            openCaseId={openCaseId}
            initialType={lastType}
            onTypeUsed={setLastType}
            onClose={() => setOpening(null)}
          />,
          document.body,
        )}
    </>
  );
}
