import { describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow } from './fake-electron';

const fake = await vi.hoisted(async () => {
  const { createFakeElectron } = await import('./fake-electron');
  const electron = createFakeElectron();
  electron.electron.app.requestSingleInstanceLock.mockReturnValue(false);
  return electron;
});
vi.mock('electron', () => fake.electron);

describe('a second copy of the shell', () => {
  it('quits at once and opens nothing: two copies would share one replica', async () => {
    await import('../../src-main/index');
    await fake.electron.app.ready;
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.electron.app.quit).toHaveBeenCalled();
    expect(fake.electron.protocol.handle).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.all).toHaveLength(0);
  });
});
