import type { CommandEnvelope } from '@shared/commands/envelope';
import type { PushResponse } from '@shared/sync/protocol';
import type { DemoStore } from '../../src-server/demo/generate';
import { deviceWork } from './device-work';
import type { BenchService } from './service';

export type Throughput = {
  commands: number;
  seconds: number;
  perSecond: number;
  outcomes: Record<string, number>;
  pushP50Ms: number;
  pushP95Ms: number;
};

/**
 * Devices enrolled in the store push their own commands over HTTP, a batch at
 * a time like the replica's push (100), all devices at once.
 */
export async function measureThroughput(
  svc: BenchService,
  demo: DemoStore,
  options: { devices: number; commands: number; batch: number },
): Promise<Throughput> {
  const tag = `b${Date.now().toString(36)}`;
  const perDevice = Math.ceil(options.commands / options.devices);
  const devices = [];
  for (let d = 0; d < options.devices; d++) {
    const { token, deviceId } = await svc.enroll(demo.storeId, `Tablette ${d + 1}`);
    const work = deviceWork(demo, d, options.devices, perDevice, tag).map((c) => ({ ...c, deviceId }));
    devices.push({ token, work });
  }
  const outcomes: Record<string, number> = {};
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    devices.map(async ({ token, work }) => {
      for (let i = 0; i < work.length; i += options.batch) {
        const commands: CommandEnvelope[] = work.slice(i, i + options.batch);
        const t = performance.now();
        const response = await fetch(`${svc.url}/v1/push`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ commands }),
        });
        const body = (await response.json()) as PushResponse;
        if (!response.ok) throw new Error(`push answered ${response.status}: ${JSON.stringify(body)}`);
        latencies.push(performance.now() - t);
        for (const r of body.receipts) outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const commands = Object.values(outcomes).reduce((a, b) => a + b, 0);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    commands,
    seconds,
    perSecond: commands / seconds,
    outcomes,
    pushP50Ms: at(0.5),
    pushP95Ms: at(0.95),
  };
}
