import { browserCredentialStore, type CredentialStore } from './credentials';

/** What differs between the desktop shell and a browser: kept behind one object. */
export type Platform = {
  kind: 'electron' | 'browser';
  credentials: CredentialStore;
};

export function browserPlatform(): Platform {
  return { kind: 'browser', credentials: browserCredentialStore() };
}

/** The platform the app runs on (the desktop shell adds its bridge before the page loads). */
export function detectPlatform(): Platform {
  return browserPlatform();
}
