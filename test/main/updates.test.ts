import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkForUpdates } from '../../src-main/updates';

const updater = vi.hoisted(() => ({ checkForUpdatesAndNotify: vi.fn(async () => null) }));
vi.mock('electron-updater', () => ({ autoUpdater: updater }));

describe('update checks', () => {
  beforeEach(() => updater.checkForUpdatesAndNotify.mockClear());

  it('are off by default and in development builds', async () => {
    expect(await checkForUpdates({ enabled: false, packaged: true })).toBe(false);
    expect(await checkForUpdates({ enabled: true, packaged: false })).toBe(false);
    expect(updater.checkForUpdatesAndNotify).not.toHaveBeenCalled();
  });

  it('ask the feed once turned on in a packaged app, and a failure does not stop the app', async () => {
    expect(await checkForUpdates({ enabled: true, packaged: true })).toBe(true);
    expect(updater.checkForUpdatesAndNotify).toHaveBeenCalledTimes(1);
    updater.checkForUpdatesAndNotify.mockRejectedValueOnce(new Error('feed unreachable'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await checkForUpdates({ enabled: true, packaged: true })).toBe(false);
    expect(warn).toHaveBeenCalled();
  });
});
