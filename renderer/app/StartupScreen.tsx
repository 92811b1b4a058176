import { useTranslation } from 'react-i18next';
import { AuthFrame } from './AuthFrame.js';

/** Shown while the app asks the core what state the vault is in, or when it cannot. */
export function StartupScreen({ failure, onRetry }: { failure?: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (failure === undefined) {
    return (
      <AuthFrame>
        <p className="muted" role="status">
          {t('app.starting')}
        </p>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame>
      <h1>{t('app.unavailableHeading')}</h1>
      <p className="alert alert-error" role="alert">
        {failure}
      </p>
      {onRetry && (
        <div className="actions">
          <button type="button" className="button button-primary" onClick={onRetry}>
            {t('app.retry')}
          </button>
        </div>
      )}
    </AuthFrame>
  );
}
