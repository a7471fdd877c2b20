import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DeviceCredentials } from '@shared/sync/protocol';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { launchProfile } from '../lib/chromium';
import { serveBuilt } from '../lib/serve-built';
import type { BenchPage } from './page/main';
import type { RawFigures } from './page/raw-idb';
import type { ReplicaFigures } from './page/replica-run';

const PAGE = fileURLToPath(new URL('./page', import.meta.url));
const SHARED = fileURLToPath(new URL('../../shared', import.meta.url));

/**
 * CPU spent during the replica's sync besides the IndexedDB backend: the bench process (the service,
 * PGlite included, shares this machine's cores with the browser) and the page's main thread.
 */
export type SyncCpu = { serviceMs: number; pageTaskMs: number };

export type BrowserRun = {
  version: string;
  replica: ReplicaFigures;
  /** The same first sync with its pages written one at a time (each after the one before committed). */
  onePageAtATime: ReplicaFigures;
  cpu: SyncCpu;
  /** The same for the sync with its pages one at a time. */
  oneCpu: SyncCpu;
  raw: { sequential: RawFigures; parallel: RawFigures };
  /** Diagnostic: RxDB bulkInsert of the same documents, no replication, on RxDB's Dexie storage. */
  rxdbInsert: RawFigures;
  /** Diagnostic: the same on the app's storage (the floor under the replica without pull and network). */
  appInsert: RawFigures;
};

export type BrowserBench = {
  /** profile: write the page's CPU profile of the replica sync there (Chrome DevTools format). */
  /** order: which replica goes first ('pipelined' or 'one page at a time'); alternate it between runs. */
  run(
    credentials: DeviceCredentials,
    profile?: string,
    first?: 'pipelined' | 'one-at-a-time',
  ): Promise<BrowserRun>;
  close(): Promise<void>;
};

type Bench = { bench: BenchPage };

/** Build the bench page with Vite (a production build, as the app ships) and serve it. */
export async function openBrowserBench(
  executablePath = '/usr/bin/chromium',
  /** Readable code for CPU profiles. */
  minify = true,
): Promise<BrowserBench> {
  const work = mkdtempSync(join(tmpdir(), 'bench-sync-'));
  const outDir = join(work, 'page');
  await build({
    configFile: false,
    root: PAGE,
    logLevel: 'warn',
    resolve: { alias: { '@shared': SHARED } },
    build: { outDir, emptyOutDir: true, target: 'chrome120', chunkSizeWarningLimit: 5000, minify },
  });
  const site = await serveBuilt(outDir);

  let profiles = 0;
  /** A fresh persistent profile (an empty IndexedDB on disk) with the bench page open. */
  async function inProfile<T>(use: (page: Page, version: string) => Promise<T>): Promise<T> {
    profiles += 1;
    const dir = join(work, `profile-${profiles}`);
    const context = await launchProfile(dir, executablePath);
    try {
      const page: Page = context.pages()[0] ?? (await context.newPage());
      page.on('pageerror', (e) => console.error(`[page] ${e.message}`));
      await page.goto(`${site.url}/index.html`);
      await page.waitForFunction(() => 'bench' in globalThis);
      return await use(
        page,
        context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent)),
      );
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  return {
    /**
     * One run: the replica's first sync, then each write of the same documents,
     * every one in a fresh profile so none pays for what another left on disk.
     */
    async run(credentials, profile, first = 'pipelined') {
      /** One replica's first sync in a fresh profile, with the CPU beside IndexedDB's backend spent meanwhile. */
      const sync = (name: string, pipelined: boolean, withProfile?: string) =>
        inProfile(async (page, version) => {
          const cdp = await page.context().newCDPSession(page);
          await cdp.send('Performance.enable');
          if (withProfile) {
            await cdp.send('Profiler.enable');
            await cdp.send('Profiler.start');
          }
          const before = (await cdp.send('Performance.getMetrics')).metrics;
          const serviceBefore = process.cpuUsage();
          const figures = await page.evaluate(
            ([c, n, p]) => (globalThis as unknown as Bench).bench.replica(c, n, p),
            [credentials, name, pipelined] as const,
          );
          const service = process.cpuUsage(serviceBefore);
          const metrics = (await cdp.send('Performance.getMetrics')).metrics;
          if (withProfile)
            writeFileSync(withProfile, JSON.stringify((await cdp.send('Profiler.stop')).profile));
          const value = (list: typeof metrics, metric: string) =>
            list.find((m) => m.name === metric)?.value ?? Number.NaN;
          const cpu: SyncCpu = {
            serviceMs: (service.user + service.system) / 1000,
            pageTaskMs: (value(metrics, 'TaskDuration') - value(before, 'TaskDuration')) * 1000,
          };
          return { version, figures, cpu };
        });
      const oneAtATime = () => sync('bench_replica_one', false);
      const before = first === 'one-at-a-time' ? await oneAtATime() : undefined;
      const { version, figures: replica, cpu } = await sync('bench_replica', true, profile);
      const measure = (what: 'parallel' | 'sequential' | 'rxdb' | 'app-storage') =>
        inProfile(async (page) => {
          // Not timed: the documents the replica pulled, fetched into the page first.
          await page.evaluate(([url, token]) => (globalThis as unknown as Bench).bench.fetch(url, token), [
            credentials.serviceUrl,
            credentials.token,
          ] as const);
          return page.evaluate((w) => (globalThis as unknown as Bench).bench.measure(w), what);
        });
      const one = before ?? (await oneAtATime());
      const onePageAtATime = one.figures;
      const oneCpu = one.cpu;
      const parallel = await measure('parallel');
      const sequential = await measure('sequential');
      const rxdbInsert = await measure('rxdb');
      const appInsert = await measure('app-storage');
      return {
        version,
        replica,
        onePageAtATime,
        cpu,
        oneCpu,
        raw: { sequential, parallel },
        rxdbInsert,
        appInsert,
      };
    },
    async close() {
      await site.stop();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
