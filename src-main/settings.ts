import { readJson, writeJson } from './json-file';

/** window: a normal window; fullscreen: F11-style; kiosk: locked full screen for counters. */
export const DISPLAY_MODES = ['window', 'fullscreen', 'kiosk'] as const;
export type DisplayMode = (typeof DISPLAY_MODES)[number];

/** What the shell remembers on this computer (userData/settings.json). */
export type ShellSettings = {
  display: DisplayMode;
  /** Printer for silent printing; null: the system's default printer. */
  printer: string | null;
  /** Look for new versions at start (off until the organisation runs an update feed). */
  updates: boolean;
};

export const DEFAULT_SETTINGS: ShellSettings = { display: 'window', printer: null, updates: false };

export function parseSettings(raw: unknown): ShellSettings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    display: DISPLAY_MODES.includes(value.display as DisplayMode)
      ? (value.display as DisplayMode)
      : DEFAULT_SETTINGS.display,
    printer: typeof value.printer === 'string' && value.printer ? value.printer : null,
    updates: value.updates === true,
  };
}

/** `--kiosk` or `--fullscreen` on the command line wins over the saved mode (a counter's shortcut). */
export function displayModeFrom(argv: readonly string[], saved: DisplayMode): DisplayMode {
  if (argv.includes('--kiosk')) return 'kiosk';
  if (argv.includes('--fullscreen')) return 'fullscreen';
  return saved;
}

export type SettingsStore = {
  get(): ShellSettings;
  update(change: Partial<ShellSettings>): Promise<ShellSettings>;
};

export async function openSettings(file: string): Promise<SettingsStore> {
  let current = parseSettings(await readJson(file));
  return {
    get: () => current,
    async update(change) {
      current = parseSettings({ ...current, ...change });
      await writeJson(file, current);
      return current;
    },
  };
}
