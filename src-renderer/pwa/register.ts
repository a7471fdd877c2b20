import { Workbox } from 'workbox-window';
import { create } from 'zustand';
import { shellBridge } from '../platform/bridge';

/** A new version of the web app is installed and waits; `apply` switches to it and reloads. */
export const useUpdate = create<{ apply: (() => void) | null }>(() => ({ apply: null }));

/**
 * The installable web app's service worker (generated at build by vite-plugin-pwa:
 * it caches the whole app shell, so the app starts with no network). The desktop
 * shell serves the app from disk and needs none; development builds neither.
 */
export function registerServiceWorker(
  scope: { navigator: Navigator; location: Location } = globalThis,
): void {
  if (!import.meta.env.PROD || shellBridge() || !('serviceWorker' in scope.navigator)) return;
  const workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => {
    useUpdate.setState({
      apply: () => {
        // Commands not yet pushed are in IndexedDB: a reload loses nothing.
        workbox.addEventListener('controlling', () => scope.location.reload());
        workbox.messageSkipWaiting();
      },
    });
  });
  void workbox.register();
}
