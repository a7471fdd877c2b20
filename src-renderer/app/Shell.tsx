import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../data/react';
import { LANGUAGES, type Language, languageFor } from '../i18n';
import { useSession } from '../state/session';
import { StatusPage } from '../status/StatusPage';

/** Who is working and in which language, around the screens. */
export function Shell() {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const { staffId, language, setStaffId, setLanguage } = useSession();
  const active: Language = language ?? languageFor(store?.locale);

  useEffect(() => {
    if (i18n.language !== active) void i18n.changeLanguage(active);
    document.documentElement.lang = active;
  }, [active, i18n]);

  return (
    <>
      <nav className="topbar">
        <span className="topbar__brand">{t('app.title')}</span>
        <label>
          {t('session.staff')}
          <input
            value={staffId}
            placeholder={t('session.staffPlaceholder')}
            onChange={(e) => setStaffId(e.target.value)}
            size={12}
          />
        </label>
        <label>
          {t('session.language')}
          <select value={active} onChange={(e) => setLanguage(e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
      </nav>
      <StatusPage />
    </>
  );
}
