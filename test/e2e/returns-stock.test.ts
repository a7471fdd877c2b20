import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../../scripts/lib/chromium';
import { serveBuilt } from '../../scripts/lib/serve-built';
import { seedStore } from '../renderer/features/store-seed';
import { anOrder } from '../support/fixtures';
import { call, deviceCommand } from '../support/service';
import { spawnTestService } from '../support/service-process';

const present = chromiumAvailable('the returns and stock browser test');
const SHOTS = join(process.cwd(), 'test-results', 'returns-stock');
const TABLET = { width: 1280, height: 800 };
const DESKTOP = { width: 1920, height: 1080 };

type Level = { onHand: number; available: number; unsellable: number };
type Events = {
  events: { type: string; data: { refund?: { amount: number; currency: string }; orderNumber?: string } }[];
};

describe.skipIf(!present)('returns and stock in the browser, against the real service', () => {
  const work = mkdtempSync(join(tmpdir(), 'associate-returns-'));
  const built = join(work, 'web');
  let svc: Awaited<ReturnType<typeof spawnTestService>>;
  let web: Awaited<ReturnType<typeof serveBuilt>>;
  let browser: Browser;
  let counter: Page;
  let office: Page;

  async function openDevice(
    viewport: { width: number; height: number },
    who: { name: string; pin: string },
    language: 'fr' | 'en',
  ) {
    const context = await browser.newContext({ viewport });
    await context.addInitScript((lang) => {
      if (!localStorage.getItem('associate.session'))
        localStorage.setItem(
          'associate.session',
          JSON.stringify({ state: { language: lang, wrongPins: 0, lockedOutUntil: 0 }, version: 0 }),
        );
    }, language);
    const page = await context.newPage();
    const code = (await svc.admin<{ code: string }>('POST', '/stores/paris-01/enrollment-codes', {})).body
      .code;
    await page.goto(`${web.url}/?service=${encodeURIComponent(svc.url)}&code=${code}`);
    // Sign in as a person would: their name, then the PIN on the keypad.
    await page.getByRole('button', { name: who.name, exact: true }).click();
    for (const digit of who.pin) await page.getByRole('button', { name: digit, exact: true }).click();
    await page
      .getByRole('button', { name: language === 'fr' ? 'Se connecter' : 'Sign in', exact: true })
      .click();
    await page
      .getByTestId('sync-connection')
      .filter({ hasText: language === 'fr' ? 'En ligne' : 'Online' })
      .waitFor();
    return page;
  }

  /** Move within the app without reloading it (a reload asks who is working again). */
  const go = (page: Page, hash: string) =>
    page.evaluate((h) => {
      location.hash = h;
    }, hash);

  const stock = async (sku: string) => (await svc.oms<Level>('GET', `/stores/paris-01/stock/${sku}`)).body;
  const returnedEvents = async () =>
    (await svc.oms<Events>('GET', '/events?limit=5000')).body.events.filter((e) => e.type === 'returned');
  async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, ms = 60_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = await read();
      if (ok(value) || Date.now() > deadline) return value;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const vite = ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.web.config.ts', '--outDir', built];
    execFileSync(process.execPath, vite, {
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    });
    svc = await spawnTestService();
    await seedStore(svc);
    const order = anOrder({
      id: 'o-cc',
      number: 'FR-4',
      kind: 'click_and_collect',
      lines: [
        { id: 'l1', sku: 'SKU-A', name: 'Pull en laine', qty: 2, price: { amount: 4990, currency: 'EUR' } },
        { id: 'l2', sku: 'SKU-B', name: 'Écharpe', qty: 1, price: { amount: 1990, currency: 'EUR' } },
      ],
    });
    await svc.oms('POST', '/stores/paris-01/orders', { order });
    // The customer collected the order yesterday.
    const till = await svc.enroll('paris-01');
    const handover = deviceCommand(
      'handover',
      {
        orderId: 'o-cc',
        lines: [
          { lineId: 'l1', qty: 2 },
          { lineId: 'l2', qty: 1 },
        ],
        verification: { method: 'pickup_code', proof: '4821' },
        recipient: { name: 'Camille Martin', relation: 'self' },
      },
      'eric',
    );
    await call(svc.url, 'POST', '/v1/push', { token: till.token, body: { commands: [handover] } });
    web = await serveBuilt(built);
    browser = await launchChromium();
    counter = await openDevice(TABLET, { name: 'Éric Moreau', pin: '1111' }, 'fr');
    office = await openDevice(DESKTOP, { name: 'Alice Martin', pin: '1234' }, 'en');
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await web?.stop().catch(() => {});
    await svc?.close().catch(() => {});
    rmSync(work, { recursive: true, force: true });
  });

  async function takeBack(page: Page, line: string, reason: string, shots: string) {
    await go(page, '#/returns');
    await page.getByRole('searchbox', { name: 'Numéro de commande' }).fill('FR-4');
    await page.getByRole('searchbox', { name: 'Numéro de commande' }).press('Enter');
    await page.getByRole('heading', { name: 'Retour — commande FR-4' }).waitFor();
    await page.getByRole('button', { name: `Un ${line} de plus` }).click();
    await page.getByRole('combobox', { name: `Motif pour ${line}` }).selectOption(reason);
    await shot(page, `${shots}-items-tablet-fr`);
    await page.getByRole('button', { name: 'Passer au remboursement' }).click();
    await page.getByRole('heading', { name: 'Remboursement' }).waitFor();
    await shot(page, `${shots}-refund-tablet-fr`);
    await page.getByRole('button', { name: 'Enregistrer le retour' }).click();
    await page.getByRole('heading', { name: 'Retour enregistré' }).waitFor();
  }

  it('a return with restock, online: the OMS sees the stock up and the refund in the event feed; a second device sees the stock', async () => {
    await go(office, '#/stock/SKU-A');
    const onHand = office.getByRole('status', { name: 'On hand' });
    await onHand.waitFor();
    const before = await stock('SKU-A');
    await expect.poll(() => onHand.textContent()).toBe(String(before.onHand));
    // Yesterday's handover in the movements: who by name, the reservation it gave back said as such.
    const movements = office.getByRole('row').filter({ hasText: 'Éric Moreau' });
    await movements.first().waitFor();
    expect(await movements.allTextContents()).toEqual([
      expect.stringMatching(/Reserved -2.*Reservation released/),
      expect.stringMatching(/On hand -2.*Handed over/),
    ]);
    await shot(office, 'stock-desktop-en');

    await takeBack(counter, 'Pull en laine (SKU-A)', 'too_small', 'online');
    await shot(counter, 'online-done-tablet-fr');
    const after = await until(
      () => stock('SKU-A'),
      (s) => s.onHand === before.onHand + 1,
    );
    expect(after).toMatchObject({ onHand: before.onHand + 1, available: before.available + 1 });
    const events = await until(returnedEvents, (e) => e.length >= 1);
    expect(events.at(-1)?.data).toMatchObject({
      orderNumber: 'FR-4',
      refund: { amount: 4990, currency: 'EUR', method: 'original_payment' },
    });
    // The other device's next sync (a poke from the service) brings the new stock.
    await expect.poll(() => onHand.textContent(), { timeout: 30_000 }).toBe(String(before.onHand + 1));
    await shot(office, 'stock-after-return-desktop-en');
  }, 120_000);

  it('a return with the service stopped: kept and restocked on the device, received when the service is back', async () => {
    const before = await stock('SKU-B');
    const known = (await returnedEvents()).length;
    await svc.kill();
    await takeBack(counter, 'Écharpe (SKU-B)', 'changed_mind', 'offline');
    await counter
      .getByText('Enregistré sur cet appareil ; il part au service à la prochaine synchronisation.')
      .waitFor();
    await shot(counter, 'offline-done-tablet-fr');
    // On this device the scarf is for sale again at once, service or not.
    await go(counter, '#/stock/SKU-B');
    await expect
      .poll(() => counter.getByRole('status', { name: 'Disponible à la vente' }).textContent(), {
        timeout: 15_000,
      })
      .toBe(String(before.available + 1));
    await shot(counter, 'offline-stock-tablet-fr');

    await svc.restart();
    const after = await until(
      () => stock('SKU-B'),
      (s) => s.onHand === before.onHand + 1,
      90_000,
    );
    expect(after).toMatchObject({ onHand: before.onHand + 1, available: before.available + 1 });
    const events = await until(returnedEvents, (e) => e.length > known, 30_000);
    expect(events.at(-1)?.data).toMatchObject({ refund: { amount: 1990, currency: 'EUR' } });
  }, 180_000);

  it('stock search and screens in English on a desktop', async () => {
    await go(office, '#/stock');
    await office.getByRole('searchbox', { name: /Scan, or type/ }).fill('chemise');
    await office.getByRole('list', { name: 'Products found' }).waitFor();
    await shot(office, 'stock-search-desktop-en');
    await go(office, '#/returns');
    await office.getByRole('heading', { name: 'Returns' }).waitFor();
    await shot(office, 'returns-find-desktop-en');
    await go(counter, '#/stock/SKU-C/count');
    await counter.getByRole('heading', { name: /Comptage/ }).waitFor();
    await shot(counter, 'count-tablet-fr');
  }, 60_000);
});
