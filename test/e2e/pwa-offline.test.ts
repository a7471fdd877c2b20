import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchProfile } from '../../scripts/lib/chromium';
import { serveBuilt } from '../../scripts/lib/serve-built';
import { signInAs } from '../../scripts/lib/sign-in';
import { anOrder } from '../support/fixtures';
import { startTestService, type TestService } from '../support/service';

const present = chromiumAvailable('the installable web app test');

describe.skipIf(!present)('the installable web app (tablets)', () => {
  const work = mkdtempSync(join(tmpdir(), 'associate-pwa-'));
  const built = join(work, 'web');
  let svc: TestService;
  let web: Awaited<ReturnType<typeof serveBuilt>>;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    // The web build exactly as shipped to tablets (vitest's NODE_ENV=test would make a development build).
    const vite = ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.web.config.ts', '--outDir', built];
    execFileSync(process.execPath, vite, {
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    });
    svc = await startTestService();
    await svc.createStore('paris-01', { name: 'Paris Rivoli' });
    await svc.oms('POST', '/stores/paris-01/orders', { order: anOrder({ id: 'o-1', number: 'FR-100001' }) });
    web = await serveBuilt(built);
    context = await launchProfile(join(work, 'profile'));
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await context?.close();
    await web?.stop().catch(() => {});
    await svc?.close().catch(() => {});
    rmSync(work, { recursive: true, force: true });
  });

  it('on its first, online visit: enrolls, shows the store, installs its service worker', async () => {
    const code = (await svc.admin<{ code: string }>('POST', '/stores/paris-01/enrollment-codes', {})).body
      .code;
    await page.goto(`${web.url}/?service=${encodeURIComponent(svc.url)}&code=${code}`);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Dora Leroy', exact: true }).waitFor();
    await page.screenshot({ path: 'test-results/signin-names-1280x800-fr.png' });
    // Whoever takes the shared device may switch it to English before signing in.
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    await page.getByRole('heading', { name: 'Who is working?' }).waitFor();
    await page.screenshot({ path: 'test-results/signin-names-1280x800-en.png' });
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await page.getByRole('combobox', { name: 'Langue' }).waitFor();
    await page.getByRole('button', { name: 'Dora Leroy', exact: true }).click();
    await page.getByRole('group', { name: 'Code PIN de Dora Leroy' }).waitFor();
    await page.screenshot({ path: 'test-results/signin-pin-1280x800-fr.png' });
    await page.getByRole('button', { name: 'Quelqu’un d’autre' }).click();
    await signInAs(page, 'Dora Leroy', '0000');
    await page.getByRole('cell', { name: 'FR-100001', exact: true }).waitFor();
    await page.getByTestId('sync-connection').filter({ hasText: 'En ligne' }).waitFor();
    const controlled = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i++)
        await new Promise((r) => setTimeout(r, 50));
      return navigator.serviceWorker.controller?.scriptURL ?? null;
    });
    expect(controlled).toBe(`${web.url}/sw.js`);
  });

  it('is installable: Chromium finds nothing missing in its manifest and icons', async () => {
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors).toEqual([]);
    const manifest = await (await page.request.get(`${web.url}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({ name: 'Associé magasin', display: 'standalone', start_url: '/' });
  });

  it('with no network at all, starts from its cache with the store as it was, and still prints', async () => {
    await web.stop();
    await svc.close();
    await context.setOffline(true);

    await page.goto(`${web.url}/`);
    // After a reload one signs in again: the PIN is checked on the tablet, with no network.
    await signInAs(page, 'Dora Leroy', '0000');
    await page.getByRole('cell', { name: 'FR-100001', exact: true }).waitFor();
    // The badge says "Connexion…" until the first attempt fails: wait for it, do not race it.
    await expect.poll(() => page.getByTestId('sync-connection').textContent()).toMatch(/Hors ligne/);

    // Printing loads pdfmake and its fonts on demand: they were cached with the app.
    await page.getByRole('button', { name: 'Imprimer les documents de la commande FR-100001' }).click();
    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Liste de préparation — Ouvrir le PDF' }).click(),
    ]);
    await tab.waitForURL(/^blob:/);
  });
});
