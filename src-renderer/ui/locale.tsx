import { createContext, type ReactNode, useContext } from 'react';

/** The store's locale, time zone and currency: every number, date and amount on screen follows it. */
export type StoreLocale = { locale: string; timeZone: string; currency: string };

export const DEFAULT_LOCALE: StoreLocale = { locale: 'fr-FR', timeZone: 'Europe/Paris', currency: 'EUR' };

const LocaleContext = createContext<StoreLocale>(DEFAULT_LOCALE);

export function LocaleProvider({ value, children }: { value: StoreLocale; children: ReactNode }) {
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useStoreLocale(): StoreLocale {
  return useContext(LocaleContext);
}
