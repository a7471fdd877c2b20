import type { CommandEnvelope } from '@shared/commands/envelope';
import type { Cluster } from './cluster';
import { connectAll, devicesOf, errorLines, sampler, sleep, storeHeads, untilConverged } from './common';
import { measureDelivery } from './delivery';
import { type LoadDevice, PUSH_BATCH } from './device';
import type { FleetStore } from './fleet';
import { CpuWindow, loadAverage, ms, spread, spreadLine } from './stats';
import { ShiftWork } from './work';

export type SteadyOptions = { seconds: number; rate: number; batch: number; devices: number };

/** An associate's tablet: commands recorded at `rate` per second (Poisson), the outbox pushed as the replica does. */
async function paced(device: LoadDevice, work: ShiftWork, deviceId: string, rate: number, endAt: number) {
  const outbox: CommandEnvelope[] = [];
  let pushing: Promise<void> | undefined;
  const flush = async () => {
    // Bounded: what is still unpushed 30 s after the end stays counted as errors.
    while (outbox.length > 0 && performance.now() < endAt + 30_000) {
      const batch = outbox.slice(0, PUSH_BATCH);
      if (await device.push(batch)) outbox.splice(0, batch.length);
      else await sleep(1000);
    }
  };
  while (performance.now() < endAt) {
    await sleep((-Math.log(1 - Math.random()) * 1000) / rate);
    outbox.push(...work.take(1, deviceId));
    pushing ??= flush().finally(() => {
      pushing = undefined;
    });
  }
  await pushing;
}

/** A device with a backlog: batches back to back, as fast as the service answers. */
async function flatOut(device: LoadDevice, work: ShiftWork, deviceId: string, batch: number, endAt: number) {
  let next = work.take(batch, deviceId);
  while (performance.now() < endAt) {
    if (await device.push(next)) next = work.take(batch, deviceId);
    else await sleep(200);
  }
}

/** Every device pushes its shift and pulls on pokes, for a bounded time; then figures. */
export async function runSteady(
  cluster: Cluster,
  stores: FleetStore[],
  options: SteadyOptions,
): Promise<void> {
  const fleet = devicesOf(cluster, stores);
  const connectMs = await connectAll(fleet.devices);
  console.log(
    `streams: ${fleet.devices.length} open across ${cluster.instances.length} instances in ${ms(connectMs)}`,
  );
  const tag = `w${Date.now().toString(36)}`;
  const sampling = sampler(cluster);
  const cpu = new CpuWindow(cluster.instances.map((i) => i.pid));
  const endAt = performance.now() + options.seconds * 1000;
  const load = [loadAverage()];
  const loadTimer = setInterval(() => load.push(loadAverage()), 10_000);
  await Promise.all(
    stores.flatMap((store) =>
      store.devices.map((enrolled, d) => {
        const device = fleet.byStore.get(store.storeId)?.[d] as LoadDevice;
        const work = new ShiftWork(store.demo, enrolled.index, options.devices, `${tag}-`, 400);
        return options.rate > 0
          ? paced(device, work, enrolled.deviceId, options.rate, endAt)
          : flatOut(device, work, enrolled.deviceId, options.batch, endAt);
      }),
    ),
  );
  const cores = cpu.cores();
  clearInterval(loadTimer);
  const heads = await storeHeads(cluster);
  const behind = await untilConverged(fleet.byStore, heads, 15_000);
  const { rssMiB, connections } = await sampling.stop();
  const c = fleet.counters;
  const perSecond = c.applied / cores.seconds;
  const delivery = measureDelivery(fleet.byStore, c.commits);
  const mode =
    options.rate > 0
      ? `${options.rate} commands/s per device (Poisson)`
      : `flat out, ${options.batch} per push`;
  console.log(
    `STEADY ${stores.length} stores × ${options.devices} devices, ${mode}, ${cores.seconds.toFixed(1)} s`,
  );
  console.log(
    `  applied ${c.applied} commands: ${Math.round(perSecond)} /s overall, ` +
      `${Math.round(perSecond / Math.max(cores.services, 0.01))} /s per service core ` +
      `(services used ${cores.services.toFixed(2)} cores, PostgreSQL ${cores.postgres.toFixed(2)}, bench ${cores.bench.toFixed(2)}); ` +
      `outcomes ${JSON.stringify(Object.fromEntries(c.outcomes))}`,
  );
  console.log(`  push ${spreadLine(spread(c.pushMs))}`);
  console.log(
    `  poke-to-pull (commit answered on one instance → device on the other has pulled it) ${spreadLine(delivery.fromAnswer)}`,
  );
  console.log(`  push sent → pulled on the other instance ${spreadLine(delivery.fromSent)}`);
  console.log(`  poke delivery (commit answered → poke on the other instance) ${spreadLine(delivery.poke)}`);
  console.log(
    `  ${errorLines(c)}; not pulled ${delivery.missed}; devices behind at the end ${behind.length}; ` +
      `service RSS max ${Math.round(rssMiB)} MiB per instance; PostgreSQL connections max ${connections.total} ` +
      `(${connections.listen} LISTEN, ${connections.active} active, ${connections.lockWaits} waiting on a lock at once); load average ${load.join(' → ')}`,
  );
  for (const device of fleet.devices) device.close();
}
