import { type Action, roleMay } from '@shared/staff/permissions';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useInboxCount, useStore } from '../data/hooks';
import { SessionControls, SignInGate } from '../features/signin';
import { LANGUAGES, type Language, languageFor } from '../i18n';
import { CameraScan } from '../scan/CameraScan';
import { ScanFeedback } from '../scan/ScanFeedback';
import { useApplyScannerSettings } from '../scan/ScannerSettings';
import { useInboxSeen } from '../state/inbox';
import { selectLanguage, selectRole, selectSignedIn, useSession } from '../state/session';
import { DEFAULT_LOCALE, displayLocale, LocaleProvider } from '../ui/locale';
import { Toasts } from '../ui/Toasts';
import { paths } from './paths';
import { SyncBar } from './SyncBar';

/** Each entry with the action it needs (the permissions table decides who sees it), or none. */
const NAV: readonly (readonly [string, string, Action | null])[] = [
  ['home', paths.home, null],
  ['picking', paths.picking, 'pick'],
  ['collect', paths.collect, 'ready_for_pickup'],
  ['returns', paths.returns, 'create_return'],
  ['stock', paths.stock, 'count_stock'],
  ['manager', paths.manager, 'set_capacity'],
  ['inbox', paths.inbox, null],
  ['status', paths.status, null],
];

/** Around every screen: navigation, the sync bar, who is working and in which language, scan feedback. */
export function Frame() {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const signedIn = useSession(selectSignedIn);
  const role = useSession(selectRole);
  const language = useSession(selectLanguage);
  const setLanguage = useSession((s) => s.setLanguage);
  const active: Language = language ?? languageFor(store?.locale);
  const inbox = useInboxCount(useInboxSeen((s) => s.seen));
  useApplyScannerSettings();

  useEffect(() => {
    if (i18n.language !== active) void i18n.changeLanguage(active);
    document.documentElement.lang = active;
  }, [active, i18n]);

  const locale = store
    ? { locale: displayLocale(active, store.locale), timeZone: store.timezone, currency: store.currency }
    : { ...DEFAULT_LOCALE, locale: displayLocale(active, DEFAULT_LOCALE.locale) };

  return (
    <LocaleProvider value={locale}>
      <div className="frame">
        <header className="topbar">
          <span className="topbar__brand">{store?.name ?? t('app.title')}</span>
          {signedIn ? (
            <nav className="topnav" aria-label={t('frame.nav')}>
              {NAV.filter(([, , action]) => !action || roleMay(role, action)).map(([key, to]) => (
                <NavLink key={key} to={to} end={to === '/'} className="topnav__link">
                  {t(`frame.${key}`)}
                  {key === 'inbox' && inbox > 0 && (
                    <>
                      <span className="badge badge--bad" aria-hidden="true">
                        {inbox}
                      </span>
                      <span className="visually-hidden">{t('frame.inboxCount', { count: inbox })}</span>
                    </>
                  )}
                </NavLink>
              ))}
            </nav>
          ) : null}
        </header>
        <div className="framebar">
          <SyncBar />
          <div className="framebar__session">
            <CameraScan />
            <SessionControls />
            <label className="topbar__field">
              {t('session.language')}
              <select value={active} onChange={(e) => setLanguage(e.target.value as Language)}>
                {LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {l.toUpperCase()}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </div>
        <SignInGate>
          <Outlet />
        </SignInGate>
        <ScanFeedback />
        <Toasts />
      </div>
    </LocaleProvider>
  );
}
