import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import bwipjs from 'bwip-js/node';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumAvailable, launchChromium } from '../../scripts/lib/chromium';
import { serveBuilt } from '../../scripts/lib/serve-built';
import { signInAs } from '../../scripts/lib/sign-in';
import { contentSecurityPolicy } from '../../src-main/csp';
import { DEMO_DEFAULTS, generateDemoStore } from '../../src-server/demo/generate';
import { loadDemoStore } from '../../src-server/demo/load';
import { startTestService, type TestService } from '../support/service';

const present = chromiumAvailable('the home and scanning end-to-end test');
const SHOTS = 'test-results';

/** A keyboard-wedge scanner: the whole code as key presses in one burst, then Enter (as the hardware sends it). */
function wedgeScan(page: Page, code: string) {
  return page.evaluate((value) => {
    const target = document.activeElement ?? document.body;
    for (const key of [...value, 'Enter'])
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  }, code);
}

/** A camera that films a Code 128 label forever: one Y4M frame (what Chromium's fake camera plays). */
function cameraFilming(code: string, file: string): void {
  const [W, H, MODULE] = [640, 480, 3];
  const sbs = (bwipjs.raw({ bcid: 'code128', text: code }) as { sbs: number[] }[])[0]?.sbs ?? [];
  const luma = Buffer.alloc(W * H, 235);
  let x = Math.floor((W - sbs.reduce((n, w) => n + w, 0) * MODULE) / 2);
  sbs.forEach((width, i) => {
    if (i % 2 === 0)
      for (let px = x; px < x + width * MODULE; px++) for (let y = 140; y < 340; y++) luma[y * W + px] = 16;
    x += width * MODULE;
  });
  const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
  const header = Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\nFRAME\n`);
  writeFileSync(file, Buffer.concat([header, luma, chroma]));
}

/**
 * The tablet web build against the real service with the demo store (2,000 orders):
 * the queues, a scanned order barcode landing on the order's screen, a deep link
 * surviving a reload, the same with the service stopped; screenshots of home.
 */
describe.skipIf(!present)('home, queues and scanning in Chromium', () => {
  const work = mkdtempSync(join(tmpdir(), 'associate-home-'));
  const built = join(work, 'web');
  let svc: TestService;
  let web: Awaited<ReturnType<typeof serveBuilt>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const violations: string[] = [];
  const now = new Date();
  const filmed = generateDemoStore({ products: 2_000, orders: 2_000, seed: DEMO_DEFAULTS.seed, now })
    .orders[10];

  beforeAll(async () => {
    const vite = ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.web.config.ts', '--outDir', built];
    execFileSync(process.execPath, vite, {
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    });
    svc = await startTestService();
    await loadDemoStore({ url: svc.url, omsKey: 'test-oms-key', products: 2_000, orders: 2_000, now });
    // Served under the desktop shell's own CSP: what runs here runs in the Electron window too.
    web = await serveBuilt(built, {
      'content-security-policy': contentSecurityPolicy({ service: new URL(svc.url).origin }),
    });
    const film = join(work, 'camera.y4m');
    cameraFilming(filmed?.number ?? '', film);
    browser = await launchChromium({
      args: [
        ...CHROMIUM_ARGS,
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        `--use-file-for-fake-video-capture=${film}`,
      ],
    });
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['camera']);
    page = await context.newPage();
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation(v: string): void }).reportViolation(
          `${e.effectiveDirective} ${e.blockedURI}`,
        ),
      ),
    );
    mkdirSync(SHOTS, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await web?.stop().catch(() => {});
    await svc?.close().catch(() => {});
    rmSync(work, { recursive: true, force: true });
  });

  const orders = () => page.getByRole('table', { name: /^(Commandes|Orders)$/ });
  const firstOrderNumbers = async (n: number) =>
    (await orders().getByRole('row').locator('td:first-child button').allInnerTexts()).slice(0, n);

  it('shows the demo store’s queues, most urgent first, virtualized', async () => {
    const code = (await svc.admin<{ code: string }>('POST', '/stores/paris-rivoli/enrollment-codes', {})).body
      .code;
    await page.goto(`${web.url}/?service=${encodeURIComponent(svc.url)}&code=${code}`);
    await signInAs(page, 'Camille Martin', '1234');
    await page.getByTestId('sync-connection').filter({ hasText: 'En ligne' }).waitFor();
    await orders().getByRole('row').nth(5).waitFor();
    await page
      .getByRole('button', { name: /^Toutes les commandes en cours : 2000$/ })
      .waitFor({ timeout: 60_000 });
    // 2,000 orders in the queue, a screenful of rows in the page.
    expect(await orders().getAttribute('aria-rowcount')).toBe('2001');
    expect(await orders().locator('tbody tr[data-order]').count()).toBeLessThan(60);
    const stage = await page.getByRole('button', { name: /^À préparer : \d+$/ }).getAttribute('aria-label');
    expect(Number(stage?.match(/\d+/)?.[0])).toBeGreaterThan(0);
  });

  it('takes a screenshot of home at 1280×800 and 1920×1080, in French and English', async () => {
    for (const language of ['fr', 'en'] as const) {
      await page.getByRole('combobox', { name: /^(Langue|Language)$/ }).selectOption(language);
      await orders().getByRole('row').nth(5).waitFor();
      for (const [width, height] of [
        [1280, 800],
        [1920, 1080],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: join(SHOTS, `home-${width}x${height}-${language}.png`) });
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  });

  it('signals an order the OMS assigns while home is open, and marks it in the list', async () => {
    if (!filmed) throw new Error('no demo order to copy');
    const order = { ...filmed, id: 'arrival-1', number: 'FR-ARRIVAL-1' };
    expect((await svc.oms('POST', '/stores/paris-rivoli/orders', { order })).status).toBe(201);
    const signal = page.getByRole('button', { name: '1 nouvelle commande' });
    await signal.waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(SHOTS, 'home-new-order-1280x800-fr.png') });
    await signal.click();
    await page.getByRole('button', { name: /^Toutes les commandes en cours : 2001$/ }).waitFor();
    expect(await signal.count()).toBe(0);
  });

  it('lands on an order’s screen when its barcode is scanned, and the deep link survives a reload', async () => {
    const [, number] = await firstOrderNumbers(3);
    if (!number) throw new Error('no order on screen');
    await wedgeScan(page, number);
    const heading = page.getByRole('heading', { level: 1, name: new RegExp(number) });
    await heading.waitFor();
    const hash = new URL(page.url()).hash;
    expect(hash).toMatch(/^#\/(orders\/[^/]+\/pick|collect\/[^/]+)$/);
    await page.reload();
    // A reload asks who is working again; the deep link is where they land.
    await signInAs(page, 'Camille Martin', '1234');
    await heading.waitFor();
    expect(new URL(page.url()).hash).toBe(hash);
  });

  it('with the service stopped: the queues from the device, a scan still lands on the order', async () => {
    await svc.close();
    await page.goto(`${web.url}/#/`);
    await signInAs(page, 'Camille Martin', '1234');
    await orders().getByRole('row').nth(5).waitFor();
    await page
      .getByTestId('sync-connection')
      .filter({ hasText: /Hors ligne|Connexion/ })
      .waitFor();
    const [, , number] = await firstOrderNumbers(4);
    if (!number) throw new Error('no order on screen');
    await wedgeScan(page, number);
    await page.getByRole('heading', { level: 1, name: new RegExp(number) }).waitFor();
    await page.getByTestId('sync-connection').filter({ hasText: 'Hors ligne' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'order-offline-1280x800-fr.png') });
  });

  it('reads a label with the tablet camera (ZXing WebAssembly from the app itself), offline, under the CSP', async () => {
    // Same document (only the hash changes): Camille is still signed in.
    await page.goto(`${web.url}/#/`);
    await orders().getByRole('row').nth(5).waitFor();
    await page.getByRole('button', { name: 'Scanner avec la caméra' }).click();
    await page
      .getByRole('heading', { level: 1, name: new RegExp(filmed?.number ?? '-') })
      .waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).hash).toContain(filmed?.id ?? '-');
    expect(violations).toEqual([]);
  });
});
