import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { signOut, User } from '../auth/session';
import { useUser } from '../auth/useUser';
import { useOnline } from '../common/useOnline';
import { useUnreadCount } from '../officer/NotificationsPage';
import { LanguageSwitch } from './LanguageSwitch';
import { navigationFor } from './navigation';

/** The frame of every signed-in page: skip link, the role's navigation, language, sign-out. */
export function Shell() {
  const { t } = useTranslation();
  const user = useUser() as User;
  const online = useOnline();
  const unread = useUnreadCount();
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
                <NavLink to={item.to}>
                  {t(item.label)}
                  {item.to === '/notifications' && unread ? (
                    <>
                      {' '}
                      {/* A screen reader hears "Notifications (3 unread)", not a bare number. */}
                      <span className="nav-badge" aria-hidden="true">
                        {unread}
                      </span>
                      <span className="visually-hidden">{t('officer:notifications.unreadBadge', { count: unread })}</span>
                    </>
                  ) : null}
                </NavLink>
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
