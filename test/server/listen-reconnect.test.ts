import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrder } from '../support/fixtures';
import { ENGINE, startTestService, type TestService } from '../support/service';
import { openStream } from '../support/sse';

/** The backends LISTENing for this service (named after its schema). */
async function listenBackends(schema: string | undefined): Promise<number[]> {
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE application_name = $1',
      [`store-associate listen ${schema ?? 'public'}`],
    );
    return rows.map((r) => r.pid);
  } finally {
    await admin.end();
  }
}

async function terminateListener(schema: string | undefined): Promise<void> {
  const [pid] = await listenBackends(schema);
  if (pid === undefined) throw new Error('no LISTEN backend');
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query('SELECT pg_terminate_backend($1)', [pid]);
  await admin.end();
}

async function newListener(schema: string | undefined, old: number): Promise<void> {
  for (;;) {
    const pids = await listenBackends(schema);
    if (pids.length > 0 && !pids.includes(old)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

// pg_terminate_backend needs a real PostgreSQL server: PGlite has one in-process connection and no backends to kill.
describe.skipIf(ENGINE !== 'postgres')(
  'LISTEN connection lost (postgres only: PGlite has no backends to kill)',
  () => {
    let svc: TestService;
    beforeAll(async () => {
      svc = await startTestService();
      await svc.createStore('paris-01');
    });
    afterAll(() => svc.close());

    it('re-LISTENs after its backend is terminated, again and again, pokes every stream, and pokes new commits', async () => {
      const device = await svc.enroll('paris-01');
      const stream = openStream(svc.url, device.token);
      try {
        await stream.waitFor((e) => e.type === 'hello');
        // One LISTEN connection for the instance, whatever it listens to (pokes, revocations).
        expect(await listenBackends(svc.schema)).toHaveLength(1);
        for (let round = 0; round < 3; round++) {
          const [old] = await listenBackends(svc.schema);
          const before = stream.events.length;
          await terminateListener(svc.schema);
          await newListener(svc.schema, old as number);
          // What was notified in the gap is lost: the device is told to pull everything.
          const poke = await stream.waitFor(
            (e) => stream.events.indexOf(e) >= before && e.type === 'poke',
            40_000,
          );
          expect((poke.data as { collections: string[] }).collections).toEqual(
            expect.arrayContaining(['orders', 'tasks', 'receipts', 'stock']),
          );
        }
        const before = stream.events.length;
        await svc.oms('POST', '/stores/paris-01/orders', { order: anOrder({ id: 'after-reconnect' }) });
        const poke = await stream.waitFor(
          (e) =>
            stream.events.indexOf(e) >= before &&
            e.type === 'poke' &&
            (e.data as { collections: string[] }).collections.includes('orders'),
          10_000,
        );
        expect(poke).toBeTruthy();
      } finally {
        stream.close();
      }
    }, 120_000);
  },
);
