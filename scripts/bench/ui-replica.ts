import type { CDPSession, Page } from 'playwright-core';
import { generateDemoStore } from '../../src-server/demo/generate';
import { must, omsClient } from '../../src-server/demo/oms-client';
import { signInAs } from '../lib/sign-in';

/**
 * bench:ui, the replica's half (issue 14): what the full demo store on the device costs
 * the person holding it — memory, a change from the OMS reaching the screen, and a cold
 * start with no network. Prints figures, asserts nothing.
 */

export type Person = { name: string; pin: string };

/** The page's bench helper (installed by bench:ui's init script): the next frame's start and its paint. */
export type PaintWindow = { bench: { paint(): Promise<{ frame: number; painted: number }> } };

/** The renderer's JS heap after a full garbage collection (what the store's data and the app keep alive). */
export async function heapUsed(cdp: CDPSession): Promise<{ usedMb: number; totalMb: number }> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  return { usedMb: heap.usedSize / 2 ** 20, totalMb: heap.totalSize / 2 ** 20 };
}

/**
 * One OMS stock snapshot of 100 SKUs (one commit, one poke) while the product screen of one of
 * them is open: from the OMS call's answer (the commit is before it) until the screen has painted
 * the new on-hand figure. The device's stream, pull and replica write are all inside.
 */
export async function pokeToScreen(
  page: Page,
  service: { url: string; omsKey: string; storeId: string; products: number; orders: number },
  rounds: number,
): Promise<number[]> {
  const demo = generateDemoStore({ products: service.products, orders: service.orders, now: new Date() });
  const oms = omsClient(service.url, service.omsKey);
  const items = demo.stock.slice(0, 100).map((s) => ({ ...s }));
  const shown = items[items.length - 1];
  if (!shown) throw new Error('the demo store has no stock');
  await page.evaluate((sku) => {
    location.hash = `#/stock/${encodeURIComponent(sku)}`;
  }, shown.sku);
  const figure = page.locator('.stock__figure--onHand output');
  await figure.waitFor();
  const out: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    for (const item of items) item.onHand += 1;
    const expected = String(shown.onHand);
    await page.evaluate((value) => {
      const w = window as unknown as { bench: { shown?: Promise<number> } };
      w.bench.shown = new Promise<number>((done) => {
        const check = () => {
          if (document.querySelector('.stock__figure--onHand output')?.textContent !== value) return false;
          void (window as unknown as PaintWindow).bench.paint().then(({ painted }) => done(painted));
          return true;
        };
        if (check()) return;
        const observer = new MutationObserver(() => {
          if (check()) observer.disconnect();
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    }, expected);
    must(
      await oms.POST('/oms/v1/stores/{storeId}/stock', {
        params: {
          path: { storeId: service.storeId },
          header: { 'idempotency-key': `bench-poke-${Date.now()}` },
        },
        body: { items },
      }),
      'POST stock',
    );
    // The page's clock at the answer: the time the call took to come back from the page is not counted.
    const answeredAt = await page.evaluate(() => performance.now());
    const shownAt = await page.evaluate(
      () => (window as unknown as { bench: { shown: Promise<number> } }).bench.shown,
    );
    out.push(Math.max(0, shownAt - answeredAt));
  }
  return out;
}

/**
 * Launch with the full store on the device and no network (every request to the service fails
 * as with the cable out): from navigation to the sign-in pad ready, and from the PIN confirmed to
 * the day's orders painted on home. The person's own typing is not counted.
 */
export async function coldOpenOffline(
  page: Page,
  siteUrl: string,
  serviceUrl: string,
  person: Person,
): Promise<{ signInReadyMs: number; ordersShownMs: number }> {
  const service = new URL(serviceUrl);
  await page.context().route(
    (url) => url.host === service.host,
    (route) => route.abort('internetdisconnected'),
  );
  await page.goto('about:blank');
  await page.goto(`${siteUrl}/#/`);
  const pad = page.getByRole('button', { name: person.name, exact: true });
  await pad.waitFor();
  const signInReadyMs = await page.evaluate(() => performance.now());
  // The PIN typed, then the moment it is confirmed until the orders' rows are painted.
  await page.evaluate(() => {
    const w = window as unknown as { bench: { home?: Promise<number>; confirmAt?: number } };
    w.bench.home = new Promise<number>((done) => {
      const check = () => {
        if (!document.querySelector('table[data-testid="orders"] tbody tr[data-order]')) return false;
        void (window as unknown as PaintWindow).bench.paint().then(({ painted }) => done(painted));
        return true;
      };
      const observer = new MutationObserver(() => {
        if (check()) observer.disconnect();
      });
      observer.observe(document.body, { subtree: true, childList: true });
    });
    document.addEventListener(
      'click',
      (e) => {
        if ((e.target as HTMLElement).closest('button')?.textContent?.includes('Se connecter'))
          w.bench.confirmAt = performance.now();
      },
      true,
    );
  });
  await signInAs(page, person.name, person.pin);
  const ordersShownMs = await page.evaluate(async () => {
    const w = window as unknown as { bench: { home: Promise<number>; confirmAt: number } };
    return (await w.bench.home) - w.bench.confirmAt;
  });
  await page.context().unrouteAll();
  return { signInReadyMs, ordersShownMs };
}
