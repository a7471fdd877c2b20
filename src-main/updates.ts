/**
 * Update checks are wired (electron-updater, the feed in build/electron-builder.yml)
 * but off until the organisation runs a feed and turns them on in the Help menu.
 * A failed check is logged and forgotten: the app works without updates.
 */
export async function checkForUpdates(options: { enabled: boolean; packaged: boolean }): Promise<boolean> {
  if (!options.enabled || !options.packaged) return false;
  try {
    const { autoUpdater } = await import('electron-updater');
    await autoUpdater.checkForUpdatesAndNotify();
    return true;
  } catch (error) {
    console.warn('update check failed:', (error as Error).message);
    return false;
  }
}
