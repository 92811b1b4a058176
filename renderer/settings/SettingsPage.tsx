import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/index.js';
import {
  AUTO_LOCK_MINUTES,
  BACKUP_REMINDER_DAYS,
  LANGUAGES,
  type Language,
  type Settings,
} from '../../shared/domain/settings.js';
import { useApi } from '../api/context.js';
import { errorText } from '../api/errors.js';
import { isLanguage } from '../i18n/index.js';
import { ClockSettingsPanel } from './clocks/ClockSettingsPanel.js';

type Feedback = { kind: 'saved' } | { kind: 'failed'; error: ApiError } | null;

/** A whole number typed in a field, within the setting's range; null for anything else. */
function parseWhole(text: string, range: { min: number; max: number }): number | null {
  if (!/^\d{1,3}$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= range.min && value <= range.max ? value : null;
}

/** Preferences of this vault; each change is saved as soon as it is made (auto-lock: on leaving the field). */
export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [minutesText, setMinutesText] = useState('');
  const [daysText, setDaysText] = useState('');
  const [feedback, setFeedback] = useState<Feedback>(null);
  const ids = {
    heading: useId(),
    security: useId(),
    display: useId(),
    minutes: useId(),
    minutesHint: useId(),
    minutesError: useId(),
    days: useId(),
    daysHint: useId(),
    daysError: useId(),
    protection: useId(),
    protectionHint: useId(),
    language: useId(),
  };

  useEffect(() => {
    let mounted = true;
    void api.settings.get({}).then((result) => {
      if (!mounted) return;
      if (result.ok) {
        setSettings(result.value);
        setMinutesText(String(result.value.autoLockMinutes));
        setDaysText(String(result.value.backupReminderDays));
      } else {
        setLoadError(result.error);
      }
    });
    return () => {
      mounted = false;
    };
  }, [api]);

  async function save(change: Partial<Settings>): Promise<boolean> {
    const before = settings;
    // Show the choice at once (controlled inputs would otherwise snap back until the reply).
    setSettings((current) => (current ? { ...current, ...change } : current));
    const result = await api.settings.update(change);
    if (!result.ok) {
      setSettings(before);
      setFeedback({ kind: 'failed', error: result.error });
      return false;
    }
    setSettings(result.value);
    setFeedback({ kind: 'saved' });
    return true;
  }

  const minutes = parseWhole(minutesText, AUTO_LOCK_MINUTES);
  const minutesInvalid = minutes === null;

  function commitMinutes(event?: FormEvent) {
    event?.preventDefault();
    if (minutes === null || !settings || minutes === settings.autoLockMinutes) return;
    void save({ autoLockMinutes: minutes });
  }

  const days = parseWhole(daysText, BACKUP_REMINDER_DAYS);
  const daysInvalid = days === null;

  function commitDays(event?: FormEvent) {
    event?.preventDefault();
    if (days === null || !settings || days === settings.backupReminderDays) return;
    void save({ backupReminderDays: days });
  }

  async function changeLanguage(language: Language) {
    const previous = i18n.language;
    // Switch first so the change is felt at once; undo it if the vault refuses to store it.
    await i18n.changeLanguage(language);
    if (!(await save({ language })) && isLanguage(previous)) await i18n.changeLanguage(previous);
  }

  const range = { min: AUTO_LOCK_MINUTES.min, max: AUTO_LOCK_MINUTES.max };
  const daysRange = { min: BACKUP_REMINDER_DAYS.min, max: BACKUP_REMINDER_DAYS.max };

  return (
    <section className="page" aria-labelledby={ids.heading}>
      <header className="page-header">
        <div>
          <h1 id={ids.heading}>{t('settings.heading')}</h1>
          <p className="page-intro">{t('settings.intro')}</p>
        </div>
      </header>

      {loadError && (
        <p className="alert alert-error" role="alert">
          {errorText(t, loadError)}
        </p>
      )}
      <div className="feedback-slot">
        {feedback?.kind === 'saved' && (
          <p className="alert alert-success" role="status">
            {t('settings.saved')}
          </p>
        )}
        {feedback?.kind === 'failed' && (
          <p className="alert alert-error" role="alert">
            {errorText(t, feedback.error)}
          </p>
        )}
      </div>

      {settings && (
        <>
          <section className="panel" aria-labelledby={ids.security}>
            <h2 id={ids.security}>{t('settings.securityHeading')}</h2>
            <form className="field" onSubmit={commitMinutes} noValidate>
              <label className="field-label" htmlFor={ids.minutes}>
                {t('settings.autoLockLabel')}
              </label>
              <input
                id={ids.minutes}
                className="input input-narrow"
                type="number"
                inputMode="numeric"
                min={AUTO_LOCK_MINUTES.min}
                max={AUTO_LOCK_MINUTES.max}
                step={1}
                value={minutesText}
                onChange={(event) => setMinutesText(event.target.value)}
                onBlur={() => commitMinutes()}
                aria-invalid={minutesInvalid || undefined}
                aria-describedby={minutesInvalid ? `${ids.minutesHint} ${ids.minutesError}` : ids.minutesHint}
              />
              <p className="field-hint" id={ids.minutesHint}>
                {t('settings.autoLockHint', range)}
              </p>
              {minutesInvalid && (
                <p className="field-error" id={ids.minutesError} role="alert">
                  {t('settings.autoLockInvalid', range)}
                </p>
              )}
            </form>
            <form className="field" onSubmit={commitDays} noValidate>
              <label className="field-label" htmlFor={ids.days}>
                {t('settings.backupReminderLabel')}
              </label>
              <input
                id={ids.days}
                className="input input-narrow"
                type="number"
                inputMode="numeric"
                min={BACKUP_REMINDER_DAYS.min}
                max={BACKUP_REMINDER_DAYS.max}
                step={1}
                value={daysText}
                onChange={(event) => setDaysText(event.target.value)}
                onBlur={() => commitDays()}
                aria-invalid={daysInvalid || undefined}
                aria-describedby={daysInvalid ? `${ids.daysHint} ${ids.daysError}` : ids.daysHint}
              />
              <p className="field-hint" id={ids.daysHint}>
                {t('settings.backupReminderHint', daysRange)}
              </p>
              {daysInvalid && (
                <p className="field-error" id={ids.daysError} role="alert">
                  {t('settings.backupReminderInvalid', daysRange)}
                </p>
              )}
            </form>
            <div className="field">
              <div className="check">
                <input
                  id={ids.protection}
                  type="checkbox"
                  checked={settings.contentProtection}
                  onChange={(event) => void save({ contentProtection: event.target.checked })}
                  aria-describedby={ids.protectionHint}
                />
                <label htmlFor={ids.protection}>{t('settings.contentProtectionLabel')}</label>
              </div>
              <p className="field-hint field-hint-indented" id={ids.protectionHint}>
                {t('settings.contentProtectionHint')}
              </p>
            </div>
          </section>

          <section className="panel" aria-labelledby={ids.display}>
            <h2 id={ids.display}>{t('settings.displayHeading')}</h2>
            <div className="field">
              <label className="field-label" htmlFor={ids.language}>
                {t('settings.languageLabel')}
              </label>
              <select
                id={ids.language}
                className="input select input-medium"
                value={settings.language}
                onChange={(event) => {
                  if (isLanguage(event.target.value)) void changeLanguage(event.target.value);
                }}
              >
                {LANGUAGES.map((language) => (
                  // Each language is named in itself, so anyone can find their own.
                  <option key={language} value={language} lang={language}>
                    {t(`languages.${language}`)}
                  </option>
                ))}
              </select>
            </div>
          </section>

          <ClockSettingsPanel />
        </>
      )}
    </section>
  );
}
