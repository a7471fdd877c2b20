import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { DEMO_DEFAULTS } from '../../src-server/demo/generate';
import { loadDemoStore } from '../../src-server/demo/load';
import { launchProfile } from '../lib/chromium';
import { serveBuilt } from '../lib/serve-built';
import { signInAs } from '../lib/sign-in';
import { wedgeScan } from '../lib/wedge';
import { startBenchService } from './service';
import { coldOpenOffline, heapUsed, type PaintWindow, pokeToScreen } from './ui-replica';

/**
 * npm run bench:ui — prints figures, asserts nothing (see docs/BENCHMARKS.md).
 * The web app as shipped, in headless Chromium on a fresh profile, enrolled in the
 * real service loaded with the demo store, after its first sync:
 * 1. the time to open a batch of N orders (the N most urgent) into a pick walk;
 * 2. scan-to-screen: a keyboard-wedge scan on the walk until the picked line is painted;
 * 3. scrolling home's queue of every open order (2,000 in the demo store) from top to bottom: frame times;
 * 4. the replica's cost to the person holding it (./ui-replica.ts): JS heap, a 100-document poke to the
 *    screen, a cold start with no network.
 */
const { values } = parseArgs({
  options: {
    products: { type: 'string', default: String(DEMO_DEFAULTS.products) },
    orders: { type: 'string', default: String(DEMO_DEFAULTS.orders) },
    batch: { type: 'string', default: '20' },
    scans: { type: 'string', default: '200' },
    /**
     * The least time between two scans, in ms, then the page must also be idle: a picker takes the next
     * item off the shelf between two scans (1 s); 50 lets a scan land on the previous one's sync.
     */
    pace: { type: 'string', default: '1000' },
    opens: { type: 'string', default: '5' },
    /** OMS stock snapshots of 100 SKUs timed to the screen. */
    pokes: { type: 'string', default: '10' },
    /** Cold starts with no network. */
    colds: { type: 'string', default: '3' },
    /** Print where the batch openings spend their time (unminified build, CPU profile, top self times). */
    profile: { type: 'boolean', default: false },
  },
});
const int = (v: string | undefined) => Number.parseInt(v ?? '', 10);
const size = { products: int(values.products), orders: int(values.orders) };
const batch = int(values.batch);

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;
/** The demo store's manager (src-server/demo/generate.ts DEMO_STAFF). */
const MANAGER = { name: 'Camille Martin', pin: '1234' };

console.log(`bench:ui ${new Date().toISOString()}`);
console.log(
  `machine: ${availableParallelism()} CPUs, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`,
);

const work = mkdtempSync(join(tmpdir(), 'bench-ui-'));
const svc = await startBenchService();
try {
  const load = await loadDemoStore({ url: svc.url, omsKey: svc.omsKey, ...size });
  console.log(
    `demo store: ${load.products} products, ${load.orders} orders, loaded in ${(load.ms / 1000).toFixed(1)} s`,
  );
  await build({
    configFile: resolve('vite.web.config.ts'),
    logLevel: 'warn',
    mode: 'production',
    build: { outDir: join(work, 'web'), emptyOutDir: true, minify: !values.profile },
  });
  const site = await serveBuilt(join(work, 'web'));
  const context = await launchProfile(join(work, 'profile'));
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 1280, height: 800 });
    page.on('pageerror', (e) => console.error(`[page] ${e.message}`));
    // tsx names the functions it compiles (__name): the page needs the helper for what it evaluates.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    // The moment the scanner's Enter arrives (first listener of the page: registered before the app's).
    await page.addInitScript(() => {
      const bench = {
        enterAt: 0,
        /** Resolves after the next frame is painted: its start, and the first task after its paint. */
        paint: () =>
          new Promise<{ frame: number; painted: number }>((done) =>
            requestAnimationFrame(() => {
              const frame = performance.now();
              const channel = new MessageChannel();
              channel.port1.onmessage = () => done({ frame, painted: performance.now() });
              channel.port2.postMessage(0);
            }),
          ),
      };
      Object.assign(window, { bench });
      window.addEventListener(
        'keydown',
        (e) => {
          if (e.key === 'Enter') bench.enterAt = performance.now();
        },
        true,
      );
    });
    const code = await svc.enrollmentCode(load.storeId);
    const started = Date.now();
    await page.goto(`${site.url}/?service=${encodeURIComponent(svc.url)}&code=${code}`);
    await page.getByTestId('sync-initial').waitFor({ state: 'attached', timeout: 120_000 });
    await page.getByTestId('sync-initial').waitFor({ state: 'detached', timeout: 900_000 });
    console.log(`first sync of the device: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await signInAs(page, MANAGER.name, MANAGER.pin);

    const heapCdp = await page.context().newCDPSession(page);
    const heap = await heapUsed(heapCdp);
    console.log(
      `HEAP of the renderer on home with the full store on the device, after a full GC: ` +
        `${heap.usedMb.toFixed(1)} MB used of ${heap.totalMb.toFixed(1)} MB (target ≤ 150 MB)`,
    );
    const scroll = await scrollHome(page);
    console.log(
      `SCROLL home's queue of ${scroll.rows} orders top to bottom (${scroll.frames} frames, ${scroll.px} px): ` +
        `frame p50 ${ms(scroll.p50)}, p95 ${ms(scroll.p95)}, max ${ms(scroll.max)}, ` +
        `${scroll.long} frames over 33 ms; rows in the DOM at most ${scroll.domRows} (target p95 ≤ 16.7 ms)`,
    );
    console.log(`browser: headless Chromium ${context.browser()?.version() ?? ''}`.trim());

    const opens: number[] = [];
    const cdp = values.profile ? await page.context().newCDPSession(page) : undefined;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    for (let i = 0; i < int(values.opens); i++) opens.push(await openBatch(page, site.url, batch));
    if (cdp) printTopSelfTimes((await cdp.send('Profiler.stop')).profile, 'the openings');
    console.log(
      `OPEN a batch of ${batch} orders into a walk (click → every stop and the progress of each order painted), ` +
        `${opens.length} runs: median ${ms(percentile(opens, 50))}, max ${ms(Math.max(...opens))} (target ≤ 200 ms)`,
    );

    await page.evaluate((pace) => Object.assign(window, { benchPace: pace }), int(values.pace));
    const floor = await floorLatencies(page, Math.min(100, int(values.scans)));
    if (cdp) await cdp.send('Profiler.start');
    const scans = await scanLatencies(page, int(values.scans));
    if (cdp) {
      printTopSelfTimes((await cdp.send('Profiler.stop')).profile, 'the scans');
      await printTimeline(cdp, () => scanLatencies(page, 30), '30 more scans');
    }
    const spread = (xs: number[]) =>
      `p50 ${ms(percentile(xs, 50))}, p95 ${ms(percentile(xs, 95))}, max ${ms(Math.max(...xs))}`;
    console.log(
      `SCAN to painted line, ${scans.length} keyboard-wedge scans ≥ ${int(values.pace)} ms apart on the walk of ${batch} orders: ` +
        `${spread(scans.map((s) => s.painted))} (target p95 ≤ 16 ms); ` +
        `the line's new count in the DOM: ${spread(scans.map((s) => s.committed))}; ` +
        `its frame begins: ${spread(scans.map((s) => s.frame ?? Number.NaN))}`,
    );
    console.log(
      `  floor: an Enter that changes one element at once, measured the same way, ${floor.length} times: ` +
        `painted ${spread(floor.map((s) => s.painted))}; in the DOM ${spread(floor.map((s) => s.committed))}`,
    );

    const pokes = await pokeToScreen(
      page,
      { url: svc.url, omsKey: svc.omsKey, storeId: load.storeId, ...size },
      int(values.pokes),
    );
    console.log(
      `POKE: an OMS stock snapshot of 100 SKUs (one commit) to the product screen's new figure painted, ` +
        `${pokes.length} times: median ${ms(percentile(pokes, 50))}, max ${ms(Math.max(...pokes))} (target ≤ 300 ms)`,
    );
    const afterAll = await heapUsed(heapCdp);
    console.log(`HEAP after the walk, the scans and the pokes: ${afterAll.usedMb.toFixed(1)} MB used`);

    const colds: { signInReadyMs: number; ordersShownMs: number }[] = [];
    for (let i = 0; i < int(values.colds); i++)
      colds.push(await coldOpenOffline(page, site.url, svc.url, MANAGER));
    const total = colds.map((c) => c.signInReadyMs + c.ordersShownMs);
    console.log(
      `COLD OPEN with no network, ${colds.length} times: launch → sign-in ready median ` +
        `${ms(
          percentile(
            colds.map((c) => c.signInReadyMs),
            50,
          ),
        )}; PIN confirmed → the day's orders painted ` +
        `median ${ms(
          percentile(
            colds.map((c) => c.ordersShownMs),
            50,
          ),
        )}; together median ${ms(percentile(total, 50))}, ` +
        `max ${ms(Math.max(...total))} (target ≤ 1 s)`,
    );
  } finally {
    await context.close();
    await site.stop();
  }
} finally {
  await svc.close();
  rmSync(work, { recursive: true, force: true });
}

/** From the click on "Start the N most urgent" to the walk painted with every order's progress. */
async function openBatch(page: Page, url: string, n: number): Promise<number> {
  await page.goto(`${url}/#/picking`);
  await page.evaluate(() => localStorage.removeItem('associate.picking'));
  await page.reload();
  // A reload asks who is working again.
  await signInAs(page, MANAGER.name, MANAGER.pin);
  const count = page.getByRole('spinbutton', { name: 'Combien de commandes parmi les plus urgentes' });
  await count.fill(String(n));
  const start = page.getByRole('button', { name: `Commencer les ${n} plus urgentes` });
  await start.waitFor();
  return page.evaluate(
    (expected) =>
      new Promise<number>((done) => {
        const button = [...document.querySelectorAll('button')].find((b) =>
          b.textContent?.startsWith('Commencer les'),
        ) as HTMLButtonElement;
        const t0 = performance.now();
        const ready = () =>
          document.querySelectorAll('.walk__progress li').length === expected &&
          document.querySelectorAll('.walk__stops > li').length > 0;
        const check = () => {
          if (!ready()) return requestAnimationFrame(check);
          // Painted: the frame after the DOM is complete.
          void (window as unknown as PaintWindow).bench.paint().then(({ painted }) => done(painted - t0));
        };
        button.click();
        requestAnimationFrame(check);
      }),
    n,
  );
}

type ScanTiming = { committed: number; frame?: number; painted: number };

/**
 * Each scan: the EAN typed as a wedge does (keys in a burst, then Enter), timed in the page
 * from the Enter to the DOM showing the stop's new count (_committed_: the app's own work) and
 * to the frame that paints it (_painted_); then unpicked (not timed) so the walk never runs out
 * of units to scan. Scans are paced as a picker's are (one item at a time, ≥ 1 s apart on the
 * floor): the next scan waits until the page is idle, so it does not land on the previous
 * unpick's write.
 */
async function scanLatencies(page: Page, scans: number): Promise<ScanTiming[]> {
  const out: ScanTiming[] = [];
  for (let i = 0; i < scans; i++) {
    await untilIdle(page);
    const target = await page.evaluate(() => {
      const li = document.querySelector<HTMLLIElement>(
        '.walk__stops > li.stop--current, .walk__stops > li.stop--open',
      );
      if (!li) return null;
      const ean = li.querySelector('.stop__facts div:nth-child(2) dd')?.textContent ?? '';
      const picked = li.dataset.picked ?? '0';
      const sku = li.dataset.sku ?? '';
      const w = window as unknown as {
        bench: { painted?: Promise<{ committed: number; frame: number; painted: number }> };
      };
      w.bench.painted = new Promise((done) => {
        const observer = new MutationObserver(() => {
          const now = document.querySelector<HTMLLIElement>(
            `.walk__stops > li[data-sku="${CSS.escape(sku)}"]`,
          );
          if (now?.dataset.picked === picked) return;
          const committed = performance.now();
          observer.disconnect();
          void (window as unknown as PaintWindow).bench.paint().then((at) => done({ committed, ...at }));
        });
        observer.observe(document.querySelector('.walk__stops') as Node, {
          attributes: true,
          subtree: true,
          attributeFilter: ['data-picked'],
        });
      });
      return { ean, sku, picked };
    });
    if (!target) throw new Error('nothing left to pick on the walk');
    await wedgeScan(page, target.ean);
    out.push(
      await page.evaluate(async () => {
        const w = window as unknown as {
          bench: { painted: Promise<{ committed: number; frame: number; painted: number }>; enterAt: number };
        };
        const at = await w.bench.painted;
        return {
          committed: at.committed - w.bench.enterAt,
          frame: at.frame - w.bench.enterAt,
          painted: at.painted - w.bench.enterAt,
        };
      }),
    );
    const unpick = page.locator(`.walk__stops > li[data-sku="${target.sku}"] button`, {
      hasText: /Remettre 1/,
    });
    await unpick.click();
    await page.waitForFunction(
      ({ sku, picked }) =>
        document.querySelector<HTMLLIElement>(`.walk__stops > li[data-sku="${CSS.escape(sku)}"]`)?.dataset
          .picked === picked,
      target,
    );
  }
  return out;
}

/**
 * The floor of that measurement in this browser: an Enter dispatched the same way and the same
 * observer, on a page element that an Enter listener changes at once (no app work at all). A paint
 * waits for the next frame, so even this costs up to one frame (16.7 ms at 60 Hz).
 */
async function floorLatencies(page: Page, scans: number): Promise<ScanTiming[]> {
  await page.evaluate(() => {
    const probe = document.createElement('output');
    probe.id = 'bench-probe';
    probe.dataset.n = '0';
    document.body.append(probe);
    window.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (window as unknown as { benchFloor?: boolean }).benchFloor)
        probe.dataset.n = String(Number(probe.dataset.n) + 1);
    });
  });
  const out: ScanTiming[] = [];
  for (let i = 0; i < scans; i++) {
    await untilIdle(page);
    await page.evaluate(() => {
      const w = window as unknown as { benchFloor: boolean; bench: { painted?: Promise<ScanTimingInPage> } };
      type ScanTimingInPage = { committed: number; painted: number };
      w.benchFloor = true;
      const probe = document.getElementById('bench-probe') as HTMLElement;
      w.bench.painted = new Promise((done) => {
        const observer = new MutationObserver(() => {
          const committed = performance.now();
          observer.disconnect();
          void (window as unknown as PaintWindow).bench
            .paint()
            .then(({ painted }) => done({ committed, painted }));
        });
        observer.observe(probe, { attributes: true });
      });
    });
    // Enter alone: no burst before it, so the app's scanner lets it pass.
    await page.evaluate(() =>
      (document.activeElement ?? document.body).dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true }),
      ),
    );
    out.push(
      await page.evaluate(async () => {
        const w = window as unknown as {
          benchFloor: boolean;
          bench: { painted: Promise<{ committed: number; painted: number }>; enterAt: number };
        };
        const at = await w.bench.painted;
        w.benchFloor = false;
        return { committed: at.committed - w.bench.enterAt, painted: at.painted - w.bench.enterAt };
      }),
    );
  }
  await page.evaluate(() => document.getElementById('bench-probe')?.remove());
  return out;
}

/** Until the page's main thread has nothing queued (the previous action's writes and renders done). */
async function untilIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const pace = (window as unknown as { benchPace?: number }).benchPace ?? 50;
        setTimeout(() => requestIdleCallback(() => done(), { timeout: 2000 }), pace);
      }),
  );
}

/**
 * Home, every open order: the window scrolled by 120 px a frame (a fast flick) from top to bottom, each
 * frame's duration taken from requestAnimationFrame, and the most rows the virtualized table held at once.
 */
async function scrollHome(page: Page) {
  await page.evaluate(() => {
    location.hash = '#/';
  });
  await page.locator('table[data-testid="orders"] tbody tr[data-order]').nth(5).waitFor();
  const rows = Number(await page.locator('table[data-testid="orders"]').getAttribute('aria-rowcount')) - 1;
  const run = await page.evaluate(
    () =>
      new Promise<{ frames: number[]; px: number; domRows: number }>((done) => {
        window.scrollTo(0, 0);
        const frames: number[] = [];
        let domRows = 0;
        let last = performance.now();
        const step = () => {
          const now = performance.now();
          frames.push(now - last);
          last = now;
          domRows = Math.max(
            domRows,
            document.querySelectorAll('table[data-testid="orders"] tr[data-order]').length,
          );
          const bottom = document.documentElement.scrollHeight - window.innerHeight;
          if (window.scrollY >= bottom - 1) return done({ frames: frames.slice(1), px: bottom, domRows });
          window.scrollBy(0, 120);
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
  );
  return {
    rows,
    px: Math.round(run.px),
    frames: run.frames.length,
    p50: percentile(run.frames, 50),
    p95: percentile(run.frames, 95),
    max: Math.max(...run.frames),
    long: run.frames.filter((f) => f > 33.4).length,
    domRows: run.domRows,
  };
}

type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
};

/** The 20 functions with the most self time in a CPU profile (of the openings, page reloads included, or the scans). */
function printTopSelfTimes(profile: CpuProfile, what: string): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split('/').at(-1) ?? '';
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`PROFILE of ${what}: ${total.toFixed(0)} ms sampled; top self times:`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${key}`);
}

type TraceEvent = { name: string; ph: string; dur?: number; tid: number; pid: number; cat: string };

/**
 * Where the main thread spent its time during `run`, from a Chromium trace (devtools.timeline):
 * the longest kinds of work — script, style, layout, paint — summed over the renderer's main thread.
 */
async function printTimeline(
  cdp: Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>>,
  run: () => Promise<unknown>,
  what: string,
): Promise<void> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => {
    events.push(...(data.value as unknown as TraceEvent[]));
  });
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  await run();
  await cdp.send('Tracing.end');
  await complete;
  // The renderer's main thread: the thread with the most top-level RunTask time among those running scripts.
  const main = events.find((e) => e.name === 'FunctionCall' || e.name === 'EventDispatch');
  const sums = new Map<string, { ms: number; n: number }>();
  for (const e of events) {
    if (!main || e.tid !== main.tid || e.pid !== main.pid || e.ph !== 'X' || e.dur === undefined) continue;
    const sum = sums.get(e.name) ?? { ms: 0, n: 0 };
    sum.ms += e.dur / 1000;
    sum.n += 1;
    sums.set(e.name, sum);
  }
  console.log(`TIMELINE of ${what} (renderer main thread, summed, nested events overlap):`);
  for (const [name, sum] of [...sums].sort((a, b) => b[1].ms - a[1].ms).slice(0, 16))
    console.log(`  ${sum.ms.toFixed(1).padStart(8)} ms  ${String(sum.n).padStart(5)}×  ${name}`);
}
