import { readFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { DEMO_DEFAULTS, generateDemoStore } from '../../src-server/demo/generate';
import { loadDemoStore } from '../../src-server/demo/load';
import { type BrowserRun, openBrowserBench } from './browser';
import { startReplayProxy } from './replay-proxy';
import { runLines, syncSummary, throughputLine, timelineLines } from './report';
import { type BenchService, startBenchService } from './service';
import { measureThroughput } from './throughput';

/**
 * npm run bench:sync — prints figures, asserts nothing (see docs/BENCHMARKS.md).
 * 1. Headless Chromium on a fresh profile pulls the demo store from the real service
 *    (PGlite) into the RxDB/Dexie replica; then the same Chromium, on fresh profiles
 *    again, writes the same documents straight into IndexedDB (and, as a diagnostic,
 *    bulk-inserts them into RxDB without replication).
 * 2. Commands pushed by simulated devices, applied per second, on PGlite and PostgreSQL.
 * --replay: the store pulls answered from memory after an unmeasured first run, as if the service
 *    ran on another machine (it shares this one's cores otherwise).
 */
const { values } = parseArgs({
  options: {
    products: { type: 'string', default: String(DEMO_DEFAULTS.products) },
    orders: { type: 'string', default: String(DEMO_DEFAULTS.orders) },
    runs: { type: 'string', default: '1' },
    devices: { type: 'string', default: '10' },
    commands: { type: 'string', default: '20000' },
    batch: { type: 'string', default: '100' },
    pg: { type: 'string', default: process.env.DATABASE_URL ?? '' },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
    profile: { type: 'string' },
    timeline: { type: 'boolean', default: false },
    replay: { type: 'boolean', default: false },
    'skip-browser': { type: 'boolean', default: false },
    'skip-throughput': { type: 'boolean', default: false },
  },
});
const int = (v: string | undefined) => Number.parseInt(v ?? '', 10);
const size = { products: int(values.products), orders: int(values.orders) };
const push = { devices: int(values.devices), commands: int(values.commands), batch: int(values.batch) };
const version = (pkg: string) =>
  (
    JSON.parse(readFileSync(new URL(`../../node_modules/${pkg}/package.json`, import.meta.url), 'utf8')) as {
      version: string;
    }
  ).version;

console.log(`bench:sync ${new Date().toISOString()}`);
console.log(
  `machine: ${availableParallelism()} CPUs, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}; ` +
    `rxdb ${version('rxdb')}, dexie ${version('dexie')}`,
);

async function withDemoStore<T>(databaseUrl: string | undefined, use: (svc: BenchService) => Promise<T>) {
  const svc = await startBenchService(databaseUrl);
  try {
    const load = await loadDemoStore({ url: svc.url, omsKey: svc.omsKey, ...size });
    console.log(
      `demo store (${svc.engine}): ${load.products} products with stock, ${load.orders} orders, ` +
        `loaded through the OMS API in ${(load.ms / 1000).toFixed(1)} s`,
    );
    return await use(svc);
  } finally {
    await svc.close();
  }
}

const demo = generateDemoStore({ ...size, now: new Date() });

await withDemoStore(undefined, async (pglite) => {
  if (!values['skip-browser']) {
    const browser = await openBrowserBench(values.chromium, !values.profile);
    // --replay: pulls answered from memory after a first, unmeasured run (the service as if elsewhere).
    const proxy = values.replay ? await startReplayProxy(pglite.url) : undefined;
    const serviceUrl = proxy?.url ?? pglite.url;
    const runs: BrowserRun[] = [];
    try {
      if (proxy) {
        const device = await pglite.enroll(demo.storeId, 'Bench warm-up');
        await browser.run({ serviceUrl, ...device });
        console.log(`replay: store pulls kept from an unmeasured first run (${proxy.stats().misses} pages)`);
      }
      for (let i = 1; i <= int(values.runs); i++) {
        const device = await pglite.enroll(demo.storeId, `Bench ${i}`);
        // The two replicas alternate which goes first, so neither always gets the quieter moment.
        const first = i % 2 === 1 ? 'pipelined' : 'one-at-a-time';
        const run = await browser.run({ serviceUrl, ...device }, values.profile, first);
        if (i === 1)
          console.log(`browser: headless Chromium ${run.version}, a fresh profile for each measurement`);
        runs.push(run);
        for (const line of runLines(i, run)) console.log(line);
        if (values.timeline) for (const line of timelineLines(run)) console.log(line);
      }
    } finally {
      await browser.close();
      if (proxy) {
        const { hits, misses } = proxy.stats();
        console.log(`replay: ${hits} store pulls answered from memory, ${misses} by the service`);
        await proxy.stop();
      }
    }
    console.log(syncSummary(runs));
  }
  if (!values['skip-throughput']) {
    const t = await measureThroughput(pglite, demo, push);
    console.log(throughputLine('PGlite', t, push.devices, push.batch));
  }
});

if (!values['skip-throughput']) {
  if (values.pg) {
    await withDemoStore(values.pg, async (postgres) => {
      const t = await measureThroughput(postgres, demo, push);
      console.log(throughputLine('PostgreSQL', t, push.devices, push.batch));
    });
  } else {
    console.log('THROUGHPUT PostgreSQL: skipped (pass --pg <url> or set DATABASE_URL)');
  }
}
