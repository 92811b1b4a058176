import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { CasesPage } from '../cases/CasesPage.js';
import { FolderMark, GearMark, PadlockMark, ShieldMark } from '../app/icons.js';
import { SettingsPage } from '../settings/SettingsPage.js';

/** Sections of the open vault; Deadlines and Evidence join this list when they exist. */
const SECTIONS = {
  cases: { labelKey: 'shell.cases', Icon: FolderMark, Page: CasesPage },
  settings: { labelKey: 'shell.settings', Icon: GearMark, Page: SettingsPage },
} as const satisfies Record<string, { labelKey: string; Icon: ComponentType<{ className?: string }>; Page: ComponentType }>;

type Section = keyof typeof SECTIONS;
const SECTION_ORDER: Section[] = ['cases', 'settings'];

/** The open vault: navigation and the lock button on the left, the current section on the right. */
export function AppShell({ onLock }: { onLock: () => void }) {
  const { t } = useTranslation();
  const [section, setSection] = useState<Section>('cases');
  const { Page } = SECTIONS[section];

  return (
    <div className="shell">
      <aside className="sidebar">
        <div className="sidebar-brand">
          <ShieldMark className="sidebar-brand-mark" />
          <span>{t('app.name')}</span>
        </div>
        <nav className="sidebar-nav" aria-label={t('shell.navigation')}>
          <ul>
            {SECTION_ORDER.map((key) => {
              const { labelKey, Icon } = SECTIONS[key];
              return (
                <li key={key}>
                  <button
                    type="button"
                    className="nav-item"
                    aria-current={section === key ? 'page' : undefined}
                    onClick={() => setSection(key)}
                  >
                    <Icon className="nav-icon" />
                    <span>{t(labelKey)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="sidebar-footer">
          <p className="vault-state">
            <span className="vault-state-dot" aria-hidden="true" />
            {t('shell.vaultUnlocked')}
          </p>
          <button
            type="button"
            className="button button-lock"
            onClick={onLock}
            title={t('shell.lockTitle')}
            aria-keyshortcuts="Control+L Meta+L"
          >
            <PadlockMark className="button-icon" />
            <span>{t('shell.lock')}</span>
          </button>
        </div>
      </aside>
      <main className="content" id="content">
        <Page key={section} />
      </main>
    </div>
  );
}
