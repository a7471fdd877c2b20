import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../../scripts/lib/chromium';
import { serveBuilt } from '../../scripts/lib/serve-built';
import { signInAs } from '../../scripts/lib/sign-in';
import { wedgeScan } from '../../scripts/lib/wedge';
import { DEMO_STAFF, generateDemoStore } from '../../src-server/demo/generate';
import { loadDemoStore } from '../../src-server/demo/load';
import { spawnTestService } from '../support/service-process';

const present = chromiumAvailable('the ship-from-store end-to-end test');

const SIZE = { products: 3_000, orders: 60 };
const SHOTS = resolve('test-results/picking');
const TABLET = { width: 1280, height: 800 };
const DESKTOP = { width: 1920, height: 1080 };

type Events = {
  events: { type: string; orderId: string; sku: string; data: Record<string, unknown> }[];
  next: string;
};
type Order = { status: string; shipment?: { carrier: string; trackingNumbers: string[] } };

/**
 * Ship from store in the web app as shipped to tablets, in headless Chromium, against
 * the real service (its own process, so it can be stopped) loaded with the demo store:
 * pick by scans, pack, ship — online, and with the service stopped in the middle.
 */
describe.skipIf(!present)('ship from store, end to end', () => {
  const work = mkdtempSync(join(tmpdir(), 'associate-sfs-'));
  const built = join(work, 'web');
  let svc: Awaited<ReturnType<typeof spawnTestService>>;
  let web: Awaited<ReturnType<typeof serveBuilt>>;
  let browser: Browser;
  const demo = generateDemoStore({ ...SIZE, now: new Date() });
  const storeId = demo.storeId;
  // Three items on three different shelves, each order gets one of each.
  const items = [demo.products[0], demo.products[700], demo.products[1400]].map((p) => {
    if (!p) throw new Error('demo store too small');
    return p;
  });
  let orders = 0;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const vite = ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.web.config.ts', '--outDir', built];
    execFileSync(process.execPath, vite, {
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    });
    svc = await spawnTestService();
    await loadDemoStore({ url: svc.url, omsKey: 'oms-key', ...SIZE });
    web = await serveBuilt(built);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await web?.stop().catch(() => {});
    await svc?.close().catch(() => {});
    rmSync(work, { recursive: true, force: true });
  });

  /** A new 3-line ship-from-store order of the demo store, one unit of each item. */
  async function threeLineOrder(): Promise<{ id: string; number: string }> {
    orders += 1;
    const id = `e2e-${orders}`;
    const number = `FR-9${String(orders).padStart(5, '0')}`;
    const template = demo.orders.find((o) => o.kind === 'ship_from_store');
    if (!template) throw new Error('no ship-from-store order in the demo store');
    const order = {
      ...template,
      id,
      number,
      promisedBy: new Date(Date.now() - 60_000).toISOString(),
      lines: items.map((p, i) => ({ id: `l${i + 1}`, sku: p.sku, name: p.name, qty: 1, price: p.price })),
    };
    const reply = await svc.oms('POST', `/stores/${storeId}/orders`, { order });
    expect(reply.status).toBe(201);
    return { id, number };
  }

  /** A device: a fresh browser context enrolled in the demo store. */
  async function device(staffId = 'lea'): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: TABLET });
    const page = await context.newPage();
    const code = (await svc.admin<{ code: string }>('POST', `/stores/${storeId}/enrollment-codes`, {})).body
      .code;
    await page.goto(`${web.url}/?service=${encodeURIComponent(svc.url)}&code=${code}`);
    await page.getByTestId('sync-connection').filter({ hasText: 'En ligne' }).waitFor({ timeout: 60_000 });
    await page.getByTestId('sync-pending').filter({ hasText: 'Tout est envoyé' }).waitFor();
    // The demo team: lea and hugo are associates; sign in on the keypad as a person would.
    const member = DEMO_STAFF.find((s) => s.id === staffId);
    if (!member) throw new Error(`no demo staff ${staffId}`);
    await page.getByRole('button', { name: member.displayName, exact: true }).waitFor({ timeout: 60_000 });
    await signInAs(page, member.displayName, member.pin);
    return { context, page };
  }

  const scan = wedgeScan;

  async function shoot(page: Page, name: string) {
    for (const [language, label] of [
      ['fr', 'FR'],
      ['en', 'EN'],
    ] as const) {
      await page.getByRole('combobox', { name: /Langue|Language/ }).selectOption(label);
      for (const [size, viewport] of [
        ['tablet', TABLET],
        ['desktop', DESKTOP],
      ] as const) {
        await page.setViewportSize(viewport);
        await page.screenshot({ path: join(SHOTS, `${name}-${size}-${language}.png`), fullPage: false });
      }
    }
    await page.getByRole('combobox', { name: /Langue|Language/ }).selectOption('FR');
    await page.setViewportSize(TABLET);
  }

  async function goTo(page: Page, path: string) {
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, path);
  }

  async function openWalk(page: Page, order: { id: string; number: string }) {
    // Within the app, without a reload (a reload asks who is working again).
    await goTo(page, `/orders/${order.id}/pick`);
    await page.getByRole('heading', { name: `Préparer la commande ${order.number}` }).waitFor();
    await page.getByRole('list', { name: 'Lignes à prélever, dans l’ordre du parcours' }).waitFor();
  }

  /** Pick the three lines by scans, then the one confirm (Enter on "Pack order …"). */
  async function pickByScans(page: Page, order: { number: string }, afterFirst?: () => Promise<void>) {
    for (const [i, item] of items.entries()) {
      await scan(page, item.barcodes[0] as string);
      await page.locator(`li[data-sku="${item.sku}"][data-picked="1"]`).waitFor();
      if (i === 0) await afterFirst?.();
    }
    const finish = page.getByRole('button', { name: `Emballer la commande ${order.number}` });
    await finish.waitFor();
    await expect(finish.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Emballer la commande ${order.number}` }).waitFor();
  }

  async function packAndShip(page: Page, order: { id: string; number: string }, tracking: string) {
    // The weight field has the focus: type it like a person, Enter packs.
    await page.keyboard.type('0.85', { delay: 120 });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Expédier la commande ${order.number}` }).waitFor();
    await scan(page, tracking);
    await page.getByRole('list', { name: 'Numéro de suivi' }).filter({ hasText: tracking }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByText(`Expédiée avec Colissimo — ${tracking}.`).waitFor();
  }

  /** The order's events in the OMS feed, following its cursor (the demo store's stock events fill many pages). */
  async function feedOf(orderId: string) {
    const mine: Events['events'] = [];
    for (let after = ''; ; ) {
      const page = (
        await svc.oms<Events>('GET', `/events?storeId=${storeId}&limit=5000${after ? `&after=${after}` : ''}`)
      ).body;
      mine.push(...page.events.filter((e) => e.orderId === orderId));
      if (page.events.length < 5000) return mine;
      after = page.next;
    }
  }

  async function expectShippedAtService(order: { id: string }, tracking: string) {
    const reply = await svc.oms<Order>('GET', `/stores/${storeId}/orders/${order.id}`);
    expect(reply.body).toMatchObject({
      status: 'shipped',
      shipment: { carrier: 'colissimo', trackingNumbers: [tracking] },
    });
    const feed = await feedOf(order.id);
    expect(feed.find((e) => e.type === 'shipped')?.data).toMatchObject({
      carrier: 'colissimo',
      trackingNumbers: [tracking],
    });
    const moved = feed.filter((e) => e.type === 'stock_moved' && e.data.reason === 'shipped');
    expect(moved.map((e) => [e.sku, e.data.onHand]).sort()).toEqual(items.map((p) => [p.sku, -1]).sort());
  }

  it('online: picks a 3-line order by 3 scans and 1 confirm, packs and ships it; the service has it all', async () => {
    const order = await threeLineOrder();
    const { context, page } = await device();
    try {
      await openWalk(page, order);
      await pickByScans(page, order, async () => {
        await page.getByRole('region', { name: 'Avancement' }).waitFor();
        await shoot(page, 'walk');
      });
      await shoot(page, 'pack');
      await packAndShip(page, order, '6A00000000001');
      await page.getByTestId('sync-pending').filter({ hasText: 'Tout est envoyé' }).waitFor();
      await expectShippedAtService(order, '6A00000000001');
    } finally {
      await context.close();
    }
  });

  it('with the service stopped mid-pick and restarted: the same by scanner alone, and the service catches up', async () => {
    const order = await threeLineOrder();
    const { context, page } = await device();
    try {
      await openWalk(page, order);
      await pickByScans(page, order, () => svc.kill());
      await packAndShip(page, order, '6A00000000002');
      await expect(page.getByTestId('sync-pending').textContent()).resolves.toMatch(/en attente/);
      await svc.restart();
      await page
        .getByTestId('sync-pending')
        .filter({ hasText: 'Tout est envoyé' })
        .waitFor({ timeout: 60_000 });
      await expectShippedAtService(order, '6A00000000002');
    } finally {
      await context.close();
    }
  });

  it('two devices pick the same order offline; once back they agree, with a put-away task for the excess', async () => {
    const order = await threeLineOrder();
    const a = await device('lea');
    const b = await device('hugo');
    try {
      for (const d of [a, b]) {
        await openWalk(d.page, order);
        await d.context.setOffline(true);
        await pickByScans(d.page, order);
      }
      for (const d of [a, b]) await d.context.setOffline(false);
      const rows: string[] = [];
      for (const d of [a, b]) {
        await d.page.evaluate(() => window.dispatchEvent(new Event('online')));
        await d.page
          .getByTestId('sync-pending')
          .filter({ hasText: 'Tout est envoyé' })
          .waitFor({ timeout: 60_000 });
        await goTo(d.page, '/status');
        for (const item of items) {
          await d.page
            .getByText(new RegExp(`Remettre en rayon — 1 × ${item.sku}`))
            .waitFor({ timeout: 30_000 });
        }
        rows.push((await d.page.getByRole('row').filter({ hasText: order.number }).textContent()) ?? '');
      }
      expect(rows[0]).toBe(rows[1]);
      expect(rows[0]).toMatch(/Préparée/);
      const reply = await svc.oms<{ lines: { picked: number }[] }>(
        'GET',
        `/stores/${storeId}/orders/${order.id}`,
      );
      expect(reply.body.lines.map((l) => l.picked)).toEqual([2, 2, 2]);
    } finally {
      await a.context.close();
      await b.context.close();
    }
  });
});
