import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useInboxCount, useStore } from '../data/hooks';
import { LANGUAGES, type Language, languageFor } from '../i18n';
import { CameraScan } from '../scan/CameraScan';
import { ScanFeedback } from '../scan/ScanFeedback';
import { useApplyScannerSettings } from '../scan/ScannerSettings';
import { useInboxSeen } from '../state/inbox';
import { useSession } from '../state/session';
import { DEFAULT_LOCALE, displayLocale, LocaleProvider } from '../ui/locale';
import { Toasts } from '../ui/Toasts';
import { paths } from './paths';
import { SyncBar } from './SyncBar';

const NAV = [
  ['home', paths.home],
  ['picking', paths.picking],
  ['collect', paths.collect],
  ['returns', paths.returns],
  ['stock', paths.stock],
  ['manager', paths.manager],
  ['inbox', paths.inbox],
  ['status', paths.status],
] as const;

/** Around every screen: navigation, the sync bar, who is working and in which language, scan feedback. */
export function Frame() {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const staffId = useSession((s) => s.staffId);
  const language = useSession((s) => s.language);
  const setStaffId = useSession((s) => s.setStaffId);
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
          <nav className="topnav" aria-label={t('frame.nav')}>
            {NAV.map(([key, to]) => (
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
        </header>
        <div className="framebar">
          <SyncBar />
          <div className="framebar__session">
            <CameraScan />
            <label className="topbar__field">
              {t('session.staff')}
              <input
                value={staffId}
                placeholder={t('session.staffPlaceholder')}
                onChange={(e) => setStaffId(e.target.value)}
                size={10}
              />
            </label>
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
        <Outlet />
        <ScanFeedback />
        <Toasts />
      </div>
    </LocaleProvider>
  );
}
