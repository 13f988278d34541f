import type { ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router-dom';
import { useMe, useSession } from './features/auth/session';
import { NotificationBell } from './features/notifications/NotificationBell';
import { LanguageToggle, useI18n } from './shared/i18n';
import { navItemsFor, roleLabelKey } from './shared/nav';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const me = useMe();
  const { pathname } = useLocation();

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('layout.skip')}
      </a>
      <TopBar />
      <nav className="mainnav" aria-label={t('nav.label')}>
        <ul>
          {navItemsFor(me.role).map((item) => {
            // A page with its own item (e.g. /regions/import) does not also light up its parent (/regions).
            const elsewhere = item.notUnder?.some((p) => pathname === p || pathname.startsWith(`${p}/`)) ?? false;
            return (
              <li key={item.to}>
                <NavLink
                  to={item.to}
                  end={item.end}
                  className={({ isActive }) => (isActive && !elsewhere ? 'active' : undefined)}
                  aria-current={elsewhere ? false : 'page'}
                >
                  {t(item.label)}
                </NavLink>
              </li>
            );
          })}
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        {me.sampleData && (
          <p className="notice notice-warn sample-data-banner" role="note">
            {t('layout.sampleData')}
          </p>
        )}
        {children}
      </main>
    </div>
  );
}

/**
 * While the account must first get a new password or two-factor sign-in: no menu, nothing else to open;
 * the way out is signing out.
 */
export function SetupLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('layout.skip')}
      </a>
      <TopBar linkAccount={false} />
      <main id="main" className="content content-narrow" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

function TopBar({ linkAccount = true }: { linkAccount?: boolean }) {
  const { t } = useI18n();
  const me = useMe();
  const { signOut } = useSession();
  const regionName = me.region?.name ?? me.regionCode;

  return (
    <header className="topbar">
      <span className="brand">{t('app.name')}</span>
      <div className="topbar-user">
        <span className="user-name">{me.fullName}</span>
        <span className="user-meta">
          {t(roleLabelKey(me))} · {regionName}
        </span>
      </div>
      <div className="topbar-actions">
        {linkAccount && <NotificationBell />}
        {linkAccount && (
          <NavLink to="/account" className="topbar-link">
            {t('nav.account')}
          </NavLink>
        )}
        <LanguageToggle />
        <button type="button" className="link-button" onClick={() => void signOut()}>
          {t('auth.signOut')}
        </button>
      </div>
    </header>
  );
}
