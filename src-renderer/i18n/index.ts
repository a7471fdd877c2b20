import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { fr } from './fr';
import { FEATURE_NAMESPACES } from './namespaces';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The UI language: French first; each store's locale picks the default, each associate may switch. */
export function languageFor(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

export function createI18n(language: Language = 'fr'): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'fr',
    resources: {
      fr: { translation: fr, ...Object.fromEntries(FEATURE_NAMESPACES.map((n) => [n.ns, n.fr])) },
      en: { translation: en, ...Object.fromEntries(FEATURE_NAMESPACES.map((n) => [n.ns, n.en])) },
    },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

export { en, FEATURE_NAMESPACES, fr };
