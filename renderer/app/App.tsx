import i18next from 'i18next';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CasefileApi } from '../../shared/contract/index.js';
import type { UnlockNotice } from '../../shared/contract/vault.js';
import { withLockWatch } from '../api/bridge.js';
import { ApiContext } from '../api/context.js';
import { errorText } from '../api/errors.js';
import { isLanguage } from '../i18n/index.js';
import { saveUnsavedWork } from '../interviews/unsaved-work.js';
import { AppShell } from '../shell/AppShell.js';
import { CreateVaultScreen } from '../vault/CreateVaultScreen.js';
import { RecoveryKeyScreen } from '../vault/RecoveryKeyScreen.js';
import { UnlockScreen } from '../vault/UnlockScreen.js';
import { StartupScreen } from './StartupScreen.js';
import { useActivityReports, useLockEvents, useLockShortcut } from './session-guards.js';

/**
 * Where the app is. Case data lives only in the `unlocked` subtree (and the recovery key only in
 * `recovery`): switching to `locked` unmounts it, which is how a lock drops everything from memory.
 */
type Screen =
  | { kind: 'starting' }
  | { kind: 'unavailable'; message: string }
  | { kind: 'create' }
  | { kind: 'recovery'; recoveryKey: string }
  | { kind: 'locked'; lockedElsewhere: boolean }
  | { kind: 'unlocked'; notices: readonly UnlockNotice[] };

const isOpen = (screen: Screen): boolean => screen.kind === 'unlocked' || screen.kind === 'recovery';

/** Asks the core (after applying the saved language) which screen to show first, or why it cannot. */
async function firstScreen(api: CasefileApi): Promise<Screen> {
  const settings = await api.settings.get({});
  if (settings.ok && isLanguage(settings.value.language)) await i18next.changeLanguage(settings.value.language);
  const status = await api.vault.status({});
  if (!status.ok) return { kind: 'unavailable', message: errorText(i18next.t, status.error) };
  const next: Record<typeof status.value.state, Screen> = {
    absent: { kind: 'create' },
    locked: { kind: 'locked', lockedElsewhere: false },
    unlocked: { kind: 'unlocked', notices: [] },
  };
  return next[status.value.state];
}

export function App({ bridge }: { bridge: CasefileApi | undefined }) {
  const [screen, setScreen] = useState<Screen>({ kind: 'starting' });

  // The core locked by itself (idle, suspend, screen lock): same effect as pressing Lock.
  const dropToLocked = useCallback(() => {
    setScreen((current) => (isOpen(current) ? { kind: 'locked', lockedElsewhere: true } : current));
  }, []);
  const api = useMemo(() => (bridge ? withLockWatch(bridge, dropToLocked) : undefined), [bridge, dropToLocked]);

  useEffect(() => {
    if (!api) return undefined;
    let current = true;
    void firstScreen(api).then((next) => {
      if (current) setScreen(next);
    });
    return () => {
      current = false;
    };
  }, [api]);

  const lockNow = useCallback(() => {
    if (!api) return;
    // Drop the data first, then ask the core: the screen never shows case data after Lock is pressed.
    setScreen({ kind: 'locked', lockedElsewhere: false });
    // Open editors send what was typed first (bounded wait): a lock must not cost the last keystrokes.
    void saveUnsavedWork().finally(() => api.vault.lock({}));
  }, [api]);

  const open = isOpen(screen);
  useLockEvents(api, open, dropToLocked);
  useActivityReports(api, open);
  useLockShortcut(open, lockNow);

  if (!api) return <StartupScreen failure={i18next.t('app.bridgeMissing')} />;
  if (screen.kind === 'unavailable' || screen.kind === 'starting') {
    const retry = () => {
      setScreen({ kind: 'starting' });
      void firstScreen(api).then(setScreen);
    };
    return <StartupScreen failure={screen.kind === 'unavailable' ? screen.message : undefined} onRetry={retry} />;
  }

  return (
    <ApiContext.Provider value={api}>
      {screen.kind === 'create' && (
        <CreateVaultScreen
          onCreated={(recoveryKey) => setScreen({ kind: 'recovery', recoveryKey })}
          onRestored={() => setScreen({ kind: 'locked', lockedElsewhere: false })}
        />
      )}
      {screen.kind === 'recovery' && (
        <RecoveryKeyScreen
          recoveryKey={screen.recoveryKey}
          onConfirmed={() => setScreen({ kind: 'unlocked', notices: [] })}
        />
      )}
      {screen.kind === 'locked' && (
        <UnlockScreen
          lockedElsewhere={screen.lockedElsewhere}
          onUnlocked={(notices) => setScreen({ kind: 'unlocked', notices })}
        />
      )}
      {screen.kind === 'unlocked' && <AppShell onLock={lockNow} notices={screen.notices} />}
    </ApiContext.Provider>
  );
}
