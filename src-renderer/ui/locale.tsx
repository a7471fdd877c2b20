import { createContext, type ReactNode, useContext } from 'react';

/** The store's locale, time zone and currency: every number, date and amount on screen follows it. */
export type StoreLocale = { locale: string; timeZone: string; currency: string };

export const DEFAULT_LOCALE: StoreLocale = { locale: 'fr-FR', timeZone: 'Europe/Paris', currency: 'EUR' };

const LocaleContext = createContext<StoreLocale>(DEFAULT_LOCALE);

/**
 * The locale to format with: the store's conventions (24-hour clock, day first) in
 * the associate's language. An English screen in a French store reads "Mon 30 Nov, 10:00".
 */
export function displayLocale(language: string, storeLocale: string): string {
  if (storeLocale.toLowerCase().startsWith(language.toLowerCase())) return storeLocale;
  try {
    const region = new Intl.Locale(storeLocale).region;
    const candidate = region ? `${language}-${region}` : language;
    return Intl.DateTimeFormat.supportedLocalesOf([candidate]).length > 0 ? candidate : language;
  } catch {
    return language;
  }
}

export function LocaleProvider({ value, children }: { value: StoreLocale; children: ReactNode }) {
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useStoreLocale(): StoreLocale {
  return useContext(LocaleContext);
}
