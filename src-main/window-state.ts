import type { Rectangle } from 'electron';

/** Where the main window was, so it comes back there (userData/window-state.json). */
export type WindowState = { x?: number; y?: number; width: number; height: number; maximized: boolean };

export const MIN_SIZE = { width: 800, height: 600 };
export const DEFAULT_WINDOW: WindowState = { width: 1280, height: 800, maximized: false };

const isNumber = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/**
 * The saved state if it is still usable on the screens plugged in now: a window
 * on a screen since unplugged comes back centred on the primary one.
 */
export function restoreWindowState(saved: unknown, workAreas: readonly Rectangle[]): WindowState {
  const value = (saved && typeof saved === 'object' ? saved : {}) as Record<string, unknown>;
  const width = isNumber(value.width)
    ? Math.max(MIN_SIZE.width, Math.round(value.width))
    : DEFAULT_WINDOW.width;
  const height = isNumber(value.height)
    ? Math.max(MIN_SIZE.height, Math.round(value.height))
    : DEFAULT_WINDOW.height;
  const maximized = value.maximized === true;
  if (!isNumber(value.x) || !isNumber(value.y)) return { width, height, maximized };
  const bounds = { x: Math.round(value.x), y: Math.round(value.y), width, height };
  const visible = workAreas.some((area) => overlap(bounds, area) >= 100 * 100);
  return visible ? { ...bounds, maximized } : { width, height, maximized };
}

function overlap(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** What to save: the normal (unmaximised) bounds, and whether it was maximised. */
export function captureWindowState(window: {
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
}): WindowState {
  return { ...window.getNormalBounds(), maximized: window.isMaximized() };
}
