import { join } from 'node:path';
import type { ShellEnrollRequest } from '@shared/ipc/contract';
import { app, BrowserWindow, ipcMain, Menu, net, protocol, safeStorage, screen, session } from 'electron';
import { credentialVault } from './credentials';
import { contentSecurityPolicy, serviceOrigin } from './csp';
import { enrollDevice } from './enroll';
import { registerHandlers } from './handlers';
import { isTrustedSender } from './ipc';
import { readJson, writeJson } from './json-file';
import { menuTemplate } from './menu';
import { createPrinting } from './printing';
import { APP_SCHEME } from './scheme';
import { hardenSession } from './security';
import { serveApp, serveDevServer } from './serve';
import { type DisplayMode, displayModeFrom, openSettings } from './settings';
import { startingCredentials } from './unattended';
import { checkForUpdates } from './updates';
import { mainWindowOptions, openMainWindow } from './window';
import { captureWindowState, restoreWindowState } from './window-state';

export type Shell = { focus(): void; openWindow(): void };

/** Built layout: out/main/index.js beside out/preload and out/renderer (the same inside app.asar). */
const here = import.meta.dirname;
const RENDERER_DIR = join(here, '../renderer');
const PRELOAD = join(here, '../preload/index.cjs');
const ICON = join(here, '../renderer/icons/icon-512.png');

/** After `ready`: serve the app, lock the session down, answer the bridge, open the window. */
export async function startShell(): Promise<Shell> {
  const userData = app.getPath('userData');
  const settings = await openSettings(join(userData, 'settings.json'));
  const vault = credentialVault(join(userData, 'device.json'), safeStorage);
  const stateFile = join(userData, 'window-state.json');
  const devServer = !app.isPackaged ? (process.env.ELECTRON_RENDERER_URL ?? null) : null;

  const enroll = (request: ShellEnrollRequest) => enrollDevice((url, init) => net.fetch(url, init), request);
  const credentials = await startingCredentials(vault, enroll, process.env);
  let service = credentials ? serviceOrigin(credentials.serviceUrl) : null;
  const policy = () => contentSecurityPolicy({ service, devServer });
  protocol.handle(
    APP_SCHEME,
    devServer
      ? serveDevServer({ devServer, policy, fetch: (url) => net.fetch(url) })
      : serveApp({ root: RENDERER_DIR, policy }),
  );
  hardenSession(session.defaultSession);

  const windows = new Set<BrowserWindow>();
  const printing = createPrinting({ temp: app.getPath('temp'), documents: app.getPath('documents') });
  registerHandlers(
    ipcMain,
    (event) => isTrustedSender(event, (contents) => [...windows].some((w) => w.webContents === contents)),
    {
      vault,
      enroll,
      printing,
      printer: () => settings.get().printer,
      serviceChanged: (credentials) => {
        service = credentials ? serviceOrigin(credentials.serviceUrl) : null;
      },
      windowOf: (contents) => BrowserWindow.fromWebContents(contents),
    },
  );

  const current = () => [...windows][0];

  async function refreshMenu(): Promise<void> {
    const printers = (await current()?.webContents.getPrintersAsync()) ?? [];
    const menu = menuTemplate({
      language: app.getLocale().toLowerCase().startsWith('en') ? 'en' : 'fr',
      mac: process.platform === 'darwin',
      development: !app.isPackaged,
      printers,
      settings: settings.get(),
      choosePrinter: (printer) => void settings.update({ printer }).then(refreshMenu),
      refreshPrinters: () => void refreshMenu(),
      setDisplay: (mode) => void settings.update({ display: mode }).then(() => applyDisplay(mode)),
      setUpdates: (updates) => void settings.update({ updates }).then(refreshMenu),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(menu));
  }

  function applyDisplay(mode: DisplayMode): void {
    for (const window of windows) {
      window.setKiosk(mode === 'kiosk');
      window.setFullScreen(mode !== 'window');
      window.setAutoHideMenuBar(mode !== 'window');
    }
    void refreshMenu();
  }

  async function openWindow(): Promise<void> {
    const workAreas = screen.getAllDisplays().map((d) => d.workArea);
    const state = restoreWindowState(await readJson(stateFile), workAreas);
    const window = openMainWindow(
      mainWindowOptions({
        state,
        display: displayModeFrom(process.argv, settings.get().display),
        preload: PRELOAD,
        devTools: !app.isPackaged,
        icon: ICON,
      }),
      state.maximized,
    );
    windows.add(window);
    window.webContents.once('did-finish-load', () => void refreshMenu());
    window.on('close', () => void writeJson(stateFile, captureWindowState(window)));
    window.on('closed', () => windows.delete(window));
  }

  await openWindow();
  void checkForUpdates({ enabled: settings.get().updates, packaged: app.isPackaged });

  return {
    focus() {
      const window = current();
      if (!window) return;
      if (window.isMinimized()) window.restore();
      window.focus();
    },
    openWindow: () => {
      if (windows.size === 0) void openWindow();
    },
  };
}
