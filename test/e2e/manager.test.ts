import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeviceCredentials } from '@shared/sync/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../../scripts/lib/chromium';
import { serveBuilt } from '../../scripts/lib/serve-built';
import { signInAs } from '../../scripts/lib/sign-in';
import { contentSecurityPolicy } from '../../src-main/csp';
import { anOrder } from '../support/fixtures';
import { call } from '../support/http';
import { deviceCommand } from '../support/service';
import { spawnTestService } from '../support/service-process';

const present = chromiumAvailable('the manager end-to-end test');
const SHOTS = join(process.cwd(), 'test-results', 'manager');
const HOUR = 3_600_000;
const at = (ms: number) => new Date(Date.now() + ms).toISOString();

type Capacity = {
  paused: Record<string, { paused: boolean; reason: string }>;
  pausedNow: Record<string, boolean>;
};
type Events = { events: { type: string; storeId: string; orderId: string; data: Record<string, unknown> }[] };

/**
 * The manager on the desktop build of the renderer, under the shell's CSP
 * (recharts must draw without inline styles or eval), against a real service
 * process that is stopped and restarted mid-flow.
 */
describe.skipIf(!present)(
  'manager: pause and release with the service stopped, the OMS sees it after restart',
  () => {
    const work = mkdtempSync(join(tmpdir(), 'associate-manager-'));
    let svc: Awaited<ReturnType<typeof spawnTestService>>;
    let web: Awaited<ReturnType<typeof serveBuilt>>;
    let browser: Browser;
    let page: Page;

    async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
      for (let i = 0; i < 300; i++) {
        const value = await read().catch(() => undefined);
        if (value !== undefined && ok(value)) return value;
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`never happened: ${what}`);
    }

    beforeAll(async () => {
      execFileSync(
        process.execPath,
        ['node_modules/electron-vite/bin/electron-vite.js', 'build', '--outDir', work],
        {
          stdio: 'pipe',
          env: { ...process.env, NODE_ENV: 'production' },
        },
      );
      svc = await spawnTestService();
      await svc.createStore('paris-01', 'Paris Rivoli');
      await svc.oms('POST', '/stores/paris-01/stock', {
        items: [
          { sku: 'SKU-A', onHand: 80 },
          { sku: 'SKU-B', onHand: 80 },
        ],
      });
      for (let i = 1; i <= 8; i++) {
        const kind = i % 3 === 0 ? 'click_and_collect' : 'ship_from_store';
        const order = anOrder({ id: `o-${i}`, number: `FR-10000${i}`, kind, promisedBy: at((i - 3) * HOUR) });
        await svc.oms('POST', '/stores/paris-01/orders', { order });
      }
      // The morning so far, from another tablet: Bruno picked two orders, Chloé rejected a damaged scarf.
      const tablet = await svc.enroll('paris-01');
      const week = Array.from({ length: 7 }, () => ({ closed: false, open: '00:00', close: '23:59' }));
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
      const commands = [
        deviceCommand('set_opening_hours', { openingHours: week }, 'alice'),
        deviceCommand('set_capacity', { date: today, kind: 'ship_from_store', limit: 6 }, 'alice'),
        ...['o-1', 'o-2'].flatMap((orderId) => [
          deviceCommand('pick', { orderId, lineId: 'l1', qty: 1, barcode: '' }, 'bruno'),
          deviceCommand('pick', { orderId, lineId: 'l1', qty: 1, barcode: '' }, 'bruno'),
          deviceCommand('pick', { orderId, lineId: 'l2', qty: 1, barcode: '' }, 'bruno'),
        ]),
        deviceCommand('pick', { orderId: 'o-4', lineId: 'l1', qty: 2, barcode: '' }, 'chloe'),
        deviceCommand('reject_line', { orderId: 'o-4', lineId: 'l2', qty: 1, reason: 'damaged' }, 'chloe'),
      ];
      const pushed = await call(svc.url, 'POST', '/v1/push', { token: tablet.token, body: { commands } });
      expect(pushed.status).toBe(200);

      const credentials: DeviceCredentials = { serviceUrl: svc.url, ...(await svc.enroll('paris-01')) };
      const policy = contentSecurityPolicy({ service: new URL(svc.url).origin });
      web = await serveBuilt(join(work, 'renderer'), { 'content-security-policy': policy });
      browser = await launchChromium();
      page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.addInitScript((kept: DeviceCredentials) => {
        const violations: string[] = [];
        Object.assign(window, { violations });
        document.addEventListener('securitypolicyviolation', (e) =>
          violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
        );
        // Camille-like manager of the test team signed in on this device.
        if (!localStorage.getItem('associate.session'))
          localStorage.setItem(
            'associate.session',
            JSON.stringify({ state: { staffId: 'alice', language: null }, version: 0 }),
          );
        Object.assign(window, {
          associate: {
            credentials: { load: async () => kept, clear: async () => {} },
            device: { enroll: async () => ({ ok: false, failure: 'network', message: 'not here' }) },
          },
        });
      }, credentials);
      mkdirSync(SHOTS, { recursive: true });
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await web?.stop();
      await svc?.close();
      rmSync(work, { recursive: true, force: true });
    });

    /** Cards whose content spills out of them (wider than the card), by their heading: a layout a manager would notice. */
    const spilling = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.card')]
          .filter((card) => card.scrollWidth > card.clientWidth + 1)
          .map((card) => card.querySelector('h2')?.textContent ?? card.className),
      );
    const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    const capacity = async () => (await svc.oms<Capacity>('GET', '/stores/paris-01/capacity')).body;

    it('pauses Click & Collect with the service stopped; after the restart one sync tells the OMS', async () => {
      await page.goto(`${web.url}/index.html#/manager/capacity`);
      await signInAs(page, 'Alice Martin', '1234');
      await page.getByTestId('sync-connection').filter({ hasText: 'En ligne' }).waitFor({ timeout: 60_000 });
      const pauses = page.getByRole('region', { name: 'Prise de commandes' });
      await pauses.waitFor();

      await svc.kill();
      await page
        .getByTestId('sync-connection')
        .filter({ hasNotText: 'En ligne' })
        .waitFor({ timeout: 60_000 });
      await pauses.getByRole('button', { name: 'Mettre en pause : Click & Collect' }).click();
      await pauses.getByLabel('Motif (facultatif)').fill('Inventaire annuel');
      await pauses.getByRole('button', { name: 'Mettre en pause', exact: true }).click();
      // At once, offline: the switch says paused and offers to resume.
      await pauses.getByRole('button', { name: 'Reprendre : Click & Collect' }).waitFor();
      await page.getByTestId('sync-pending').filter({ hasText: '1' }).waitFor();
      await page.screenshot({ path: join(SHOTS, 'capacity-offline-tablet-fr.png'), fullPage: true });
      expect(await spilling()).toEqual([]);

      await svc.restart();
      const after = await until(
        capacity,
        (c) => c.paused.click_and_collect?.paused === true,
        'the OMS sees the pause',
      );
      expect(after.paused.click_and_collect).toMatchObject({ paused: true, reason: 'Inventaire annuel' });
      expect(after.pausedNow).toEqual({ ship_from_store: false, click_and_collect: true });
      const feed = await svc.oms<Events>('GET', '/events?storeId=paris-01&limit=1000');
      expect(feed.body.events).toContainEqual(
        expect.objectContaining({
          type: 'fulfilment_paused',
          storeId: 'paris-01',
          data: expect.objectContaining({ kind: 'click_and_collect', reason: 'Inventaire annuel' }),
        }),
      );
      await page.getByTestId('sync-connection').filter({ hasText: 'En ligne' }).waitFor({ timeout: 60_000 });
      expect(await violations()).toEqual([]);
    });

    it('shows the day’s picture on a tablet and a desktop, in French and English, within the CSP', async () => {
      await page.goto(`${web.url}/index.html#/manager`);
      const forecast = page.getByRole('region', { name: 'Va-t-on tout faire aujourd’hui ?' });
      await forecast.getByRole('status').waitFor();
      await page
        .getByRole('table', { name: 'Préparations et remises par vendeur' })
        .getByText('Bruno Petit')
        .waitFor({ state: 'attached' });
      // The charts are drawn (SVG bars) despite the CSP.
      await page.locator('.recharts-bar-rectangle').first().waitFor();
      await page.screenshot({ path: join(SHOTS, 'dashboard-tablet-fr.png'), fullPage: true });
      expect(await spilling()).toEqual([]);
      // The legend reads in the bars' order, whatever the language's alphabet says.
      const legend = () => page.locator('.recharts-legend-item-text').allTextContents();
      expect(await legend()).toEqual(['Articles préparés', 'Commandes emballées', 'Remises']);
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.screenshot({ path: join(SHOTS, 'dashboard-desktop-fr.png'), fullPage: true });

      await page.getByLabel('Langue').selectOption('en');
      await page.getByRole('region', { name: 'Will we make it today?' }).waitFor();
      expect(await legend()).toEqual(['Units picked', 'Orders packed', 'Handovers']);
      await page.screenshot({ path: join(SHOTS, 'dashboard-desktop-en.png'), fullPage: true });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.screenshot({ path: join(SHOTS, 'dashboard-tablet-en.png'), fullPage: true });

      // Export CSV saves the day's figures from the device; the OMS's CSV of the day says the same.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export CSV' }).click(),
      ]);
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
      expect(download.suggestedFilename()).toBe(`paris-01-${today}.csv`);
      const saved = readFileSync(await download.path(), 'utf8');
      const sections = (csv: string) =>
        csv.split('\r\n').filter((row) => /^(backlog|associate|rejection_reason|rejected_item),/.test(row));
      expect(sections(saved)).toContainEqual(expect.stringMatching(/^associate,bruno,picked,[1-9]/));
      expect(sections(saved)).toContain('rejection_reason,damaged,,1');
      const served = await fetch(`${svc.url}/oms/v1/stores/paris-01/day?format=csv`, {
        headers: { authorization: 'Bearer oms-key' },
      });
      expect(sections(saved)).toEqual(sections(await served.text()));
      await page.goto(`${web.url}/index.html#/manager/capacity`);
      await page.getByRole('region', { name: 'Taking orders' }).waitFor();
      await page.screenshot({ path: join(SHOTS, 'capacity-tablet-en.png'), fullPage: true });
      expect(await spilling()).toEqual([]);

      // The OMS gets the same figures from the service.
      const day = await svc.oms<{ associates: { staffId: string }[]; rejectionReasons: { key: string }[] }>(
        'GET',
        '/stores/paris-01/day',
      );
      expect(day.body.associates.map((a) => a.staffId)).toEqual(['bruno', 'chloe']);
      expect(day.body.rejectionReasons).toEqual([{ key: 'damaged', count: 1 }]);
      expect(await violations()).toEqual([]);
    });

    it('releases every order not picked yet with the service stopped; after the restart the OMS has them back', async () => {
      await page.goto(`${web.url}/index.html#/manager/capacity`);
      const card = page.getByRole('region', { name: 'Release all outstanding' });
      await card.waitFor();
      await page.getByTestId('sync-connection').filter({ hasText: 'Online' }).waitFor({ timeout: 60_000 });

      await svc.kill();
      await page.getByTestId('sync-connection').filter({ hasNotText: 'Online' }).waitFor({ timeout: 60_000 });
      await card.getByRole('button', { name: 'Release all outstanding' }).click();
      const dialog = page.getByRole('dialog', { name: 'Release all outstanding orders' });
      // The summary: five orders nobody has started (o-1, o-2 and o-4 are being picked and stay).
      await dialog.getByText('5 orders not picked yet will go back to the OMS').waitFor();
      await dialog.getByLabel('Why').selectOption({ label: 'Store closed' });
      await dialog.getByLabel('PIN of Alice Martin').fill('1234');
      await dialog.getByRole('button', { name: 'Release 5 orders' }).click();
      // At once, offline: the toast says so, the dialog is gone, both kinds show paused, 5 + 2 commands wait.
      await page.getByRole('status').getByText('5 orders released and fulfilment paused.').waitFor();
      await dialog.waitFor({ state: 'detached' });
      const pauses = page.getByRole('region', { name: 'Taking orders' });
      await pauses.getByRole('button', { name: 'Resume Ship from store' }).waitFor();
      // The pause says why in words, not the reason's code.
      expect(await pauses.getByText('“Store closed”').count()).toBe(2);
      await page.getByTestId('sync-pending').filter({ hasText: '7 actions waiting to be sent' }).waitFor();
      await page.screenshot({ path: join(SHOTS, 'release-offline-tablet-en.png'), fullPage: true });
      expect(await spilling()).toEqual([]);

      await svc.restart();
      const released = async () =>
        (await svc.oms<Events>('GET', '/events?storeId=paris-01&limit=1000')).body.events.filter(
          (e) => e.type === 'order_released',
        );
      const events = await until(released, (found) => found.length >= 5, 'the OMS has the orders back');
      expect(events.map((e) => e.orderId).sort()).toEqual(['o-3', 'o-5', 'o-6', 'o-7', 'o-8']);
      for (const event of events)
        expect(event.data).toMatchObject({ reason: 'store_closed', confirmedBy: 'alice' });
      const after = await until(
        capacity,
        (c) => c.pausedNow.ship_from_store === true,
        'the OMS sees both kinds paused',
      );
      expect(after.pausedNow).toEqual({ ship_from_store: true, click_and_collect: true });
      await page.getByTestId('sync-connection').filter({ hasText: 'Online' }).waitFor({ timeout: 60_000 });
      await page
        .getByTestId('sync-pending')
        .filter({ hasText: 'Everything is sent' })
        .waitFor({ timeout: 60_000 });
      expect(await violations()).toEqual([]);
    });
  },
);
