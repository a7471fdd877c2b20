import type { CommandEnvelope } from '@shared/commands/envelope';
import type { Cluster } from './cluster';
import { connectAll, devicesOf, errorLines, sampler, sleep, storeHeads, untilConverged } from './common';
import { type LoadDevice, PUSH_BATCH } from './device';
import type { FleetStore } from './fleet';
import { CpuWindow, loadAverage, ms } from './stats';
import { ShiftWork } from './work';

export type StormOptions = { offline: number; devices: number };

/** Commands devices have pushed, all stores. */
async function deviceCommands(cluster: Cluster): Promise<number> {
  const { rows } = await cluster.sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "${cluster.schema}".commands WHERE source = 'device'`,
  );
  return rows[0]?.n ?? 0;
}

/** Push the outbox to the end, retrying what failed; now and then the answer is "lost" and the batch sent again. */
async function drain(device: LoadDevice, outbox: CommandEnvelope[], resent: { count: number }) {
  while (outbox.length > 0) {
    const batch = outbox.slice(0, PUSH_BATCH);
    const receipts = await device.push(batch);
    if (!receipts) {
      await sleep(500 + Math.random() * 1000);
      continue;
    }
    if (Math.random() < 0.1) {
      resent.count += batch.length;
      continue; // the answer never arrived: the replica pushes the same commands again
    }
    outbox.splice(0, batch.length);
  }
}

/**
 * After an outage every device comes back at once, each with `offline` commands recorded while
 * it was away: it opens its stream (hello → pull from its checkpoints) and pushes its outbox.
 * Converged when every command has its receipt and every device has pulled its store to the end.
 */
export async function runStorm(cluster: Cluster, stores: FleetStore[], options: StormOptions): Promise<void> {
  const fleet = devicesOf(cluster, stores);
  await connectAll(fleet.devices);
  for (const device of fleet.devices) device.close();
  const tag = `s${Date.now().toString(36)}`;
  const outboxes = new Map<LoadDevice, CommandEnvelope[]>();
  for (const store of stores) {
    store.devices.forEach((enrolled, d) => {
      const device = fleet.byStore.get(store.storeId)?.[d] as LoadDevice;
      const work = new ShiftWork(store.demo, enrolled.index, options.devices, `${tag}-`, options.offline);
      outboxes.set(device, work.take(options.offline, enrolled.deviceId));
    });
  }
  const total = fleet.devices.length * options.offline;
  const storedBefore = await deviceCommands(cluster);
  const resent = { count: 0 };
  const sampling = sampler(cluster);
  const cpu = new CpuWindow(cluster.instances.map((i) => i.pid));
  const started = performance.now();
  await Promise.all(
    fleet.devices.map(async (device) => {
      await device.connect();
      await drain(device, outboxes.get(device) ?? [], resent);
    }),
  );
  const pushedMs = performance.now() - started;
  const heads = await storeHeads(cluster);
  const behind = await untilConverged(fleet.byStore, heads, 120_000);
  const cores = cpu.cores();
  const convergedAt = Math.max(
    ...fleet.devices.map((d) => {
      const reached = d.observations.find((o) => o.head >= (heads.get(d.storeId) ?? 0));
      return reached ? reached.at : d.head >= (heads.get(d.storeId) ?? 0) ? started : Number.NaN;
    }),
  );
  const { rssMiB, connections } = await sampling.stop();
  const stored = (await deviceCommands(cluster)) - storedBefore;
  const c = fleet.counters;
  console.log(
    `STORM ${fleet.devices.length} devices (${stores.length} stores) reconnect at once, ${options.offline} offline commands each (${total})`,
  );
  console.log(
    `  every outbox pushed in ${ms(pushedMs)}; converged (every device pulled its store to the end) in ` +
      `${ms(convergedAt - started)}; ${Math.round(c.applied / (pushedMs / 1000))} commands applied/s`,
  );
  console.log(
    `  commands stored ${stored} of ${total} (one row per command id: its primary key); first receipts ${c.applied}, ` +
      `duplicate receipts ${c.duplicates} for ${resent.count} commands pushed again; ` +
      `outcomes ${JSON.stringify(Object.fromEntries(c.outcomes))}`,
  );
  console.log(
    `  ${errorLines(c)}; devices not converged ${behind.length}; services used ${cores.services.toFixed(2)} cores, ` +
      `PostgreSQL ${cores.postgres.toFixed(2)}; service RSS max ${Math.round(rssMiB)} MiB; ` +
      `PostgreSQL connections max ${connections.total}; load average ${loadAverage()}`,
  );
  for (const device of fleet.devices) device.close();
}
