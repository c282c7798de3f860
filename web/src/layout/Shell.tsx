import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { signOut, User } from '../auth/session';
import { useUser } from '../auth/useUser';
import { useOnline } from '../common/useOnline';
import { LanguageSwitch } from './LanguageSwitch';
import { navigationFor } from './navigation';

/** The frame of every signed-in page: skip link, the role's navigation, language, sign-out. */
export function Shell() {
  const { t } = useTranslation();
  const user = useUser() as User;
  const online = useOnline();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="top">
        <span className="brand">Mosty</span>
        <nav aria-label={t('nav.label')}>
          <ul>
            {navigationFor(user.role).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{t(item.label)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="top-user">
          <span className="who">{user.fullName}</span>
          <LanguageSwitch />
          <details className="account">
            <summary>{t('account.menu')}</summary>
            <button type="button" onClick={() => void signOut()}>
              {t('account.signOut')}
            </button>
            <button type="button" onClick={() => void signOut(true)}>
              {t('account.signOutEverywhere')}
            </button>
          </details>
        </div>
      </header>
      {online ? null : (
        <p className="notice notice-warn offline-banner" role="status">
          {t('offlineBanner')}
        </p>
      )}
      <main id="main">
        <Outlet />
      </main>
    </>
  );
}
