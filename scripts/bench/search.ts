import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { ProductDoc } from '@shared/schemas/product';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { createReplicaDatabase } from '../../src-renderer/data/database';
import { CatalogueSearch } from '../../src-renderer/data/search/catalogue-search';
import { DEMO_DEFAULTS, generateDemoStore } from '../../src-server/demo/generate';

/**
 * npm run bench:search — product search latency per keystroke over the demo
 * catalogue (prints figures, asserts nothing; see docs/BENCHMARKS.md).
 * The device's own code path: the demo products in an RxDB replica database
 * (memory storage), the CatalogueSearch index built as on the device, then
 * queries typed one key at a time — words of names with a colour, SKUs, EANs —
 * each keystroke timed from the query to the product documents in hand.
 */
const { values } = parseArgs({
  options: {
    products: { type: 'string', default: String(DEMO_DEFAULTS.products) },
    queries: { type: 'string', default: '60' },
  },
});
const count = Number(values.products);
const demo = generateDemoStore({ products: count, orders: 0, now: new Date() });
const now = new Date().toISOString();
const docs: ProductDoc[] = demo.products.map((p, i) => ({
  ...p,
  barcode: p.barcodes[0] ?? '',
  seq: i + 1,
  updatedAt: now,
}));

const db = await createReplicaDatabase({
  name: `bench${Date.now().toString(36)}`,
  storage: getRxStorageMemory(),
});
for (let i = 0; i < docs.length; i += 5_000) await db.products.bulkInsert(docs.slice(i, i + 5_000));
const search = new CatalogueSearch(db);
const buildStart = performance.now();
await search.start();
const buildMs = performance.now() - buildStart;

// Deterministic picks spread over the catalogue.
const picks = Array.from(
  { length: Number(values.queries) },
  (_, i) => docs[(i * 7_919) % docs.length] as ProductDoc,
);
const queries = picks.map((p, i) => {
  if (i % 6 === 4) return p.sku;
  if (i % 6 === 5) return p.barcode;
  return `${p.name.split(' ')[0]} ${p.colour}`.toLowerCase();
});

const times: number[] = [];
const cpu: number[] = [];
const slow: string[] = [];
let empty = 0;
for (const query of queries) {
  for (let n = 2; n <= query.length; n++) {
    const typed = query.slice(0, n);
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const found = await search.search(typed, 20);
    const took = performance.now() - start;
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    times.push(took);
    if (process.env.BENCH_DEBUG && took > 50) slow.push(`${JSON.stringify(typed)} ${took.toFixed(0)} ms`);
    if (n === query.length && found.length === 0) empty += 1;
  }
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const pick = (xs: number[], q: number) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;
const at = (q: number) => pick(times, q);
const ms = (x: number) => `${x.toFixed(1)} ms`;
console.log(`bench:search ${new Date().toISOString()}`);
console.log(
  `catalogue ${docs.length} products; index built in ${ms(buildMs)} (pages of 2,000 from the replica, as on the device)`,
);
console.log(
  `SEARCH per keystroke over ${times.length} keystrokes (${queries.length} queries: name word + colour, SKU, EAN): ` +
    `p50 ${ms(at(0.5))}, p95 ${ms(at(0.95))}, max ${ms(times.at(-1) ?? 0)} (target ≤ 50 ms); ` +
    `queries with no result when fully typed: ${empty}`,
);
console.log(
  `  CPU time per keystroke (less sensitive to a busy machine): p50 ${ms(pick(cpu, 0.5))}, p95 ${ms(pick(cpu, 0.95))}; ` +
    `load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`,
);
if (slow.length > 0) console.log(`slow keystrokes: ${slow.join(', ')}`);
search.stop();
await db.close();
