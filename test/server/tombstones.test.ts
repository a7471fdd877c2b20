import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runTombstones } from '../../src-server/jobs/tombstones';
import { type Service, startService } from '../../src-server/service';
import { anOrder } from '../support/fixtures';
import { call, deviceCommand, ENGINE, startTestService, type TestService } from '../support/service';

const DAY = 86_400_000;
const TODAY = Date.parse('2026-11-30T10:00:00.000Z');
/** The service's clock: a time the test sets, never the machine's. */
let clock = TODAY;
const daysAgo = (days: number) => new Date(TODAY - days * DAY).toISOString();
const now = () => new Date(clock).toISOString();

type Row = { id: string; _deleted: boolean; status: string; seq: number };

describe(`closed orders and done tasks leave the devices after N days (${ENGINE})`, () => {
  let svc: TestService;
  let second: Service;
  let device: { token: string };

  beforeAll(async () => {
    svc = await startTestService({ now, tombstoneEveryMs: 0 });
    // A second instance on the same database (PGlite: the same handle; PostgreSQL: its own pool).
    second = await startService({
      ...(svc.schema
        ? { databaseUrl: process.env.TEST_DATABASE_URL, schema: svc.schema }
        : { database: svc.db }),
      omsApiKeys: ['test-oms-key'],
      adminToken: 'test-admin-token',
      tombstoneEveryMs: 0,
      now,
    });
    await svc.createStore('paris-01');
    await svc.oms('POST', '/stores/paris-01/stock', {
      items: [
        { sku: 'SKU-A', onHand: 500 },
        { sku: 'SKU-B', onHand: 500 },
      ],
    });
    device = await svc.enroll('paris-01');
  });
  afterAll(async () => {
    await second.close();
    await svc.close();
  });

  async function order(id: string) {
    const reply = await svc.oms('POST', '/stores/paris-01/orders', {
      order: anOrder({ id, number: `FR-${id}` }),
    });
    expect(reply.status).toBe(201);
  }

  /** Picked, then cancelled by the OMS: the order is closed and two put-away tasks open. */
  async function pickedThenCancelled(id: string) {
    await order(id);
    const push = await svc.push(device.token, [
      deviceCommand('pick', { orderId: id, lineId: 'l1', qty: 2, barcode: '' }),
      deviceCommand('pick', { orderId: id, lineId: 'l2', qty: 1, barcode: '' }),
    ]);
    expect(push.body.receipts.map((r) => r.outcome)).toEqual(['applied', 'applied']);
    const cancel = await svc.oms('POST', `/stores/paris-01/orders/${id}/cancel`, {
      reason: 'customer_request',
    });
    expect(cancel.status).toBe(200);
  }

  async function pullAll(collection: string, after: number) {
    const docs: Row[] = [];
    let seq = after;
    for (;;) {
      const page = await svc.pull<Row>(device.token, collection, seq, 2);
      docs.push(...page.body.documents);
      seq = page.body.checkpoint.seq;
      if (page.body.documents.length < 2) return { docs, seq };
    }
  }

  const storeSeq = async () =>
    (await svc.db.pool.query<{ seq: number }>("SELECT seq FROM stores WHERE id = 'paris-01'")).rows[0]?.seq ??
    0;

  it('tombstones closed orders and done tasks older than N days, with new sequence numbers no checkpoint skips', async () => {
    clock = Date.parse(daysAgo(40));
    await pickedThenCancelled('old-cancelled');
    const done = await svc.push(device.token, [
      deviceCommand('complete_task', { taskId: 'put_away:old-cancelled:l1' }),
    ]);
    expect(done.body.receipts[0]?.outcome).toBe('applied');
    await order('old-open');
    clock = Date.parse(daysAgo(10));
    await pickedThenCancelled('recent-cancelled');
    clock = TODAY;

    // The device has pulled everything so far.
    const orders = await pullAll('orders', 0);
    const tasks = await pullAll('tasks', 0);
    expect(orders.docs.every((d) => !d._deleted)).toBe(true);
    const before = await storeSeq();

    expect(await runTombstones(svc.db, now, 30)).toEqual({ ran: true, orders: 1, tasks: 1, full: false });

    // From its checkpoints the device gets exactly the tombstones, numbered after everything it had.
    const newOrders = await pullAll('orders', orders.seq);
    expect(newOrders.docs.map((d) => [d.id, d._deleted, d.status])).toEqual([
      ['old-cancelled', true, 'cancelled'],
    ]);
    const newTasks = await pullAll('tasks', tasks.seq);
    expect(newTasks.docs.map((d) => [d.id, d._deleted])).toEqual([['put_away:old-cancelled:l1', true]]);
    const seqs = [...newOrders.docs, ...newTasks.docs].map((d) => d.seq).sort((a, b) => a - b);
    expect(seqs).toEqual([before + 1, before + 2]);
    expect(await storeSeq()).toBe(before + 2);

    // What stays: an open order however old, an order closed 10 days ago, an open task.
    const live = await pullAll('orders', 0);
    const alive = live.docs.filter((d) => !d._deleted).map((d) => d.id);
    expect(alive).toEqual(expect.arrayContaining(['old-open', 'recent-cancelled']));
    const liveTasks = await pullAll('tasks', 0);
    expect(liveTasks.docs.find((d) => d.id === 'put_away:old-cancelled:l2')?._deleted).toBe(false);

    // Idempotent: the next round finds nothing and draws no number.
    expect(await runTombstones(svc.db, now, 30)).toEqual({ ran: true, orders: 0, tasks: 0, full: false });
    expect(await storeSeq()).toBe(before + 2);
  });

  it('a device that starts empty skips tombstones deleted before it began; N is the service setting', async () => {
    type Page = { documents: Row[]; checkpoint: { seq: number; skipDeletedUpTo?: number } };
    const page = (query: string) =>
      call<Page>(svc.url, 'GET', `/v1/pull/orders?limit=2&${query}`, { token: device.token });
    const head = await storeSeq();
    const first = await page('seq=0&fresh=true');
    expect(first.body.checkpoint.skipDeletedUpTo).toBe(head);
    const got: Row[] = [...first.body.documents];
    let last = first.body;
    while (last.documents.length === 2) {
      const { skipDeletedUpTo, seq } = last.checkpoint;
      last = (await page(`seq=${seq}&skipDeletedUpTo=${skipDeletedUpTo}`)).body;
      got.push(...last.documents);
    }
    const checkpoint = last.checkpoint;
    expect(got.every((d) => !d._deleted)).toBe(true);
    expect(got.map((d) => d.id).sort()).toEqual(['old-open', 'recent-cancelled']);

    // With N = 7 days the order cancelled 10 days ago goes too: deleted after this device began, it comes down.
    expect(await runTombstones(svc.db, now, 7)).toMatchObject({ orders: 1, tasks: 0 });
    const later = await page(`seq=${checkpoint.seq}&skipDeletedUpTo=${checkpoint.skipDeletedUpTo}`);
    expect(later.body.documents.map((d) => [d.id, d._deleted])).toEqual([['recent-cancelled', true]]);
  });

  it('the service keeps the document: the OMS reads it and a device finds it by number for a return', async () => {
    const oms = await svc.oms<{ status: string }>('GET', '/stores/paris-01/orders/old-cancelled');
    expect(oms.status).toBe(200);
    expect(oms.body.status).toBe('cancelled');
    const found = await call<{ order: { id: string } }>(
      svc.url,
      'GET',
      '/v1/orders/by-number/FR-old-cancelled',
      {
        token: device.token,
      },
    );
    expect(found.status).toBe(200);
    expect(found.body.order.id).toBe('old-cancelled');
  });

  it('a later command on a tombstoned document brings it back to the devices', async () => {
    const before = await storeSeq();
    const push = await svc.push(device.token, [
      deviceCommand('complete_task', { taskId: 'put_away:old-cancelled:l2' }),
    ]);
    expect(push.body.receipts[0]?.outcome).toBe('applied');
    const page = await pullAll('orders', before);
    expect(page.docs.map((d) => [d.id, d._deleted])).toEqual([['old-cancelled', false]]);
  });

  it('two instances running the job at once tombstone each document once', async () => {
    clock = Date.parse(daysAgo(40));
    for (const id of ['race-1', 'race-2', 'race-3']) {
      await order(id);
      await svc.oms('POST', `/stores/paris-01/orders/${id}/cancel`, { reason: 'customer_request' });
    }
    clock = TODAY;
    const before = await storeSeq();
    const rounds = await Promise.all([
      runTombstones(svc.db, now, 30),
      runTombstones(second.db, now, 30),
      runTombstones(svc.db, now, 30),
      runTombstones(second.db, now, 30),
    ]);
    // old-cancelled came back to life today: it stays. The three races go, each once.
    expect(rounds.reduce((n, r) => n + r.orders, 0)).toBe(3);
    expect(await storeSeq()).toBe(before + 3);
    const page = await pullAll('orders', before);
    expect(page.docs.map((d) => d.id).sort()).toEqual(['race-1', 'race-2', 'race-3']);
    expect(page.docs.every((d) => d._deleted)).toBe(true);
  });

  it('a return recorded offline against the number of a tombstoned order is still linked to it', async () => {
    const push = await svc.push(device.token, [
      deviceCommand('create_return', {
        returnId: 'r-late',
        orderId: '',
        orderNumber: 'FR-race-1',
        lines: [
          { lineId: '', sku: 'SKU-A', qty: 1, reason: 'other', condition: 'new', disposition: 'restock' },
        ],
        refund: { amount: 4990, currency: 'EUR', method: 'original_payment' },
      }),
    ]);
    expect(push.body.receipts).toHaveLength(1);
    const { rows } = await svc.db.pool.query<{ doc: { orderId: string } }>(
      "SELECT doc FROM projections WHERE store_id = 'paris-01' AND collection = 'returns' AND id = 'r-late'",
    );
    expect(rows[0]?.doc.orderId).toBe('race-1');
  });

  it("a store's keepClosedDays replaces the service's N for that store", async () => {
    await svc.createStore('lyon-02', { settings: { keepClosedDays: 60 } });
    const lyon = await svc.enroll('lyon-02');
    clock = Date.parse(daysAgo(40));
    await svc.oms('POST', '/stores/lyon-02/orders', {
      order: anOrder({ id: 'lyon-old', number: 'FR-LYON' }),
    });
    await svc.oms('POST', '/stores/lyon-02/orders/lyon-old/cancel', { reason: 'customer_request' });
    clock = TODAY;
    const stored = await svc.oms<{ settings: { keepClosedDays?: number } }>('GET', '/stores/lyon-02');
    expect(stored.body.settings.keepClosedDays).toBe(60);
    const lyonOrder = async () =>
      (await svc.pull<Row>(lyon.token, 'orders')).body.documents.find((d) => d.id === 'lyon-old');

    // 40 days: gone with the service's 30, kept by the store's 60.
    await runTombstones(svc.db, now, 30);
    expect((await lyonOrder())?._deleted).toBe(false);
    clock = TODAY + 21 * DAY;
    await runTombstones(svc.db, now, 30);
    clock = TODAY;
    expect((await lyonOrder())?._deleted).toBe(true);
  });

  it('the service runs the job by itself on its period', async () => {
    clock = Date.parse(daysAgo(40));
    await order('scheduled');
    await svc.oms('POST', '/stores/paris-01/orders/scheduled/cancel', { reason: 'customer_request' });
    clock = TODAY;
    const timed = await startService({
      ...(svc.schema
        ? { databaseUrl: process.env.TEST_DATABASE_URL, schema: svc.schema }
        : { database: svc.db }),
      omsApiKeys: ['test-oms-key'],
      adminToken: 'test-admin-token',
      tombstoneEveryMs: 50,
      closedKeepDays: 30,
      now,
    });
    try {
      await vi.waitFor(
        async () => {
          const page = await pullAll('orders', 0);
          expect(page.docs.find((d) => d.id === 'scheduled')?._deleted).toBe(true);
        },
        { timeout: 10_000, interval: 100 },
      );
    } finally {
      await timed.close();
    }
  });
});
