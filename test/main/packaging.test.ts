import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import config from '../../build/electron-builder.config';

// electron-builder's own check of a configuration (what `electron-builder` runs first).
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder/package.json'));
const { validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: { isEnabled: boolean; add(): void }): Promise<void>;
};

describe('the packaging configuration', () => {
  // Loading the schema takes seconds on a busy machine: not a timing assertion, so no 5 s default.
  it('is one electron-builder accepts', async () => {
    await expect(validateConfiguration(config, { isEnabled: false, add() {} })).resolves.toBeUndefined();
  }, 60_000);

  it('builds AppImage and deb, NSIS, and dmg, each with the app icon', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    for (const platform of [config.linux, config.win, config.mac]) {
      expect(existsSync(String(platform?.icon))).toBe(true);
    }
    expect(existsSync(String(config.mac?.entitlements))).toBe(true);
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
  });

  it('packs the bundles only: no source maps, no node_modules', async () => {
    expect(config.directories?.app).toBe('out');
    expect(config.files).toEqual(['main/**', 'preload/**', 'renderer/**', 'package.json', '!**/*.map']);
    const beforeBuild = config.beforeBuild as () => Promise<boolean>;
    await expect(beforeBuild()).resolves.toBe(false);
  });

  it('locks the Electron binary down (fuses) and has an update feed, which the app leaves off by default', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
    expect(config.publish).toMatchObject({ provider: 'generic' });
  });
});
