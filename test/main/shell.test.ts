import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHANNELS } from '@shared/ipc/contract';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, FakeWebContents } from './fake-electron';

const fake = await vi.hoisted(async () => {
  const { createFakeElectron } = await import('./fake-electron');
  const electron = createFakeElectron();
  let ready = () => {};
  electron.electron.app.ready = new Promise<void>((resolve) => {
    ready = resolve;
  });
  return { ...electron, ready: () => ready() };
});
vi.mock('electron', () => fake.electron);

const APP_FRAME = { url: 'associate://app/index.html', parent: null };

async function until<T>(probe: () => T | undefined): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('never happened');
}

const mainWindow = () =>
  until(() => FakeBrowserWindow.all.find((w) => w.options.show === false && w.loaded.length));

function invoke(channel: string, event: unknown, ...args: unknown[]) {
  const handler = fake.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return Promise.resolve().then(() => handler(event, ...args));
}

async function servedPolicy(): Promise<string> {
  const [scheme, handler] = fake.electron.protocol.handle.mock.calls[0] as [
    string,
    (r: Request) => Promise<Response>,
  ];
  expect(scheme).toBe('associate');
  const response = await handler(new Request('associate://app/index.html'));
  return response.headers.get('content-security-policy') ?? '';
}

describe('the desktop shell', () => {
  beforeAll(async () => {
    await import('../../src-main/index');
  });

  it('registers its scheme as privileged (standard, secure) and pins its data folder before the app is ready', async () => {
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'associate',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
      },
    ]);
    expect(fake.electron.app.setPath).toHaveBeenCalledWith('userData', fake.userData);
    expect(FakeBrowserWindow.all).toHaveLength(0);
    fake.ready();
    await mainWindow();
  });

  it('opens one sandboxed, context-isolated window without Node, on the app origin', async () => {
    const window = await mainWindow();
    expect(window.loaded).toEqual(['associate://app/index.html']);
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(
      /preload[/\\]index\.cjs$/,
    );
  });

  it('locks every new web contents: no window.open, no navigation away, no webview', () => {
    const contents = new FakeWebContents();
    fake.electron.app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const away = { preventDefault: vi.fn() };
    contents.emit('will-navigate', away, 'https://example.com/phishing');
    expect(away.preventDefault).toHaveBeenCalled();
    const inside = { preventDefault: vi.fn() };
    contents.emit('will-navigate', inside, 'associate://app/index.html');
    expect(inside.preventDefault).not.toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('grants the camera to the app and refuses every other permission', async () => {
    await mainWindow();
    const ask = (permission: string, details: Record<string, unknown>) =>
      new Promise<boolean>((resolve) => fake.permission.request?.({}, permission, resolve, details));
    expect(await ask('media', { requestingUrl: 'associate://app/index.html', mediaTypes: ['video'] })).toBe(
      true,
    );
    expect(await ask('media', { requestingUrl: 'associate://app/index.html', mediaTypes: ['audio'] })).toBe(
      false,
    );
    expect(await ask('media', { requestingUrl: 'https://example.com/', mediaTypes: ['video'] })).toBe(false);
    expect(await ask('geolocation', { requestingUrl: 'associate://app/index.html' })).toBe(false);
    expect(await ask('notifications', { requestingUrl: 'associate://app/index.html' })).toBe(false);
    expect(fake.permission.check?.({}, 'media', 'associate://app', { mediaType: 'video' })).toBe(true);
    expect(fake.permission.check?.({}, 'media', 'associate://app', { mediaType: 'audio' })).toBe(false);
    expect(fake.permission.device?.({})).toBe(false);
  });

  it('serves the app with a strict CSP that, before enrollment, reaches no service', async () => {
    await mainWindow();
    const policy = await servedPolicy();
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(policy).toContain("connect-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('refuses IPC from anything but the top frame of its own window', async () => {
    const window = await mainWindow();
    const ours = { sender: window.webContents, senderFrame: APP_FRAME };
    await expect(invoke(CHANNELS.credentials.load, ours)).resolves.toBeNull();

    const strangers = [
      { sender: new FakeWebContents(), senderFrame: APP_FRAME },
      { sender: window.webContents, senderFrame: { url: 'https://example.com/', parent: null } },
      { sender: window.webContents, senderFrame: { ...APP_FRAME, parent: APP_FRAME } },
      { sender: window.webContents, senderFrame: null },
    ];
    for (const event of strangers) {
      for (const channel of [CHANNELS.credentials.load, CHANNELS.device.enroll, CHANNELS.print.print]) {
        await expect(invoke(channel, event, {})).rejects.toThrow(/Refused/);
      }
    }
    expect(fake.electron.net.fetch).not.toHaveBeenCalled();
  });

  it('first run: enrolls from main, seals the token with safe storage, then admits the service', async () => {
    const window = await mainWindow();
    const ours = { sender: window.webContents, senderFrame: APP_FRAME };
    fake.electron.net.fetch.mockResolvedValueOnce(
      Response.json({ token: 'secret-device-token', deviceId: 'dev-7', storeId: 'paris-01' }),
    );
    const outcome = await invoke(CHANNELS.device.enroll, ours, {
      serviceUrl: 'http://127.0.0.1:8787/',
      code: ' ABCD-1234 ',
      deviceName: 'Caisse 2',
    });
    expect(outcome).toEqual({
      ok: true,
      credentials: {
        serviceUrl: 'http://127.0.0.1:8787',
        token: 'secret-device-token',
        deviceId: 'dev-7',
        storeId: 'paris-01',
      },
    });
    const [url, init] = fake.electron.net.fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('http://127.0.0.1:8787/v1/enroll');
    expect(JSON.parse(String(init.body))).toEqual({ code: 'ABCD-1234', deviceName: 'Caisse 2' });

    const onDisk = readFileSync(join(fake.userData, 'device.json'), 'utf8');
    expect(onDisk).toContain('paris-01');
    expect(onDisk).not.toContain('secret-device-token');
    await expect(invoke(CHANNELS.credentials.load, ours)).resolves.toMatchObject({
      token: 'secret-device-token',
    });
    expect(await servedPolicy()).toContain("connect-src 'self' http://127.0.0.1:8787;");

    await invoke(CHANNELS.credentials.clear, ours);
    await expect(invoke(CHANNELS.credentials.load, ours)).resolves.toBeNull();
    expect(await servedPolicy()).toContain("connect-src 'self';");
  });

  it('a second launch brings the running window forward instead of opening another', async () => {
    const window = await mainWindow();
    const focus = vi.spyOn(window, 'focus');
    const before = FakeBrowserWindow.all.length;
    fake.electron.app.emit('second-instance');
    await until(() => (focus.mock.calls.length ? true : undefined));
    expect(FakeBrowserWindow.all).toHaveLength(before);
  });

  it('reopens the window where it was left', async () => {
    const window = await mainWindow();
    window.emit('close');
    window.emit('closed');
    await until(() => {
      try {
        return readFileSync(join(fake.userData, 'window-state.json'), 'utf8');
      } catch {
        return undefined;
      }
    });
    fake.electron.app.emit('activate');
    const reopened = await until(() => FakeBrowserWindow.all.find((w) => w !== window && w.loaded.length));
    expect(reopened.options).toMatchObject({ x: 10, y: 20, width: 1300, height: 820 });
  });
});
