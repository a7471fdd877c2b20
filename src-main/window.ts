import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY } from './scheme';
import type { DisplayMode } from './settings';
import { MIN_SIZE, type WindowState } from './window-state';

/**
 * The main window: a sandboxed renderer with context isolation, no Node, web
 * security on; only the typed bridge of the preload crosses over.
 */
export function mainWindowOptions(input: {
  state: WindowState;
  display: DisplayMode;
  preload: string;
  /** Dev tools only in development builds. */
  devTools: boolean;
  icon?: string;
}): BrowserWindowConstructorOptions {
  const { state, display } = input;
  return {
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : { center: true }),
    width: state.width,
    height: state.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Associé magasin',
    backgroundColor: '#f4f6f9',
    autoHideMenuBar: display !== 'window',
    fullscreen: display === 'fullscreen',
    kiosk: display === 'kiosk',
    ...(input.icon ? { icon: input.icon } : {}),
    webPreferences: {
      preload: input.preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: input.devTools,
    },
  };
}

/** Opens the app in a new main window; shown once painted, maximised again if it was. */
export function openMainWindow(options: BrowserWindowConstructorOptions, maximized: boolean): BrowserWindow {
  const window = new BrowserWindow(options);
  window.once('ready-to-show', () => {
    if (maximized && !options.kiosk && !options.fullscreen) window.maximize();
    window.show();
  });
  void window.loadURL(APP_ENTRY);
  return window;
}
