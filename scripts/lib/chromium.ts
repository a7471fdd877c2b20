import { existsSync } from 'node:fs';
import { type BrowserContext, chromium, type LaunchOptions } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); playwright-core drives it, nothing is downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, and quiet: without the background-networking flags it calls Google's hosts, refused here. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Whether browser tests can run. Missing Chromium skips them with a message, unless
 * REQUIRE_BROWSER is set (CI): then it is an error.
 */
export function chromiumAvailable(what: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.REQUIRE_BROWSER) {
    throw new Error(
      `REQUIRE_BROWSER is set but there is no Chromium at ${CHROMIUM} (apt-get install chromium).`,
    );
  }
  console.warn(`Skipping ${what}: no Chromium at ${CHROMIUM}.`);
  return false;
}

export function launchChromium(options: LaunchOptions = {}) {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, ...options });
}

/** A fresh profile in `dir` (IndexedDB, service workers and caches live there). */
export function launchProfile(dir: string, executablePath = CHROMIUM): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, { executablePath, headless: true, args: CHROMIUM_ARGS });
}
