import '../support/dev-mode';
import type { OrderDoc } from '@shared/schemas/order';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { filter, firstValueFrom } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Network, TestDevice } from '../support/device';
import { anOrder } from '../support/fixtures';
import { FlakyProxy } from '../support/proxy';
import { ENGINE, startTestService, type TestService } from '../support/service';

const STORE = 'paris-01';
// The app's real storage for the restart cases (kept small: fake-indexeddb is O(n²)).
const dexie = () => wrappedValidateAjvStorage({ storage: getRxStorageDexie({ indexedDB, IDBKeyRange }) });

/** Resolves once the device's optimistic list of orders satisfies the predicate. */
function ordersUntil(device: TestDevice, predicate: (orders: OrderDoc[]) => boolean, query = {}) {
  return firstValueFrom(device.replica.views.orders$(query).pipe(filter(predicate)));
}

describe(`sync heals itself (${ENGINE})`, () => {
  let svc: TestService;
  let proxy: FlakyProxy;
  let credentials: { token: string; deviceId: string; storeId: string };
  let orders = 0;

  async function newOrder(overrides: Parameters<typeof anOrder>[0] = {}): Promise<string> {
    orders += 1;
    const id = `heal-${orders}`;
    const reply = await svc.oms('POST', `/stores/${STORE}/orders`, {
      order: anOrder({ id, number: `FR-H${orders}`, ...overrides }),
    });
    if (reply.status >= 300) throw new Error(JSON.stringify(reply.body));
    return id;
  }

  beforeAll(async () => {
    svc = await startTestService();
    await svc.createStore(STORE);
    await svc.oms('POST', `/stores/${STORE}/stock`, {
      items: [
        { sku: 'SKU-A', onHand: 50 },
        { sku: 'SKU-B', onHand: 50 },
      ],
    });
    await newOrder();
    credentials = await svc.enroll(STORE);
  });
  afterAll(() => svc.close());

  async function throughProxy(options: { pollMs?: number; databaseName?: string } = {}) {
    proxy = await FlakyProxy.start(svc.url);
    return { proxy, options: { serviceUrl: proxy.url, ...credentials, ...options } };
  }

  it('a stream refused with 502 by a proxy is retried with backoff, says why, and the device hears of a new order without restart', async () => {
    const { proxy, options } = await throughProxy({ pollMs: 600_000 });
    proxy.refuseStream = true;
    const device = await TestDevice.open(options);
    try {
      await device.replica.ordersReady;
      const down = await device.until((s) => s.stream === 'reconnecting');
      expect(down.lastError).toMatch(/502/);
      await vi.waitFor(() => expect(proxy.streamRequests).toBeGreaterThanOrEqual(2), { timeout: 20_000 });

      proxy.refuseStream = false;
      await device.until((s) => s.stream === 'open', 30_000);
      const id = await newOrder();
      const list = await ordersUntil(device, (o) => o.some((x) => x.id === id));
      expect(list.find((o) => o.id === id)?.status).toBe('assigned');

      // A proxy that cuts the open stream: the device comes back on its own too.
      proxy.cutStreams();
      await device.until((s) => s.stream === 'reconnecting');
      await device.until((s) => s.stream === 'open', 30_000);
      const next = await newOrder();
      await ordersUntil(device, (o) => o.some((x) => x.id === next));
    } finally {
      await device.close();
      await proxy.close();
    }
  });

  it('while the stream is down, the device pulls on a timer and still hears of new orders', async () => {
    const { proxy, options } = await throughProxy({ pollMs: 300 });
    proxy.refuseStream = true;
    const device = await TestDevice.open(options);
    try {
      await device.replica.ordersReady;
      await device.until((s) => s.stream === 'reconnecting');
      const id = await newOrder();
      await ordersUntil(device, (o) => o.some((x) => x.id === id));
      expect(device.state().stream).toBe('reconnecting');
    } finally {
      await device.close();
      await proxy.close();
    }
  });

  it('push receipts settle commands at once: "N actions waiting" clears with the stream down and no pull answered, and stays clear after a restart', async () => {
    const { proxy, options } = await throughProxy({ pollMs: 600_000, databaseName: 'settle1' });
    const id = await newOrder();
    const device = await TestDevice.open({ ...options, storage: dexie() });
    let second: TestDevice | undefined;
    try {
      await device.until((s) => s.initial.complete);
      await ordersUntil(device, (o) => o.some((x) => x.id === id));
      proxy.refuseStream = true;
      proxy.cutStreams();
      await device.until((s) => s.stream === 'reconnecting');
      proxy.refusePulls = true;

      await device.record('start_pick', { orderId: id });
      await device.record('pick', { orderId: id, lineId: 'l1', qty: 2, barcode: '' });
      await device.until((s) => s.pending === 0);
      expect(proxy.pushes).toBeGreaterThanOrEqual(1);
      // The effect stays shown: the pulls that would bring the service's documents are refused.
      const view = await firstValueFrom(device.replica.views.order$(id).pipe(filter(Boolean)));
      expect(view.order.lines[0]?.picked).toBe(2);
      expect(view.order.status).toBe('picking');
      await device.close();

      // Restart with pulls still refused: nothing waiting, the effect still shown.
      second = await TestDevice.open({ ...options, storage: dexie() });
      await second.until((s) => s.initial.complete);
      expect(second.state().pending).toBe(0);
      const after = await firstValueFrom(second.replica.views.order$(id).pipe(filter(Boolean)));
      expect(after.order.lines[0]?.picked).toBe(2);

      // Once the documents arrive they show it themselves, and the commands leave the optimistic fold.
      proxy.refusePulls = false;
      proxy.refuseStream = false;
      second.replica.syncNow();
      await vi.waitFor(() => expect(second?.replica.unsettled.value.commands).toEqual([]), {
        timeout: 20_000,
      });
      const pulled = (await second.docs<OrderDoc>('orders')).find((o) => o.id === id);
      expect(pulled?.lines[0]?.picked).toBe(2);
      const shown = await firstValueFrom(second.replica.views.order$(id).pipe(filter(Boolean)));
      expect(shown.order.lines[0]?.picked).toBe(2);
    } finally {
      await (second ?? device).close().catch(() => undefined);
      await proxy.close();
    }
  });

  it('a dismissed refusal stays dismissed after a restart, and is not counted as waiting', async () => {
    const network = new Network();
    const options = { serviceUrl: svc.url, ...credentials, network, databaseName: 'refusal1' };
    const device = await TestDevice.open({ ...options, storage: dexie() });
    let second: TestDevice | undefined;
    try {
      await device.until((s) => s.initial.complete);
      // qty 0 passes the device's types but not the service's schema.
      const bad = await device.record('pick', { orderId: 'heal-1', lineId: 'l1', qty: 0, barcode: '' });
      await device.until((s) => s.attention === 1 && s.pending === 0);
      await device.replica.dismissAttention(bad);
      await device.until((s) => s.attention === 0);
      await device.close();

      second = await TestDevice.open({ ...options, storage: dexie() });
      await second.until((s) => s.initial.complete);
      await second.settled();
      expect(second.state()).toMatchObject({ pending: 0, attention: 0 });
    } finally {
      await (second ?? device).close().catch(() => undefined);
    }
  });

  it('the optimistic fold follows the recording order even when the device clock jumps back', async () => {
    const network = new Network();
    const id = await newOrder();
    const device = await TestDevice.open({ serviceUrl: svc.url, ...credentials, network });
    try {
      await device.until((s) => s.initial.complete);
      await ordersUntil(device, (o) => o.some((x) => x.id === id));
      network.online = false;
      await device.record('start_pick', { orderId: id });
      await device.record('pick', { orderId: id, lineId: 'l1', qty: 2, barcode: '' });
      // The clock is set back a day (NTP, a dead battery): UUIDv7 ids now sort before the pick's.
      const now = Date.now();
      const clock = vi.spyOn(Date, 'now').mockImplementation(() => now - 86_400_000);
      try {
        await device.record('unpick', { orderId: id, lineId: 'l1', qty: 1 });
      } finally {
        clock.mockRestore();
      }
      const view = await firstValueFrom(
        device.replica.views.order$(id).pipe(filter((v) => (v?.pending.length ?? 0) === 3)),
      );
      expect(view?.pending.map((p) => p.command.type)).toEqual(['start_pick', 'pick', 'unpick']);
      expect(view?.pending.map((p) => p.expected.status)).toEqual(['applied', 'applied', 'applied']);
      expect(view?.order.lines[0]?.picked).toBe(1);

      network.online = true;
      device.replica.syncNow();
      await device.settled();
      const served = await svc.oms<OrderDoc>('GET', `/stores/${STORE}/orders/${id}`);
      expect(served.body.lines[0]?.picked).toBe(1);
    } finally {
      await device.close();
    }
  });

  it('lists filter and sort on the optimistic state: an order packed here leaves "to pack" at once, offline', async () => {
    const network = new Network();
    const id = await newOrder({ promisedBy: '2026-11-26T08:00:00.000Z' });
    const device = await TestDevice.open({ serviceUrl: svc.url, ...credentials, network });
    try {
      await device.until((s) => s.initial.complete);
      await ordersUntil(device, (o) => o.some((x) => x.id === id));
      network.online = false;
      const toPack = {
        selector: { kind: 'ship_from_store', status: 'picked' },
        sort: [{ promisedBy: 'asc' }],
      };
      const packed = { selector: { status: 'packed' } };
      await device.record('start_pick', { orderId: id });
      await device.record('pick', { orderId: id, lineId: 'l1', qty: 2, barcode: '' });
      await device.record('pick', { orderId: id, lineId: 'l2', qty: 1, barcode: '' });
      const queue = await ordersUntil(device, (o) => o.some((x) => x.id === id), toPack);
      expect(queue[0]?.id).toBe(id);

      await device.record('pack', { orderId: id, parcels: [{ id: 'p1', box: 'M', weightGrams: 900 }] });
      await ordersUntil(device, (o) => !o.some((x) => x.id === id), toPack);
      const done = await ordersUntil(device, (o) => o.some((x) => x.id === id), packed);
      expect(done.find((o) => o.id === id)?.parcels).toHaveLength(1);
      expect(device.state().pending).toBe(4);
    } finally {
      await device.close();
    }
  });

  it("an order's view does not re-run its queries when unrelated commands change the device's queue", async () => {
    const network = new Network();
    const id = await newOrder();
    const other = await newOrder();
    const device = await TestDevice.open({ serviceUrl: svc.url, ...credentials, network });
    try {
      await device.until((s) => s.initial.complete);
      network.online = false;
      await device.record('start_pick', { orderId: id });
      const lookups = vi.spyOn(device.replica.db.orders, 'findByIds');
      const views: unknown[] = [];
      const subscription = device.replica.views.order$(id).subscribe((v) => views.push(v));
      await vi.waitFor(() => expect(views.length).toBeGreaterThan(0));
      const before = lookups.mock.calls.length;
      await device.record('start_pick', { orderId: other });
      await device.record('pick', { orderId: other, lineId: 'l1', qty: 1, barcode: '' });
      await vi.waitFor(() => expect(device.state().pending).toBe(3));
      subscription.unsubscribe();
      expect(lookups.mock.calls.length).toBe(before);
    } finally {
      await device.close();
    }
  });
});
