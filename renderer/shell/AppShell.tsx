// Style sheets before any screen: the bundle keeps first-import order, and the case-file and
// screen sheets refine the shared rules, so the shared ones must come first.
import '../styles/base.css';
import '../styles/forms.css';
import '../styles/shell.css';
import '../styles/components.css';
import '../styles/case-file.css';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartMark, FolderMark, GearMark, PadlockMark, ShieldMark } from '../app/icons.js';
import { CaseView } from '../case/CaseView.js';
import { CasesPage } from '../cases/CasesPage.js';
import { SearchMark } from '../components/marks.js';
import { MissionTimeZoneProvider } from '../components/mission-time.js';
import { HourglassMark } from '../deadlines/deadline-marks.js';
import { LetterMark } from '../letters/letter-mark.js';
import { TemplatesPage } from '../letters/TemplatesPage.js';
import { DeadlinesPage } from '../deadlines/DeadlinesPage.js';
import { QuickCapture } from '../quick-capture/QuickCapture.js';
import { SearchPage } from '../search/SearchPage.js';
import type { UnlockNotice } from '../../shared/contract/vault.js';
import { UnlockNotices } from '../vault/UnlockNotices.js';
import { BackupReminder } from '../vault/BackupReminder.js';
import { SettingsPage } from '../settings/SettingsPage.js';
import { StatisticsPage } from '../statistics/StatisticsPage.js';
import { IdentityPage } from '../identity/IdentityPage.js';

/**
 * Sections of the open vault, in the navigation's order; evidence and the timeline are tabs of a case, not sections.
 */
const SECTIONS = {
  cases: { labelKey: 'shell.cases', Icon: FolderMark },
  deadlines: { labelKey: 'deadlines.nav', Icon: HourglassMark },
  statistics: { labelKey: 'statistics.nav', Icon: ChartMark },
  search: { labelKey: 'caseFile.search.nav', Icon: SearchMark },
  templates: { labelKey: 'letters.nav', Icon: LetterMark },
  identity: { labelKey: 'identity.nav', Icon: ShieldMark },
  settings: { labelKey: 'shell.settings', Icon: GearMark },
} as const satisfies Record<string, { labelKey: string; Icon: ComponentType<{ className?: string }> }>;

type Section = keyof typeof SECTIONS;
const SECTION_ORDER: Section[] = ['cases', 'deadlines', 'statistics', 'search', 'templates', 'identity', 'settings'];

/** Where the user is: a section, and inside Cases possibly one open case. */
interface Place {
  section: Section;
  openCase: { id: string; createdReference?: string } | null;
  /** Bumped by each navigation, so choosing a section again shows it afresh (new data, no leftovers). */
  visit: number;
}

/** The open vault: navigation and the lock button on the left, the current section on the right. */
export function AppShell({ onLock, notices = [] }: { onLock: () => void; notices?: readonly UnlockNotice[] }) {
  const { t } = useTranslation();
  const [place, setPlace] = useState<Place>({ section: 'cases', openCase: null, visit: 0 });
  const go = (section: Section, openCase: Place['openCase'] = null) =>
    setPlace((current) => ({ section, openCase, visit: current.visit + 1 }));
  const openCase = (id: string, createdReference?: string) => go('cases', { id, createdReference });

  return (
    <div className="shell">
      {/* First stop of the keyboard: past the navigation, straight to the page. Focused by hand, so no URL changes. */}
      <a
        className="skip-link"
        href="#content"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('content')?.focus();
        }}
      >
        {t('shell.skipToContent')}
      </a>
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
                    aria-current={place.section === key ? 'page' : undefined}
                    // Choosing Cases again leaves the open case for the list, as a back button would.
                    onClick={() => go(key)}
                  >
                    <Icon className="nav-icon" />
                    <span>{t(labelKey)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </nav>
        <QuickCapture openCaseId={place.openCase?.id ?? null} />
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
      <main className="content" id="content" tabIndex={-1}>
        <MissionTimeZoneProvider reloadOn={place.visit}>
          <UnlockNotices notices={notices} />
          <BackupReminder />
          {place.section === 'cases' && place.openCase && (
            <CaseView
              key={place.visit}
              caseId={place.openCase.id}
              openedNotice={place.openCase.createdReference}
              onBack={() => go('cases')}
            />
          )}
          {place.section === 'cases' && !place.openCase && (
            <CasesPage key={place.visit} onOpenCase={(id, created) => openCase(id, created?.reference)} />
          )}
          {place.section === 'deadlines' && <DeadlinesPage key={place.visit} onOpenCase={(id) => openCase(id)} />}
          {place.section === 'statistics' && <StatisticsPage key={place.visit} />}
          {place.section === 'search' && <SearchPage key={place.visit} onOpenCase={(id) => openCase(id)} />}
          {place.section === 'templates' && <TemplatesPage key={place.visit} />}
          {place.section === 'identity' && <IdentityPage key={place.visit} />}
          {place.section === 'settings' && <SettingsPage key={place.visit} />}
        </MissionTimeZoneProvider>
      </main>
    </div>
  );
}
