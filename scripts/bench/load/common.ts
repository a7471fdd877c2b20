import type { Cluster } from './cluster';
import { type DeviceCounters, LoadDevice, newCounters } from './device';
import { type FleetStore, inParallel } from './fleet';
import { rssMiB } from './stats';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export type Fleet = {
  counters: DeviceCounters;
  devices: LoadDevice[];
  byStore: Map<string, LoadDevice[]>;
};

/** The bench's devices for the enrolled fleet, sharing one set of counters. */
export function devicesOf(cluster: Cluster, stores: readonly FleetStore[]): Fleet {
  const counters = newCounters();
  const devices: LoadDevice[] = [];
  const byStore = new Map<string, LoadDevice[]>();
  for (const store of stores) {
    const own = store.devices.map(
      (d) =>
        new LoadDevice(
          cluster.instances[d.instance]?.url ?? '',
          d.token,
          store.storeId,
          d.instance,
          counters,
        ),
    );
    devices.push(...own);
    byStore.set(store.storeId, own);
  }
  return { counters, devices, byStore };
}

/** Open every device's stream, a few hundred at a time (as devices come online over a minute). */
export async function connectAll(devices: readonly LoadDevice[], concurrency = 200): Promise<number> {
  const started = performance.now();
  await inParallel(devices, concurrency, (d) => d.connect());
  return performance.now() - started;
}

/** Highest RSS and connection count seen while a phase runs (sampled every 500 ms). */
export function sampler(cluster: Cluster) {
  let rss = 0;
  let connections = { total: 0, listen: 0, active: 0, lockWaits: 0 };
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      rss = Math.max(rss, ...cluster.instances.map((i) => rssMiB(i.pid)));
      const now = await cluster.connections().catch(() => connections);
      connections = {
        total: Math.max(connections.total, now.total),
        listen: Math.max(connections.listen, now.listen),
        active: Math.max(connections.active, now.active),
        lockWaits: Math.max(connections.lockWaits, now.lockWaits),
      };
      await sleep(500);
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return { rssMiB: rss, connections };
    },
  };
}

/** The store sequences now (what every device must reach to have converged). */
export async function storeHeads(cluster: Cluster): Promise<Map<string, number>> {
  const { rows } = await cluster.sql.query<{ id: string; seq: string }>(
    `SELECT id, seq FROM "${cluster.schema}".stores`,
  );
  return new Map(rows.map((r) => [r.id, Number(r.seq)]));
}

/** Wait until every device has pulled its store up to `heads` (or the timeout); returns those that did not. */
export async function untilConverged(
  byStore: Map<string, LoadDevice[]>,
  heads: Map<string, number>,
  timeoutMs: number,
): Promise<LoadDevice[]> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const behind = [...byStore].flatMap(([storeId, devices]) =>
      devices.filter((d) => d.head < (heads.get(storeId) ?? 0)),
    );
    if (behind.length === 0 || performance.now() > deadline) return behind;
    await sleep(50);
  }
}

export function errorLines(counters: DeviceCounters): string {
  const total = [...counters.errors.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return 'errors 0';
  return `errors ${total}: ${JSON.stringify(Object.fromEntries(counters.errors))}`;
}
