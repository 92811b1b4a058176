import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/index.js';
import { ErrorAlert } from './ErrorAlert.js';

/** Before a copy leaves the vault: the plain warning that it will not be encrypted, then the choice of where. */
export function ExportWarning({
  warning,
  audited,
  error,
  chooseLabel,
  busy,
  onChoose,
  onCancel,
  children,
}: {
  warning: ReactNode;
  audited: ReactNode;
  error: ApiError | null;
  chooseLabel: ReactNode;
  busy: boolean;
  onChoose: () => void;
  onCancel: () => void;
  /** Options shown above the warning (a format, say). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      {children}
      <p className="alert alert-warning">{warning}</p>
      <p className="muted">{audited}</p>
      <ErrorAlert error={error} />
      <div className="actions">
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={onChoose}
          disabled={busy}
          aria-busy={busy || undefined}
        >
          {chooseLabel}
        </button>
      </div>
    </>
  );
}

/** After the copy is written: where it went, and a reminder that it is now outside the vault's protection. */
export function ExportSaved({
  done,
  path,
  reminder,
  closeLabel,
  onClose,
}: {
  done: ReactNode;
  path: string;
  reminder: ReactNode;
  closeLabel: ReactNode;
  onClose: () => void;
}) {
  return (
    <>
      <p className="alert alert-success" role="status">
        {done}
      </p>
      <p className="export-path mono">{path}</p>
      <p className="muted">{reminder}</p>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={onClose}>
          {closeLabel}
        </button>
      </div>
    </>
  );
}
