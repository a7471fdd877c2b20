import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../src-main/menu';
import { DEFAULT_SETTINGS, displayModeFrom, openSettings, parseSettings } from '../../src-main/settings';
import { DEFAULT_WINDOW, restoreWindowState } from '../../src-main/window-state';

describe('the shell settings', () => {
  it('start as a window, the system printer, and no update checks', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'associate-settings-')), 'settings.json');
    const settings = await openSettings(file);
    expect(settings.get()).toEqual({ display: 'window', printer: null, updates: false });
    await settings.update({ printer: 'Zebra_ZD421', display: 'kiosk' });
    expect((await openSettings(file)).get()).toEqual({
      display: 'kiosk',
      printer: 'Zebra_ZD421',
      updates: false,
    });
  });

  it('survive a hand-edited or broken file', async () => {
    expect(parseSettings({ display: 'huge', printer: 42, updates: 'yes' })).toEqual(DEFAULT_SETTINGS);
    const file = join(mkdtempSync(join(tmpdir(), 'associate-settings-')), 'settings.json');
    writeFileSync(file, '{ not json');
    expect((await openSettings(file)).get()).toEqual(DEFAULT_SETTINGS);
  });

  it('let a counter start in kiosk mode from its shortcut', () => {
    expect(displayModeFrom(['/opt/app', '--kiosk'], 'window')).toBe('kiosk');
    expect(displayModeFrom(['/opt/app', '--fullscreen'], 'window')).toBe('fullscreen');
    expect(displayModeFrom(['/opt/app'], 'kiosk')).toBe('kiosk');
  });
});

describe('the window position', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

  it('comes back where it was', () => {
    expect(restoreWindowState({ x: 100, y: 50, width: 1400, height: 900, maximized: true }, screen)).toEqual({
      x: 100,
      y: 50,
      width: 1400,
      height: 900,
      maximized: true,
    });
  });

  it('comes back centred when its screen was unplugged, and never smaller than usable', () => {
    expect(restoreWindowState({ x: 3000, y: 50, width: 1400, height: 900 }, screen)).toEqual({
      width: 1400,
      height: 900,
      maximized: false,
    });
    expect(restoreWindowState({ width: 10, height: 10 }, screen)).toMatchObject({ width: 800, height: 600 });
    expect(restoreWindowState(null, screen)).toEqual(DEFAULT_WINDOW);
  });
});

describe('the shell menu', () => {
  const base = {
    language: 'fr' as const,
    mac: false,
    development: false,
    printers: [
      { name: 'Zebra_ZD421', displayName: 'Zebra ZD421' },
      { name: 'HP_LaserJet', displayName: 'HP LaserJet' },
    ],
    settings: { ...DEFAULT_SETTINGS, printer: 'HP_LaserJet' },
  };
  type Item = {
    label?: string;
    role?: string;
    checked?: boolean;
    accelerator?: string;
    submenu?: Item[];
    click?: (item: Item) => void;
  };
  const find = (items: Item[], label: string): Item | undefined =>
    items.flatMap((i) => [i, ...(i.submenu ? [find(i.submenu, label)] : [])]).find((i) => i?.label === label);

  it('lists the printers, the chosen one ticked, and choosing one saves it', () => {
    let chosen: string | null | undefined;
    const menu = menuTemplate({
      ...base,
      choosePrinter: (name) => {
        chosen = name;
      },
      refreshPrinters() {},
      setDisplay() {},
      setUpdates() {},
    }) as Item[];
    expect(find(menu, 'HP LaserJet')?.checked).toBe(true);
    expect(find(menu, 'Zebra ZD421')?.checked).toBe(false);
    find(menu, 'Zebra ZD421')?.click?.({});
    expect(chosen).toBe('Zebra_ZD421');
    find(menu, 'Imprimante par défaut du système')?.click?.({});
    expect(chosen).toBeNull();
  });

  it('switches to counter mode with a shortcut that works without the menu bar, and has no dev tools', () => {
    let mode: string | undefined;
    let updates: boolean | undefined;
    const menu = menuTemplate({
      ...base,
      choosePrinter() {},
      refreshPrinters() {},
      setDisplay: (m) => {
        mode = m;
      },
      setUpdates: (on) => {
        updates = on;
      },
    }) as Item[];
    const kiosk = find(menu, 'Mode comptoir (kiosque)');
    expect(kiosk?.accelerator).toBe('CmdOrCtrl+Shift+3');
    kiosk?.click?.({});
    expect(mode).toBe('kiosk');
    find(menu, 'Rechercher les mises à jour au démarrage')?.click?.({ checked: true });
    expect(updates).toBe(true);
    expect(JSON.stringify(menu)).not.toContain('toggleDevTools');
  });
});
