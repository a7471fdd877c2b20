import type { Cluster } from './cluster';
import { connectAll, devicesOf, errorLines, sampler, sleep, storeHeads, untilConverged } from './common';
import { measureDelivery } from './delivery';
import type { FleetStore } from './fleet';
import { loadAverage, ms, rssMiB, spreadLine } from './stats';
import { ShiftWork } from './work';

export type FanoutOptions = { seconds: number; rate: number };

/**
 * Every enrolled device holds a stream (alternating instances); commits land in random stores at
 * `rate` per second, each through one device's push; every device of that store on the other
 * instance is poked and pulls.
 */
export async function runFanout(
  cluster: Cluster,
  stores: FleetStore[],
  options: FanoutOptions,
): Promise<void> {
  const fleet = devicesOf(cluster, stores);
  const rssBefore = cluster.instances.map((i) => rssMiB(i.pid));
  const connectMs = await connectAll(fleet.devices);
  await sleep(2000);
  const rssAfter = cluster.instances.map((i) => rssMiB(i.pid));
  const open = fleet.devices.filter((d) => d.connected).length;
  const perInstance = cluster.instances.map(
    (_, i) => fleet.devices.filter((d) => d.instance === i && d.connected).length,
  );
  const perStreamKiB = cluster.instances.map(
    (_, i) => (((rssAfter[i] ?? 0) - (rssBefore[i] ?? 0)) * 1024) / Math.max(1, perInstance[i] ?? 1),
  );
  console.log(
    `FANOUT ${open} of ${fleet.devices.length} streams open (${perInstance.join(' + ')} per instance) in ${ms(connectMs)}; ` +
      `service RSS ${rssBefore.map(Math.round).join('/')} → ${rssAfter.map(Math.round).join('/')} MiB: ` +
      `${perStreamKiB.map((k) => k.toFixed(1)).join('/')} KiB per stream`,
  );
  const sampling = sampler(cluster);
  const tag = `f${Date.now().toString(36)}`;
  const works = new Map(
    stores.map((s) => [s.storeId, new ShiftWork(s.demo, 0, 1, `${tag}-${s.storeId}-`, 50)]),
  );
  const endAt = performance.now() + options.seconds * 1000;
  const pushes: Promise<unknown>[] = [];
  let commits = 0;
  while (performance.now() < endAt) {
    await sleep((-Math.log(1 - Math.random()) * 1000) / options.rate);
    const store = stores[Math.floor(Math.random() * stores.length)] as FleetStore;
    const device = fleet.byStore.get(store.storeId)?.[0];
    const enrolled = store.devices[0];
    if (!device || !enrolled) continue;
    pushes.push(device.push(works.get(store.storeId)?.take(1, enrolled.deviceId) ?? []));
    commits += 1;
  }
  await Promise.all(pushes);
  const heads = await storeHeads(cluster);
  const behind = await untilConverged(fleet.byStore, heads, 15_000);
  const { rssMiB: rssMax, connections } = await sampling.stop();
  const delivery = measureDelivery(fleet.byStore, fleet.counters.commits);
  console.log(`  ${commits} commits in random stores over ${options.seconds} s (${options.rate}/s)`);
  console.log(`  poke delivery (commit answered → poke on the other instance) ${spreadLine(delivery.poke)}`);
  console.log(
    `  poke-to-pull (commit answered → pulled on the other instance) ${spreadLine(delivery.fromAnswer)}`,
  );
  console.log(
    `  ${errorLines(fleet.counters)}; not pulled ${delivery.missed}; devices behind ${behind.length}; ` +
      `streams still open ${fleet.devices.filter((d) => d.connected).length}; service RSS max ${Math.round(rssMax)} MiB; ` +
      `PostgreSQL connections max ${connections.total} (${connections.listen} LISTEN); load average ${loadAverage()}`,
  );
  for (const device of fleet.devices) device.close();
}
