import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportedLetterhead } from '../../shared/contract/letterhead.js';
import { useApi } from '../api/context.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useInstantText } from '../components/mission-time.js';
import { useLoaded } from '../components/use-loaded.js';
import { useSubmit } from '../components/use-submit.js';

/**
 * The vault's letterhead, on the Templates page: the one imported from Word (its lines and logo
 * as letters will show them) or the shipped one; import another, or go back to the shipped one.
 * The Word file is chosen in the native dialog the core opens: the page never names a path.
 */
export function LetterheadPanel() {
  const { t } = useTranslation();
  const instantText = useInstantText();
  const api = useApi();
  const headingId = useId();
  const load = useCallback(() => api.letterhead.get({}), [api]);
  const { state, reload } = useLoaded(load);
  const { busy, error, send } = useSubmit();
  const [notice, setNotice] = useState<string | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);

  async function importFromWord() {
    setNotice(null);
    await send(
      () => api.letterhead.import({}),
      (value) => {
        if (!value.imported) return; // the officer closed the file dialog
        setNotice(t('letters.letterhead.imported'));
        void reload();
      },
    );
  }

  async function reset() {
    setNotice(null);
    await send(
      () => api.letterhead.reset({}),
      () => {
        setNotice(t('letters.letterhead.wasReset'));
        void reload();
      },
    );
    setConfirmReset(false);
  }

  const current: ImportedLetterhead | null = state.status === 'ready' ? state.value.current : null;
  return (
    // An article: once a reset removes the button that opened its confirmation, focus returns to this
    // panel's heading (Dialog's fallback region), not to the top of the page.
    <article className="panel letterhead-panel" aria-labelledby={headingId}>
      <header className="panel-header">
        <h2 id={headingId}>{t('letters.letterhead.heading')}</h2>
        <div className="panel-actions">
          {current && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setConfirmReset(true)}
              disabled={busy}
            >
              {t('letters.letterhead.reset')}
            </button>
          )}
          <button
            type="button"
            className="button button-primary"
            onClick={() => void importFromWord()}
            disabled={busy || state.status !== 'ready'}
            aria-busy={busy || undefined}
          >
            {busy ? t('letters.letterhead.importing') : t('letters.letterhead.import')}
          </button>
        </div>
      </header>
      <p className="muted">{t('letters.letterhead.intro')}</p>
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      <ErrorAlert error={error} />
      <p role="status" className="letterhead-notice">
        {notice}
      </p>
      {state.status === 'ready' && !current && <p>{t('letters.letterhead.shipped')}</p>}
      {current && (
        <div className="letterhead-current">
          <p className="muted">
            {t('letters.letterhead.importedFrom', {
              name: current.sourceName,
              at: instantText(current.importedAt),
              by: current.importedBy,
            })}
          </p>
          <div className="letterhead-sample">
            {current.logo ? (
              <img
                className="letterhead-logo"
                src={`data:${current.logo.mime};base64,${current.logo.base64}`}
                alt={t('letters.letterhead.logo')}
              />
            ) : (
              <p className="muted">{t('letters.letterhead.noLogo')}</p>
            )}
            <h3>{t('letters.letterhead.headerLines')}</h3>
            <ul className="letterhead-lines" aria-label={t('letters.letterhead.headerLines')}>
              {current.lines.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
            <h3>{t('letters.letterhead.footerLines')}</h3>
            {current.footerLines.length > 0 ? (
              <ul className="letterhead-lines letterhead-footer" aria-label={t('letters.letterhead.footerLines')}>
                {current.footerLines.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('letters.letterhead.noFooter')}</p>
            )}
          </div>
        </div>
      )}
      {confirmReset && (
        <ConfirmDialog
          title={t('letters.letterhead.resetTitle')}
          message={t('letters.letterhead.resetConfirm')}
          confirmLabel={t('letters.letterhead.resetDo')}
          busy={busy}
          onConfirm={() => void reset()}
          onCancel={() => setConfirmReset(false)}
        />
      )}
    </article>
  );
}
