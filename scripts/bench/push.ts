import { writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import type { CommandEnvelope } from '@shared/commands/envelope';
import type { PushResponse } from '@shared/sync/protocol';
import { generateDemoStore } from '../../src-server/demo/generate';
import { loadDemoStore } from '../../src-server/demo/load';
import { loadAverage, postgresCpuSeconds } from './load/stats';
import { ShiftWork } from './load/work';
import { startBenchService } from './service';

/**
 * npm run bench:push — the CPU of one push, in process: prints figures, asserts nothing (see
 * docs/BENCHMARKS.md, "The service at scale"). The service runs in this process (PGlite too, or
 * PostgreSQL with --pg, whose backends' CPU is printed apart); one device of a bench:load store
 * (200 products, 40 orders) pushes the bench:load mix, one push after the other, through a
 * keep-alive node:http client (a small, steady share of the figure). For each size, rounds
 * alternate between the sizes; a round is `--pushes` pushes after a few unmeasured ones.
 * `--profile FILE`: a V8 CPU profile of the measured rounds (not of the start and the store's load).
 */
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,20,100' },
    pushes: { type: 'string', default: '100' },
    rounds: { type: 'string', default: '3' },
    pg: { type: 'string', default: '' },
    profile: { type: 'string' },
  },
});
const sizes = (values.sizes ?? '').split(',').map(Number);
const pushes = Number(values.pushes);
const rounds = Number(values.rounds);

const svc = await startBenchService(values.pg || undefined);
const storeId = 'bench-push';
const now = new Date();
const demo = generateDemoStore({ storeId, seed: 1000, products: 200, orders: 40, now });
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const { port } = new URL(svc.url);

function push(token: string, commands: CommandEnvelope[]): Promise<PushResponse> {
  const body = JSON.stringify({ commands });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/v1/push',
        method: 'POST',
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200) reject(new Error(`push answered ${res.statusCode}: ${text}`));
          else resolve(JSON.parse(text) as PushResponse);
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

try {
  await loadDemoStore({
    url: svc.url,
    omsKey: svc.omsKey,
    storeId,
    seed: 1000,
    products: 200,
    orders: 40,
    now,
  });
  const device = await svc.enroll(storeId, 'Bench push');
  // Five devices' shares of the work, pushed by one device (the bench:load mix, fresh ids).
  const shifts = Array.from({ length: 5 }, (_, d) => new ShiftWork(demo, d, 5, `p${d}-`, 400));
  let turn = 0;
  const next = (n: number) => (shifts[turn++ % shifts.length] as ShiftWork).take(n, device.deviceId);
  const outcomes: Record<string, number> = {};
  const round = async (size: number, count: number) => {
    const batches = Array.from({ length: count }, () => next(size));
    const pg = postgresCpuSeconds();
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (const batch of batches) {
      const { receipts } = await push(device.token, batch);
      for (const r of receipts) outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1;
    }
    const used = process.cpuUsage(cpu);
    return {
      cpuMs: (used.user + used.system) / 1000 / count,
      wallMs: (performance.now() - started) / count,
      pgMs: ((postgresCpuSeconds() - pg) * 1000) / count,
    };
  };
  console.log(
    `bench:push ${new Date().toISOString()} ${svc.engine}; ${pushes} pushes per size and round, ${rounds} rounds; ` +
      `load average ${loadAverage()}`,
  );
  for (const size of sizes) await round(size, 60); // warm-up (JIT, caches)
  const figures = new Map<number, number[]>(sizes.map((s) => [s, []]));
  const inspector = values.profile ? new Session() : undefined;
  if (inspector) {
    inspector.connect();
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.start');
  }
  for (let r = 1; r <= rounds; r++) {
    const parts: string[] = [];
    for (const size of sizes) {
      const f = await round(size, pushes);
      figures.get(size)?.push(f.cpuMs);
      const pg = svc.engine === 'postgres' ? `, PostgreSQL ${f.pgMs.toFixed(2)} ms` : '';
      parts.push(`${size}: ${f.cpuMs.toFixed(2)} ms CPU (${f.wallMs.toFixed(2)} ms wall${pg})`);
    }
    console.log(`  round ${r}, per push of ${parts.join('; ')}; load average ${loadAverage()}`);
  }
  if (inspector && values.profile) {
    const { profile } = await inspector.post('Profiler.stop');
    writeFileSync(values.profile, JSON.stringify(profile));
    inspector.disconnect();
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
  const summary = sizes.map((s) => `${s}: ${median(figures.get(s) ?? []).toFixed(2)} ms`);
  console.log(`  median CPU per push of ${summary.join(', ')}`);
  const small = Math.min(...sizes);
  const large = Math.max(...sizes);
  if (large > small) {
    const perCommand =
      (median(figures.get(large) ?? []) - median(figures.get(small) ?? [])) / (large - small);
    const fixed = median(figures.get(small) ?? []) - perCommand * small;
    const per20 = fixed + 20 * perCommand;
    console.log(
      `  ≈ ${fixed.toFixed(2)} ms per push + ${perCommand.toFixed(3)} ms per command ` +
        `(pushes of 20: ${Math.round((20 * 1000) / per20)} commands per CPU second); outcomes ${JSON.stringify(outcomes)}`,
    );
  }
} finally {
  agent.destroy();
  await svc.close();
}
process.exit(0);
