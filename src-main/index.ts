import { join } from 'node:path';
import { app, protocol } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from './scheme';
import { hardenContents } from './security';
import { startShell } from './shell';

/**
 * The desktop shell: thin, safe and boring. One instance per computer (two
 * would share one replica), the app served from associate://app, every web
 * contents hardened as it is created.
 */
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
// The replica (IndexedDB) lives in userData: pinned, so renaming the product never orphans it.
app.setPath('userData', join(app.getPath('appData'), 'store-associate'));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  const shell = app.whenReady().then(startShell);
  app.on('second-instance', () => void shell.then((s) => s.focus()));
  app.on('activate', () => void shell.then((s) => s.openWindow()));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
