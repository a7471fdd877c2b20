import { parseArgs } from 'node:util';
import type { PullPart, StorePullResponse } from '@shared/sync/protocol';
import { PAGE_SIZE } from '../../src-renderer/data/store-pull';
import { DEMO_DEFAULTS, generateDemoStore } from '../../src-server/demo/generate';
import { loadDemoStore } from '../../src-server/demo/load';
import { startBenchService } from './service';

/**
 * npm run bench:pull — the service's CPU per pulled document on GET /v1/pull, prints figures,
 * asserts nothing (see docs/BENCHMARKS.md). Loads the demo store (PGlite, or PostgreSQL with
 * --pg), then pulls it the way a device's first sync does (the work, then the catalogue, the
 * device's page sizes), over HTTP from this process, and prints the process's CPU: the service
 * and PGlite run here, and so do the client's fetch and JSON parse (the parse is printed apart).
 */
const { values } = parseArgs({
  options: {
    products: { type: 'string', default: String(DEMO_DEFAULTS.products) },
    orders: { type: 'string', default: String(DEMO_DEFAULTS.orders) },
    runs: { type: 'string', default: '3' },
    pg: { type: 'string', default: '' },
  },
});
const int = (v: string | undefined) => Number.parseInt(v ?? '', 10);
const size = { products: int(values.products), orders: int(values.orders) };
const demo = generateDemoStore({ ...size, now: new Date() });
const svc = await startBenchService(values.pg || undefined);

try {
  const load = await loadDemoStore({ url: svc.url, omsKey: svc.omsKey, ...size });
  console.log(`bench:pull ${new Date().toISOString()} demo store (${svc.engine}): ${load.products} products`);
  for (let run = 1; run <= int(values.runs); run++) {
    const device = await svc.enroll(demo.storeId, `Bench pull ${run}`);
    const client = { parseMs: 0, bytes: 0 };
    const pull = async (part: PullPart, seq: number, limit: number, skip: 'fresh' | number) => {
      const q = skip === 'fresh' ? '&fresh=true' : `&skipDeletedUpTo=${skip}`;
      const response = await fetch(`${svc.url}/v1/pull?part=${part}&seq=${seq}&limit=${limit}${q}`, {
        headers: { authorization: `Bearer ${device.token}` },
      });
      if (!response.ok) throw new Error(`pull answered ${response.status}`);
      const text = await response.text();
      const t = performance.now();
      const page = JSON.parse(text) as StorePullResponse;
      client.parseMs += performance.now() - t;
      client.bytes += Buffer.byteLength(text);
      return page;
    };
    const parts: string[] = [];
    let total = 0;
    let cpuTotal = 0;
    for (const part of ['work', 'catalogue'] as const) {
      const limit = PAGE_SIZE[part];
      let seq = 0;
      let skip: 'fresh' | number = 'fresh';
      let docs = 0;
      let pages = 0;
      const cpu = process.cpuUsage();
      const t0 = performance.now();
      for (;;) {
        const page = await pull(part, seq, limit, skip);
        pages++;
        docs += page.count;
        seq = page.checkpoint.seq;
        skip = page.checkpoint.skipDeletedUpTo ?? skip;
        if (page.count < limit) break;
      }
      const used = process.cpuUsage(cpu);
      const ms = (used.user + used.system) / 1000;
      total += docs;
      cpuTotal += ms;
      parts.push(
        `${part} ${docs} docs in ${pages} pages: CPU ${ms.toFixed(0)} ms (${((ms * 1000) / docs).toFixed(1)} µs/doc), ` +
          `wall ${(performance.now() - t0).toFixed(0)} ms`,
      );
    }
    console.log(
      `run ${run}: ${parts.join('; ')}; total CPU ${cpuTotal.toFixed(0)} ms for ${total} docs ` +
        `(${((cpuTotal * 1000) / total).toFixed(1)} µs/doc), of which the client's JSON.parse ` +
        `${client.parseMs.toFixed(0)} ms of ${(client.bytes / 2 ** 20).toFixed(1)} MiB`,
    );
  }
} finally {
  await svc.close();
}
