import type { Page } from 'playwright-core';

/**
 * A keyboard-wedge scan in a page: the code's keys and Enter as one burst of keydown
 * events, dispatched in the page in one go (as fast as a scanner types), so a busy
 * machine cannot stretch the burst into what looks like typing.
 */
export function wedgeScan(page: Page, code: string): Promise<void> {
  return page.evaluate(
    (keys) => {
      const target = document.activeElement ?? document.body;
      for (const key of keys) {
        target.dispatchEvent(
          new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true }),
        );
      }
    },
    [...code, 'Enter'],
  );
}
