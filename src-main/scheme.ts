/**
 * The app is served from associate://app/, a privileged standard scheme: it
 * gets a real, fixed origin (IndexedDB, secure context for the camera). The
 * origin must never change: the replica in IndexedDB, with commands not yet
 * pushed, belongs to it.
 */
export const APP_SCHEME = 'associate';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** What Chromium must know of the scheme before the app is ready. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, codeCache: true };

/** URL.origin is "null" for non-special schemes, so compare scheme and host. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
