import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ShieldMark } from './icons.js';

/** The frame of every screen shown before the vault is open: brand above one centred card. */
export function AuthFrame({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="auth">
      <header className="auth-brand">
        <ShieldMark className="auth-brand-mark" />
        <div>
          <p className="auth-brand-name">{t('app.name')}</p>
          <p className="auth-brand-tagline">{t('app.tagline')}</p>
        </div>
      </header>
      <main className={wide ? 'auth-card auth-card-wide' : 'auth-card'}>{children}</main>
    </div>
  );
}
