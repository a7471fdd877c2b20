import { availableParallelism, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { startCluster } from './load/cluster';
import { runFanout } from './load/fanout';
import { buildFleet } from './load/fleet';
import { loadAverage } from './load/stats';
import { runSteady } from './load/steady';
import { runStorm } from './load/storm';

/**
 * npm run bench:load — the service at scale on PostgreSQL: N stores × M devices, two service
 * instances (child processes on loopback) on one database, in a schema of its own dropped at the end.
 * Prints figures, asserts nothing (see docs/BENCHMARKS.md).
 *   --mode steady  devices push a store-day mix at --rate commands/s each (0.1: a rush hour) and pull on pokes
 *   --mode capacity the same mix, every device flat out (--batch per push): commands applied per core
 *   --mode fanout  many streams held across the instances; commits in random stores; poke delivery, memory
 *   --mode storm   every device reconnects at once with --offline commands recorded offline; convergence
 */
const { values } = parseArgs({
  options: {
    mode: { type: 'string', default: 'steady' },
    stores: { type: 'string' },
    devices: { type: 'string', default: '5' },
    instances: { type: 'string', default: '2' },
    seconds: { type: 'string' },
    rate: { type: 'string' },
    batch: { type: 'string', default: '20' },
    products: { type: 'string' },
    orders: { type: 'string' },
    offline: { type: 'string', default: '200' },
    pool: { type: 'string' },
    profile: { type: 'string' },
    pg: { type: 'string', default: process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? '' },
  },
});
const int = (v: string | undefined, fallback: number) => (v === undefined ? fallback : Number(v));
const mode = values.mode ?? 'steady';
// steady, capacity and storm can share one fleet (--mode steady,capacity,storm); fan-out builds its own, larger one.
const modes = mode.split(',');
if (
  !modes.every((m) => ['steady', 'capacity', 'fanout', 'storm'].includes(m)) ||
  (modes.includes('fanout') && modes.length > 1)
)
  throw new Error(`--mode steady|capacity|fanout|storm (or a list without fanout), not ${mode}`);
if (!values.pg) {
  console.error(
    'bench:load needs PostgreSQL: createdb -h 127.0.0.1 -U postgres bench_load, then\n' +
      '  BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_load npm run bench:load',
  );
  process.exit(2);
}
const fanout = mode === 'fanout';
const stores = int(values.stores, fanout ? 2000 : 200);
const devices = int(values.devices, 5);
const instances = int(values.instances, 2);

console.log(`bench:load --mode ${mode} ${new Date().toISOString()}`);
console.log(
  `machine: ${availableParallelism()} CPUs, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}; ` +
    `load average ${loadAverage()}`,
);
const perInstance = Math.ceil((stores * devices) / instances) + 100;
const cluster = await startCluster(
  values.pg,
  instances,
  {
    STREAMS_PER_INSTANCE: String(Math.max(2000, perInstance)),
    ...(values.pool ? { DATABASE_POOL_MAX: values.pool } : {}),
  },
  values.profile,
);
try {
  const fleet = await buildFleet(
    cluster.instances.map((i) => i.url),
    {
      stores,
      devices,
      products: int(values.products, fanout ? 5 : 200),
      orders: int(values.orders, fanout ? 0 : 40),
      concurrency: 8,
    },
    (line) => console.log(line),
  );
  for (const run of modes) {
    if (run === 'steady' || run === 'capacity') {
      await runSteady(cluster, fleet, {
        seconds: int(values.seconds, run === 'steady' ? 60 : 30),
        // capacity: every device flat out, batches back to back.
        rate: run === 'capacity' ? 0 : int(values.rate, 0.1),
        batch: int(values.batch, 20),
        devices,
      });
    } else if (run === 'fanout') {
      await runFanout(cluster, fleet, { seconds: int(values.seconds, 30), rate: int(values.rate, 20) });
    } else {
      await runStorm(cluster, fleet, { offline: int(values.offline, 200), devices });
    }
  }
} finally {
  await cluster.close();
}
process.exit(0);
