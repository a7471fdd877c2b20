import { availableParallelism, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { base, Faker, fr } from '@faker-js/faker';
import { DEMO_DEFAULTS } from '../../src-server/demo/generate';
import { demoBranch, loadDemoNetwork } from '../../src-server/demo/network';
import { omsClient } from '../../src-server/demo/oms-client';
import { readAvailability } from '../../src-server/network/availability';
import { startBenchService } from './service';

/**
 * npm run bench:sourcing — availability and sourcing latency on PostgreSQL (prints figures,
 * asserts nothing; see docs/BENCHMARKS.md). The demo network (`--network` stores in French cities,
 * loaded through the OMS API as `npm run demo:load -- --stores N` does), then more stores up to
 * `--stores`, each with a stock snapshot of the first `--skus` SKUs of the catalogue, and safety-stock
 * rules. Then, over HTTP to the real service (keep-alive) and, for availability, also the service's
 * own read without HTTP: one SKU across every store, batches of 500 SKUs, sourcing with and without
 * assignment.
 */
const { values } = parseArgs({
  options: {
    pg: {
      type: 'string',
      default: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    },
    stores: { type: 'string', default: '200' },
    network: { type: 'string', default: '20' },
    products: { type: 'string', default: '2000' },
    skus: { type: 'string', default: '500' },
    runs: { type: 'string', default: '300' },
  },
});
const int = (v: string | undefined) => Number.parseInt(v ?? '', 10);
const size = {
  stores: int(values.stores),
  network: int(values.network),
  products: int(values.products),
  skus: int(values.skus),
  runs: int(values.runs),
};

function percentiles(samples: number[]): { p50: number; p95: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95), n: sorted.length };
}

async function measure(label: string, runs: number, once: (i: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < Math.min(20, runs); i++) await once(i); // warm-up
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const before = process.cpuUsage();
    await once(i);
    const used = process.cpuUsage(before);
    samples.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  const { p50, p95, n } = percentiles(samples);
  const own = percentiles(cpu);
  console.log(
    `${label.padEnd(62)} p50 ${p50.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms   ` +
      `(n=${n}; this process's CPU p50 ${own.p50.toFixed(1)} ms)`,
  );
}

console.log(`bench:sourcing ${new Date().toISOString()}`);
console.log(
  `machine: ${availableParallelism()} CPUs, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}; ` +
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
);

const svc = await startBenchService(values.pg);
try {
  const oms = omsClient(svc.url, svc.omsKey);
  const faker = new Faker({ locale: [fr, base] });
  faker.seed(42);

  const loaded = await loadDemoNetwork({
    url: svc.url,
    omsKey: svc.omsKey,
    stores: size.network,
    products: size.products,
    orders: 20,
    seed: DEMO_DEFAULTS.seed,
  });
  console.log(
    `demo network: ${loaded.stores.length} stores × ${loaded.products} products with stock, ${loaded.orders} orders, ` +
      `loaded through the OMS API in ${(loaded.ms / 1000).toFixed(1)} s`,
  );
  const skus = (
    await svc.db.pool.query<{ sku: string }>('SELECT DISTINCT sku FROM network_stock ORDER BY sku LIMIT $1', [
      size.skus,
    ])
  ).rows.map((r) => r.sku);

  const started = performance.now();
  const extra = Array.from({ length: Math.max(0, size.stores - size.network) }, (_, i) =>
    demoBranch(size.network + i),
  );
  let next = 0;
  const worker = async () => {
    while (next < extra.length) {
      const branch = extra[next++];
      if (!branch) break;
      const path = `/stores/${encodeURIComponent(branch.id)}`;
      await oms.call('PUT', path, {
        name: branch.name,
        timezone: 'Europe/Paris',
        locale: 'fr-FR',
        currency: 'EUR',
      });
      await oms.call('PUT', `${path}/location`, {
        latitude: branch.latitude,
        longitude: branch.longitude,
        postalCode: branch.postalCode,
        city: branch.city,
      });
      await oms.call('POST', `${path}/stock`, {
        items: skus.map((sku) => ({ sku, onHand: faker.number.int({ min: 0, max: 12 }) })),
      });
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  console.log(
    `${extra.length} more stores with a stock snapshot of ${skus.length} SKUs each, through the OMS API in ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  await oms.call('PUT', '/categories', {
    items: skus.slice(0, 100).map((sku) => ({ sku, category: 'knitwear' })),
  });
  await oms.call('PUT', '/safety-stock', {
    rules: [
      { qty: 1 },
      { category: 'knitwear', qty: 2 },
      ...skus.slice(100, 150).map((sku, i) => ({ sku, storeId: demoBranch(i % size.stores).id, qty: 3 })),
    ],
  });
  const networkStores = loaded.stores;
  await oms.call('PUT', '/networks/demo', { stores: networkStores, rules: { minNetAfterPick: 1 } });
  const counts = (
    await svc.db.pool.query<{ rows: number; stores: number; skus: number }>(
      'SELECT count(*)::int AS rows, count(DISTINCT store_id)::int AS stores, count(DISTINCT sku)::int AS skus FROM network_stock',
    )
  ).rows[0];
  console.log(
    `data: ${counts?.stores} stores, ${counts?.skus} SKUs, ${counts?.rows} store × SKU stock rows; ` +
      `${skus.length} SKUs stocked in every store; safety stock: a default, a category of 100 SKUs, 50 SKU rules`,
  );
  console.log('');

  const pick = () => skus[faker.number.int(skus.length - 1)] as string;
  const batch = skus.slice(0, 500);
  const call = async (method: string, path: string, body?: unknown) => {
    const reply = await oms.call(method, path, body);
    if (reply.status !== 200 && reply.status !== 201) throw new Error(`${path} answered ${reply.status}`);
    return reply.body;
  };

  const runs = size.runs;
  await measure(`availability, 1 SKU × ${counts?.stores} stores (HTTP)`, runs, () =>
    call('GET', `/stock/${encodeURIComponent(pick())}`),
  );
  await measure(`availability, 1 SKU × ${counts?.stores} stores (service read, no HTTP)`, runs, () =>
    readAvailability(svc.db.pool, [pick()], null),
  );
  await measure(
    `availability, batch of ${batch.length} × ${networkStores.length} stores (HTTP)`,
    Math.ceil(runs / 3),
    () => call('POST', '/availability', { skus: batch, network: 'demo' }),
  );
  await measure(
    `availability, batch of ${batch.length} × ${networkStores.length} stores (service read)`,
    Math.ceil(runs / 3),
    () => readAvailability(svc.db.pool, batch, networkStores),
  );
  await measure(
    `availability, batch of ${batch.length} × ${counts?.stores} stores (HTTP)`,
    Math.ceil(runs / 10),
    () => call('POST', '/availability', { skus: batch }),
  );
  await measure(
    `availability, batch of ${batch.length} × ${counts?.stores} stores (service read)`,
    Math.ceil(runs / 10),
    () => readAvailability(svc.db.pool, batch, null),
  );

  const postalCodes = Array.from({ length: 30 }, (_, i) => demoBranch(i).postalCode);
  let orderNo = 0;
  const order = () => {
    orderNo += 1;
    const lines = Array.from({ length: faker.number.int({ min: 1, max: 3 }) }, (_, i) => ({
      id: `l${i + 1}`,
      sku: pick(),
      name: 'Article',
      qty: 1,
      price: { amount: 2990, currency: 'EUR' },
    }));
    return {
      id: `bench-${orderNo}`,
      number: `B${orderNo}`,
      kind: 'ship_from_store',
      promisedBy: new Date(Date.now() + 86_400_000).toISOString(),
      customer: { name: 'Camille Martin', email: 'camille@example.fr', phone: '+33600000000' },
      shipTo: {
        name: 'Camille Martin',
        line1: '1 rue de la Paix',
        line2: '',
        postalCode: postalCodes[faker.number.int(postalCodes.length - 1)] as string,
        city: 'Ville',
        country: 'FR',
      },
      lines,
    };
  };
  await measure(`sourcing, 1–3 lines, network of ${networkStores.length} stores (HTTP)`, runs, () =>
    call('POST', '/sourcing', { network: 'demo', order: order() }),
  );
  await measure(`sourcing, 1–3 lines, all ${counts?.stores} stores (HTTP)`, runs, () =>
    call('POST', '/sourcing', { order: order() }),
  );
  let refused = 0;
  await measure(
    `sourcing + assign, 1–3 lines, network of ${networkStores.length} stores (HTTP)`,
    Math.ceil(runs / 3),
    async () => {
      const reply = await oms
        .call('POST', '/sourcing', { network: 'demo', order: order(), assign: true })
        .catch(() => undefined);
      if (!reply) refused += 1;
    },
  );
  console.log(`(sourcing + assign: ${refused} answered 409 cannot_source — no plan served the whole order)`);
  console.log(
    `\nload average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
} finally {
  await svc.close();
}
