import type { ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router-dom';
import { useMe, useSession } from '../features/auth/session';
import { LanguageToggle, useI18n } from './i18n';
import { navItemsFor } from './nav';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const me = useMe();
  const { signOut } = useSession();
  const regionName = me.region?.name ?? me.regionCode;
  const { pathname } = useLocation();

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('layout.skip')}
      </a>
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <div className="topbar-user">
          <span className="user-name">{me.fullName}</span>
          <span className="user-meta">
            {t(`role.${me.role}`)} · {regionName}
          </span>
        </div>
        <div className="topbar-actions">
          <LanguageToggle />
          <button type="button" className="link-button" onClick={() => void signOut()}>
            {t('auth.signOut')}
          </button>
        </div>
      </header>
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
        {children}
      </main>
    </div>
  );
}
