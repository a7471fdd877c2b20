import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module (the binary cannot run here): it records
 * what the shell asks of Electron, so tests can check the windows, the scheme,
 * the session's handlers and the IPC handlers, and call them as Electron would.
 */
export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  id = FakeWebContents.nextId++;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  printed: { options: Record<string, unknown> }[] = [];
  printers = [{ name: 'Zebra_ZD421', displayName: 'Zebra ZD421' }];
  printResult: [boolean, string] = [true, ''];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  async getPrintersAsync() {
    return this.printers;
  }
  print(options: Record<string, unknown>, callback: (success: boolean, reason: string) => void) {
    this.printed.push({ options });
    callback(...this.printResult);
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  loaded: string[] = [];
  destroyed = false;
  kiosk: boolean;
  fullScreen: boolean;
  constructor(readonly options: Record<string, unknown>) {
    super();
    this.kiosk = options.kiosk === true;
    this.fullScreen = options.fullscreen === true;
    FakeBrowserWindow.all.push(this);
  }
  static fromWebContents(contents: unknown) {
    return FakeBrowserWindow.all.find((w) => w.webContents === contents) ?? null;
  }
  async loadURL(url: string) {
    this.loaded.push(url);
  }
  show() {}
  maximize() {}
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
  isMaximized() {
    return false;
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 1300, height: 820 };
  }
  setKiosk(on: boolean) {
    this.kiosk = on;
  }
  setFullScreen(on: boolean) {
    this.fullScreen = on;
  }
  setAutoHideMenuBar() {}
  destroy() {
    this.destroyed = true;
  }
}

type Handler = (event: unknown, ...args: unknown[]) => unknown;

export function createFakeElectron() {
  const appData = mkdtempSync(join(tmpdir(), 'associate-shell-'));
  const paths = new Map<string, string>();
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    ready: Promise.resolve(),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    whenReady: () => app.ready,
    getPath: (name: string) => paths.get(name) ?? join(appData, name === 'appData' ? '' : name),
    setPath: vi.fn((name: string, path: string) => paths.set(name, path)),
    getLocale: () => 'fr-FR',
  });
  const handlers = new Map<string, Handler>();
  const permission = {
    request: null as null | ((...args: unknown[]) => void),
    check: null as null | ((...args: unknown[]) => boolean),
    device: null as null | ((...args: unknown[]) => boolean),
  };
  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: { handle: vi.fn((channel: string, handler: Handler) => handlers.set(channel, handler)) },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn(),
    },
    net: { fetch: vi.fn(async (): Promise<Response> => new Response(null, { status: 503 })) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: (...args: unknown[]) => void) => {
          permission.request = h;
        },
        setPermissionCheckHandler: (h: (...args: unknown[]) => boolean) => {
          permission.check = h;
        },
        setDevicePermissionHandler: (h: (...args: unknown[]) => boolean) => {
          permission.device = h;
        },
      },
    },
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (plain: string) => Buffer.from(`sealed:${Buffer.from(plain).toString('hex')}`),
      decryptString: (sealed: Buffer) => {
        const text = sealed.toString();
        if (!text.startsWith('sealed:')) throw new Error('not sealed here');
        return Buffer.from(text.slice('sealed:'.length), 'hex').toString();
      },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    dialog: { showSaveDialog: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn() },
  };
  return { electron, handlers, permission, userData: join(appData, 'store-associate') };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
