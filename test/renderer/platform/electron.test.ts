import type { AssociateBridge, EnrollOutcome } from '@shared/ipc/contract';
import type { DeviceCredentials } from '@shared/sync/protocol';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NetworkError, ServiceError } from '../../../src-renderer/data/http';
import { detectPlatform } from '../../../src-renderer/platform';
import { electronPlatform } from '../../../src-renderer/platform/electron';

const credentials: DeviceCredentials = {
  serviceUrl: 'https://sync.example.com',
  token: 'tok',
  deviceId: 'dev-1',
  storeId: 'paris-01',
};

function fakeBridge(
  enroll: EnrollOutcome = { ok: true, credentials },
  kept: DeviceCredentials | null = credentials,
) {
  return {
    credentials: { load: vi.fn(async () => kept), clear: vi.fn(async () => {}) },
    device: { enroll: vi.fn(async () => enroll) },
    print: { print: vi.fn(), save: vi.fn() },
  } satisfies AssociateBridge;
}

const request = { serviceUrl: 'https://sync.example.com', code: 'ABCD', deviceName: 'Caisse' };

describe('the platform inside the desktop shell', () => {
  afterEach(() => {
    delete (globalThis as { associate?: unknown }).associate;
  });

  it('is picked when the shell’s bridge is there, the browser otherwise', () => {
    expect(detectPlatform().kind).toBe('browser');
    expect(detectPlatform().enroll).toBeUndefined();
    (globalThis as { associate?: unknown }).associate = fakeBridge();
    expect(detectPlatform().kind).toBe('electron');
    expect(detectPlatform().enroll).toBeTypeOf('function');
  });

  it('enrolls through main and gets the credentials main kept', async () => {
    const bridge = fakeBridge();
    const platform = electronPlatform(bridge, vi.fn());
    await expect(platform.enroll?.(request)).resolves.toEqual(credentials);
    expect(bridge.device.enroll).toHaveBeenCalledWith(request);
    await expect(platform.credentials.load()).resolves.toEqual(credentials);
  });

  it('turns main’s failures into the errors the enrollment screen explains', async () => {
    const offline = electronPlatform(
      fakeBridge({ ok: false, failure: 'network', message: 'ECONNREFUSED' }),
      vi.fn(),
    );
    await expect(offline.enroll?.(request)).rejects.toBeInstanceOf(NetworkError);
    const refused = electronPlatform(
      fakeBridge({
        ok: false,
        failure: 'service',
        status: 404,
        body: { error: 'unknown_code', message: 'Unknown code' },
      }),
      vi.fn(),
    );
    const error = await refused.enroll?.(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).status).toBe(404);
    expect((error as ServiceError).message).toBe('Unknown code');
  });

  it('after enrollment, reloads the page so its CSP admits the service', async () => {
    const reload = vi.fn();
    await electronPlatform(fakeBridge(), reload).credentials.save(credentials);
    expect(reload).toHaveBeenCalledOnce();
  });

  it('refuses credentials that main did not enroll (they would never reach the service)', async () => {
    const reload = vi.fn();
    const platform = electronPlatform(fakeBridge({ ok: true, credentials }, null), reload);
    await expect(platform.credentials.save(credentials)).rejects.toThrow(/did not enroll/);
    expect(reload).not.toHaveBeenCalled();
  });
});
