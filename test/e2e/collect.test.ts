import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OrderDoc } from '@shared/schemas/order';
import type { BrowserContext, Page } from 'playwright-core';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchProfile } from '../../scripts/lib/chromium';
import { serveBuilt } from '../../scripts/lib/serve-built';
import { TestDevice } from '../support/device';
import { anOrder, ean13 } from '../support/fixtures';
import { spawnTestService } from '../support/service-process';

/** Sign in as a person would: their name, then the PIN on the keypad (French UI). */
async function signInAs(page: Page, name: string, pin: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
}

const present = chromiumAvailable('the Click & Collect end-to-end test');
const SHOTS = join('test-results', 'collect');
const SKUS = ['SKU-A', 'SKU-B', 'SKU-C'];
const NAMES = ['Pull en laine', 'Écharpe', 'Bonnet'];

/** A Click & Collect order of three lines, one unit each, ready to be picked. */
function ccOrder(id: string, number: string, pickupCode: string) {
  return anOrder({
    id,
    number,
    kind: 'click_and_collect',
    pickupCode,
    pickupBy: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    lines: SKUS.map((sku, i) => ({
      id: `l${i + 1}`,
      sku,
      name: NAMES[i] as string,
      qty: 1,
      price: { amount: 1990, currency: 'EUR' },
    })),
  });
}

describe.skipIf(!present)('Click & Collect in the browser against the real service', () => {
  const work = mkdtempSync(join(tmpdir(), 'associate-collect-'));
  const built = join(work, 'web');
  let svc: Awaited<ReturnType<typeof spawnTestService>>;
  let web: Awaited<ReturnType<typeof serveBuilt>>;
  let context: BrowserContext;
  let page: Page;
  let picker: TestDevice;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const vite = ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.web.config.ts', '--outDir', built];
    execFileSync(process.execPath, vite, {
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    });
    svc = await spawnTestService();
    await svc.createStore('paris-01', 'Paris Rivoli');
    await svc.oms('PUT', '/stores/paris-01', {
      name: 'Paris Rivoli',
      timezone: 'Europe/Paris',
      locale: 'fr-FR',
      currency: 'EUR',
      settings: { stagingLocations: ['R-01', 'R-02', 'R-03'], pickupExpiryHours: 48 },
    });
    await svc.oms('POST', '/stores/paris-01/products', {
      products: SKUS.map((sku, i) => ({
        sku,
        barcodes: [ean13(i)],
        name: NAMES[i],
        brand: 'Maison',
        size: 'M',
        colour: 'bleu',
        price: { amount: 1990, currency: 'EUR' },
        location: { aisle: 'A1', bay: String(i + 1), shelf: '2' },
      })),
    });
    await svc.oms('POST', '/stores/paris-01/stock', { items: SKUS.map((sku) => ({ sku, onHand: 10 })) });
    const orders = [
      ccOrder('cc-a', 'CC-2001', '7311'),
      ccOrder('cc-b', 'CC-2002', '7322'),
      ccOrder('cc-c', 'CC-2003', '7333'),
    ];
    for (const order of orders) await svc.oms('POST', '/stores/paris-01/orders', { order });

    // Prepare: a picker's handheld picks two of the orders; the first is picked in the browser, on the walk.
    picker = await TestDevice.open({
      serviceUrl: svc.url,
      ...(await svc.enroll('paris-01')),
      staffId: 'dora',
      storage: getRxStorageMemory(),
    });
    await picker.settled();
    for (const order of orders.slice(1))
      for (const line of order.lines)
        await picker.record('pick', { orderId: order.id, lineId: line.id, qty: 1, barcode: '' });
    await picker.settled();

    web = await serveBuilt(built);
    context = await launchProfile(join(work, 'profile'));
    page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 1280, height: 800 });
    const code = (await svc.admin<{ code: string }>('POST', '/stores/paris-01/enrollment-codes', {})).body
      .code;
    await page.goto(`${web.url}/?service=${encodeURIComponent(svc.url)}&code=${code}`);
    // Éric works the counter (test staff: counter role).
    await signInAs(page, 'Éric Moreau', '1111');
    await page.getByTestId('sync-connection').filter({ hasText: 'En ligne' }).waitFor({ timeout: 60_000 });
  }, 240_000);

  afterAll(async () => {
    await picker?.close();
    await context?.close();
    await web?.stop().catch(() => {});
    await svc?.close().catch(() => {});
    rmSync(work, { recursive: true, force: true });
  });

  const omsStock = async (sku: string) =>
    (
      await svc.oms<{ onHand: number; reserved: number; available: number }>(
        'GET',
        `/stores/paris-01/stock/${sku}`,
      )
    ).body;
  const omsOrder = async (id: string) =>
    (await svc.oms<OrderDoc>('GET', `/stores/paris-01/orders/${id}`)).body;
  async function untilOms(id: string, done: (o: OrderDoc) => boolean) {
    for (let i = 0; i < 300; i++) {
      const order = await omsOrder(id).catch(() => undefined);
      if (order && done(order)) return order;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`order ${id} did not reach the expected state: ${JSON.stringify(await omsOrder(id))}`);
  }
  /** Move inside the app (the hash route), as its links do: no reload, the associate stays signed in. */
  const go = (route: string) =>
    page.evaluate((hash) => {
      location.hash = hash;
    }, route);
  /** A full-page screenshot from the top (scrolled, the sticky menu would be drawn over the page mid-way). */
  const shot = async (name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  };

  /**
   * A scanner (keyboard wedge): the code's keys then Enter, as one burst. Dispatched inside the
   * page in one task, so the burst stays a burst however loaded the machine is (a scanner's
   * keys come a few ms apart; CDP round trips under load would not).
   */
  async function scan(code: string) {
    await page.evaluate((keys) => {
      const target = document.activeElement ?? document.body;
      for (const key of [...keys.split(''), 'Enter'])
        target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    }, code);
  }

  async function sign() {
    const pad = page.getByRole('img', { name: /Signature du client|Customer signature/ });
    await pad.scrollIntoViewIfNeeded();
    const box = await pad.boundingBox();
    if (!box) throw new Error('no signature pad');
    await page.mouse.move(box.x + 30, box.y + 120);
    await page.mouse.down();
    for (let x = 50; x <= 300; x += 25) await page.mouse.move(box.x + x, box.y + 80 + ((x / 25) % 3) * 20);
    await page.mouse.up();
    await page.getByText(/^Signé\.$|^Signed\.$/).waitFor();
  }

  async function stage(id: string, shelf: string) {
    await go(`/collect/${id}`);
    await page.getByRole('button', { name: 'Mettre en retrait' }).click();
    await page.getByRole('heading', { name: /Emplacement de retrait/ }).waitFor();
    await page.getByRole('button', { name: `Prête pour le retrait en ${shelf}` }).click();
    await page
      .getByTestId('shelf')
      .filter({ hasText: `À prendre en ${shelf}` })
      .waitFor();
  }

  /** At the counter: scan the customer's code, check it, and go through the items to the signature. */
  async function verifyByCode(code: string, id: string, beforeItems?: () => Promise<void>) {
    await go(`/collect`);
    await page.getByRole('heading', { name: 'Click & Collect — Comptoir' }).waitFor();
    await scan(code);
    await page.waitForURL(new RegExp(`#/collect/${id}$`)).catch(async (error) => {
      await shot(`debug-${id}`);
      throw error;
    });
    await page.getByRole('button', { name: 'Remettre au client' }).click();
    await page.waitForURL(new RegExp(`#/collect/${id}/verify$`));
    await page.getByRole('heading', { name: /Vérifier qui retire/ }).waitFor();
    await scan(code);
    await page.getByText('Le code de retrait correspond.').waitFor();
    await beforeItems?.();
    await page.getByRole('button', { name: 'Continuer vers les articles' }).click();
    await page.waitForURL(new RegExp(`#/collect/${id}/items$`));
  }

  /** Take lines 1 and 2, refuse line 3 (changed their mind), sign, hand over. */
  async function takeTwoOfThreeAndSign() {
    const beanie = page.getByRole('spinbutton', { name: 'Unités de Bonnet que le client prend' });
    await beanie.fill('0');
    await page
      .getByRole('combobox', { name: 'Pourquoi Bonnet est-il refusé ?' })
      .selectOption({ label: "A changé d'avis" });
    await shot('items-partial-tablet-fr');
    await page.getByRole('button', { name: 'Continuer vers la signature' }).click();
    await sign();
    await shot('sign-tablet-fr');
    await page.getByRole('button', { name: 'Remettre', exact: true }).click();
    await page.getByRole('heading', { name: 'Remis' }).waitFor();
  }

  it('prepares and stages orders: picked by scans on the pick walk (or a handheld), put on a pickup shelf, the OMS told', async () => {
    // CC-2001 from the counter: the ship-from-store walk, one scan per unit, then straight to the shelf.
    await go('/collect/cc-a');
    await page.getByRole('link', { name: 'Préparer cette commande' }).click();
    await page.waitForURL(/#\/orders\/cc-a\/pick$/);
    await page.getByRole('list', { name: 'Lignes à prélever, dans l’ordre du parcours' }).waitFor();
    const progress = page.getByRole('region', { name: 'Avancement' });
    for (const [i] of SKUS.entries()) {
      await scan(ean13(i));
      await progress.filter({ hasText: `articles ${i + 1}/3` }).waitFor();
    }
    await shot('walk-done-tablet-fr');
    await page.getByRole('button', { name: 'Mettre la commande CC-2001 en retrait' }).click();
    await page.getByRole('heading', { name: /Emplacement de retrait/ }).waitFor();
    await page.getByRole('button', { name: 'Prête pour le retrait en R-02' }).click();
    await page.getByTestId('shelf').filter({ hasText: 'À prendre en R-02' }).waitFor();
    await shot('order-staged-tablet-fr');
    await stage('cc-b', 'R-01');
    await stage('cc-c', 'R-03');
    await untilOms('cc-a', (o) => o.status === 'ready_for_pickup' && o.staging?.location === 'R-02');
    const feed = await svc.oms<{
      events: { type: string; orderId: string; data: Record<string, unknown> }[];
    }>('GET', '/events?limit=1000');
    expect(
      feed.body.events.find((e) => e.type === 'ready_for_pickup' && e.orderId === 'cc-a')?.data,
    ).toMatchObject({
      stagingLocation: 'R-02',
    });
  });

  it('online: scan the pickup code, verify, take 2 of 3 lines, sign; the OMS sees the partial handover and the refused line back in stock', async () => {
    await verifyByCode('7311', 'cc-a', async () => {
      await shot('verify-tablet-fr');
    });
    await takeTwoOfThreeAndSign();
    await shot('done-tablet-fr');
    const order = await untilOms('cc-a', (o) => o.handovers.length === 1);
    expect(order.status).toBe('collected');
    expect(order.lines.map((l) => [l.id, l.handedOver, l.refused ?? 0, l.reserved])).toEqual([
      ['l1', 1, 0, 0],
      ['l2', 1, 0, 0],
      ['l3', 0, 1, 0],
    ]);
    expect(order.handovers[0]).toMatchObject({
      method: 'pickup_code',
      recipientRelation: 'self',
      signed: true,
      refused: [{ lineId: 'l3', qty: 1, reason: 'changed_mind' }],
    });
    const feed = await svc.oms<{
      events: { type: string; orderId: string; sku: string; data: Record<string, unknown> }[];
    }>('GET', '/events?limit=1000');
    const mine = feed.body.events.filter((e) => e.orderId === 'cc-a');
    // The beanie never left: no handed-over movement, its reservation released; the others left the stock.
    expect(
      mine.filter((e) => e.type === 'stock_moved' && e.data.reason === 'handed_over').map((e) => e.sku),
    ).toEqual(['SKU-A', 'SKU-B']);
    const beanieReservations = mine.filter(
      (e) => e.type === 'stock_moved' && e.sku === 'SKU-C' && e.data.reason === 'reservation',
    );
    expect(beanieReservations.map((e) => e.data.reserved)).toEqual([1, -1]);
    expect(mine.find((e) => e.type === 'handed_over')?.data).toMatchObject({
      refused: [{ lineId: 'l3', sku: 'SKU-C', qty: 1, reason: 'changed_mind' }],
    });
    const tasks = await picker.docs<{ id: string; status: string; reason: string }>('tasks');
    await picker.settled();
    expect(
      (await picker.docs<{ id: string; status: string; reason: string }>('tasks')).find(
        (t) => t.id === 'put_away:cc-a:l3',
      ),
    ).toMatchObject({
      status: 'open',
      reason: 'refused_at_counter',
    });
    expect(tasks).toBeDefined();
  });

  it('with the service stopped mid-flow: the handover is recorded on the device, and reaches the OMS once it is back', async () => {
    const before = { a: await omsStock('SKU-A'), c: await omsStock('SKU-C') };
    await verifyByCode('7322', 'cc-b');
    await svc.kill();
    await takeTwoOfThreeAndSign();
    await page
      .getByTestId('sync-connection')
      .filter({ hasText: /Hors ligne|Reconnexion|Connexion/ })
      .waitFor();
    // A reload resumes on the order, handed over on this device, waiting to be sent.
    await go(`/collect/cc-b`);
    await page.reload();
    await signInAs(page, 'Éric Moreau', '1111');
    await page.getByText("En attente d'envoi — la synchronisation se fera d'elle-même.").waitFor();
    await shot('offline-pending-tablet-fr');
    await svc.restart();
    const order = await untilOms('cc-b', (o) => o.handovers.length === 1);
    expect(order.lines.map((l) => [l.id, l.handedOver, l.refused ?? 0])).toEqual([
      ['l1', 1, 0],
      ['l2', 1, 0],
      ['l3', 0, 1],
    ]);
    expect(order.status).toBe('collected');
    // The scarf left the store; the refused beanie is back in stock: still on hand, no longer reserved.
    const after = { a: await omsStock('SKU-A'), c: await omsStock('SKU-C') };
    expect([after.a.onHand - before.a.onHand, after.a.reserved - before.a.reserved]).toEqual([-1, -1]);
    expect([after.c.onHand - before.c.onHand, after.c.reserved - before.c.reserved]).toEqual([0, -1]);
    expect(after.c.available - before.c.available).toBe(1);
  });

  it('hands over offline while the OMS cancels: after sync the app explains what happened', async () => {
    await page.getByTestId('sync-connection').filter({ hasText: 'En ligne' }).waitFor({ timeout: 60_000 });
    await verifyByCode('7333', 'cc-c');
    await context.setOffline(true);
    const cancel = await svc.oms('POST', '/stores/paris-01/orders/cc-c/cancel', {
      reason: 'customer_request',
    });
    expect(cancel.status).toBe(200);
    await page.getByRole('button', { name: 'Continuer vers la signature' }).click();
    await sign();
    await page.getByRole('button', { name: 'Remettre', exact: true }).click();
    await page.getByRole('heading', { name: 'Remis' }).waitFor();
    await context.setOffline(false);
    await go(`/collect/cc-c`);
    await page
      .getByRole('region', { name: 'Ce qui s’est passé' })
      .getByText(/La commande était annulée au moment du retrait/)
      .waitFor({ timeout: 60_000 })
      .catch(async (error) => {
        await shot('debug-outcome');
        console.log(JSON.stringify(await omsOrder('cc-c')));
        throw error;
      });
    await shot('handover-after-cancel-tablet-fr');
    const order = await omsOrder('cc-c');
    expect(order.status).toBe('cancelled');
    expect(order.handovers).toHaveLength(1);

    // The inbox explains it too, in plain words, with the follow-up for customer service.
    await go('/inbox');
    const outcomes = page.getByRole('list', { name: 'Ce que le service a répondu' });
    await outcomes
      .getByRole('listitem')
      .filter({ hasText: 'Conservé, avec une suite à donner : Remise au client sur la commande CC-2003' })
      .filter({ hasText: 'La commande était annulée au moment du retrait' })
      .waitFor({ timeout: 60_000 });
    await page
      .getByRole('list', { name: 'Suites à donner en magasin' })
      .getByText('Signaler la commande CC-2003 au service client')
      .waitFor();
    const nav = page.getByRole('navigation', { name: 'Menu principal' });
    expect(await nav.getByRole('link', { name: /À traiter/ }).textContent()).toMatch(/à regarder/);
    await shot('inbox-handover-after-cancel-tablet-fr');
  });

  it('screens in English on a desktop counter', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await go(`/collect`);
    await page.getByRole('heading', { name: 'Click & Collect — Comptoir' }).waitFor();
    await shot('counter-desktop-fr');
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    await page.getByRole('heading', { name: 'Click & Collect — Counter' }).waitFor();
    await shot('counter-desktop-en');
    await go(`/collect/cc-a`);
    await page.getByTestId('shelf').waitFor();
    await shot('order-collected-desktop-en');
    await page.setViewportSize({ width: 1280, height: 800 });
    await go(`/collect/cc-c/verify`);
    await page.getByRole('heading', { name: /Check who collects/ }).waitFor();
    await shot('verify-tablet-en');
    await go(`/collect`);
    await page.getByRole('heading', { name: 'Click & Collect — Counter' }).waitFor();
    await shot('counter-tablet-en');
  });
});
