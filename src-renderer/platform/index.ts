import { shellBridge } from './bridge';
import { browserCredentialStore } from './credentials';
import { electronPlatform } from './electron';
import type { Platform } from './types';

export type { EnrollDevice, Platform } from './types';

export function browserPlatform(): Platform {
  return { kind: 'browser', credentials: browserCredentialStore() };
}

/** The platform the app runs on: the desktop shell when its preload added the bridge, a browser otherwise. */
export function detectPlatform(): Platform {
  const bridge = shellBridge();
  return bridge ? electronPlatform(bridge) : browserPlatform();
}
