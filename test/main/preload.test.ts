import { type AssociateBridge, BRIDGE_KEY, CHANNELS, type PrintJob } from '@shared/ipc/contract';
import { describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.electron);

/** Every function of the exposed object, by its path (credentials.load, …). */
function paths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'function') return [prefix];
  if (!value || typeof value !== 'object') throw new Error(`${prefix} is neither a function nor a group`);
  return Object.entries(value).flatMap(([key, inner]) => paths(inner, prefix ? `${prefix}.${key}` : key));
}

describe('the preload', async () => {
  await import('../../src-main/preload/index');
  const [key, bridge] = fake.electron.contextBridge.exposeInMainWorld.mock.calls[0] as [
    string,
    AssociateBridge,
  ];

  it('exposes exactly the contract on window.associate, and nothing of ipcRenderer', () => {
    expect(fake.electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(key).toBe(BRIDGE_KEY);
    const contract = Object.entries(CHANNELS).flatMap(([group, methods]) =>
      Object.keys(methods).map((method) => `${group}.${method}`),
    );
    expect(paths(bridge).sort()).toEqual(contract.sort());
  });

  it('passes each call to its own channel with its own argument only, and returns main’s answer', async () => {
    const job: PrintJob = {
      document: 'pick_list',
      title: 'Liste',
      fileName: 'x.pdf',
      pdf: new Uint8Array([37, 80, 68, 70, 45]),
    };
    const calls: [() => Promise<unknown>, string, unknown[]][] = [
      [() => bridge.credentials.load(), CHANNELS.credentials.load, []],
      [() => bridge.credentials.clear(), CHANNELS.credentials.clear, []],
      [
        () => bridge.device.enroll({ serviceUrl: 'https://s', code: 'C', deviceName: 'D' }),
        CHANNELS.device.enroll,
        [{ serviceUrl: 'https://s', code: 'C', deviceName: 'D' }],
      ],
      [() => bridge.print.print(job), CHANNELS.print.print, [job]],
      [() => bridge.print.save(job), CHANNELS.print.save, [job]],
    ];
    for (const [call, channel, args] of calls) {
      fake.electron.ipcRenderer.invoke.mockReset();
      fake.electron.ipcRenderer.invoke.mockResolvedValueOnce(`answer of ${channel}`);
      await expect(call()).resolves.toBe(`answer of ${channel}`);
      expect(fake.electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, ...args);
    }
  });
});
