import '../support/dev-mode';
import type { OrderDoc } from '@shared/schemas/order';
import type { TaskDoc } from '@shared/schemas/task';
import { filter, firstValueFrom } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Network, TestDevice } from '../support/device';
import { anOrder } from '../support/fixtures';
import { ENGINE, startTestService, type TestService } from '../support/service';

const STORE = 'paris-01';

async function seedStore(svc: TestService, orders = 5) {
  await svc.createStore(STORE);
  await svc.oms('POST', `/stores/${STORE}/products`, {
    products: ['SKU-A', 'SKU-B'].map((sku, i) => ({
      sku,
      barcodes: [`376000000000${i}`],
      name: `Produit ${sku}`,
      brand: 'Maison',
      size: 'M',
      colour: 'bleu',
      price: { amount: 2990, currency: 'EUR' },
      location: { aisle: 'A', bay: '1', shelf: String(i) },
    })),
  });
  await svc.oms('POST', `/stores/${STORE}/stock`, {
    items: [
      { sku: 'SKU-A', onHand: 40 },
      { sku: 'SKU-B', onHand: 20 },
    ],
  });
  for (let i = 0; i < orders; i++) {
    await svc.oms('POST', `/stores/${STORE}/orders`, {
      order: anOrder({
        id: `o-${i}`,
        number: `FR-${i}`,
        kind: i % 2 ? 'click_and_collect' : 'ship_from_store',
      }),
    });
  }
}

describe(`a device's replica (${ENGINE})`, () => {
  let svc: TestService;
  let credentials: { token: string; deviceId: string; storeId: string };

  beforeAll(async () => {
    svc = await startTestService();
    await seedStore(svc);
    credentials = await svc.enroll(STORE);
  });
  afterAll(() => svc.close());

  it('pulls the store, orders first, reports progress, and goes online', async () => {
    const device = await TestDevice.open({ serviceUrl: svc.url, ...credentials });
    try {
      await device.replica.ordersReady;
      expect(await device.docs('orders')).toHaveLength(5);
      await device.until((s) => s.initial.complete);
      const state = device.state();
      expect(state.connection).toBe('online');
      expect(state.initial.done).toBe(state.initial.total);
      expect(state.initial.total).toBeGreaterThanOrEqual(1 + 5 + 2 + 2);
      expect(await device.docs('products')).toHaveLength(2);
      expect(await device.docs('stock')).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ sku: 'SKU-A', onHand: 40, reserved: 10, available: 30 }),
        ]),
      );
      await device.until((s) => s.lastSyncedAt !== null);
    } finally {
      await device.close();
    }
  });

  it("pulls the whole store at once: the day's work, then the catalogue, then one checkpoint for every poke", async () => {
    const network = new Network();
    const device = await TestDevice.open({
      serviceUrl: svc.url,
      ...credentials,
      network,
      databaseName: 'one1',
    });
    try {
      await device.until((s) => s.initial.complete);
      await device.settled();
      const parts = network.pulls.map((p) => new URLSearchParams(p.split('?')[1]).get('part'));
      expect(network.pulls.every((p) => p.startsWith('/v1/pull?'))).toBe(true);
      expect(parts.indexOf('work')).toBeLessThan(parts.indexOf('catalogue'));
      expect(parts.slice(parts.lastIndexOf('catalogue') + 1).every((p) => p === 'all')).toBe(true);

      network.pulls = [];
      await svc.oms('POST', `/stores/${STORE}/orders`, {
        order: anOrder({ id: 'o-poke', number: 'FR-POKE', kind: 'ship_from_store' }),
      });
      // The poke's one pull brings the order and the stock it reserves together.
      const order = await firstValueFrom(
        device.replica.views.order$('o-poke').pipe(filter((v) => v !== undefined)),
      );
      expect(order?.order.number).toBe('FR-POKE');
      await device.settled();
      expect(network.pulls.length).toBeGreaterThan(0);
      expect(network.pulls.every((p) => p.includes('part=all'))).toBe(true);
      const stock = await device.docs<{ sku: string; reserved: number }>('stock');
      const served = await svc.pull<{ sku: string; reserved: number }>(credentials.token, 'stock');
      expect(stock.map((s) => [s.sku, s.reserved]).sort()).toEqual(
        served.body.documents.map((s) => [s.sku, s.reserved]).sort(),
      );
    } finally {
      await device.close();
    }
  });

  it('a first sync cut short resumes from where it stood, and ends with every document once', async () => {
    const network = new Network();
    const first = await TestDevice.open({
      serviceUrl: svc.url,
      ...credentials,
      network,
      databaseName: 'cut1',
    });
    await first.replica.ordersReady;
    await first.close();
    const reached = network.pulls.length;
    const again = await TestDevice.open({
      serviceUrl: svc.url,
      ...credentials,
      network,
      databaseName: 'cut1',
    });
    try {
      await again.until((s) => s.initial.complete);
      // The restart starts from its saved cursor, not from the beginning of the store.
      const resumed = new URLSearchParams(network.pulls[reached]?.split('?')[1]);
      expect(Number(resumed.get('seq'))).toBeGreaterThan(0);
      await again.settled();
      const orders = await again.docs<{ id: string }>('orders');
      expect(new Set(orders.map((o) => o.id)).size).toBe(orders.length);
      const served = await svc.pull<{ id: string }>(credentials.token, 'orders');
      expect(orders.map((o) => o.id).sort()).toEqual(served.body.documents.map((o) => o.id).sort());
      expect(await again.docs('products')).toHaveLength(2);
    } finally {
      await again.close();
    }
  });

  it('records work offline, shows it at once, and pushes it when the network is back', async () => {
    const network = new Network();
    const device = await TestDevice.open({
      serviceUrl: svc.url,
      ...credentials,
      network,
      databaseName: 'offline1',
    });
    try {
      await device.until((s) => s.initial.complete);
      network.online = false;
      const id = await device.record('pick', { orderId: 'o-0', lineId: 'l1', qty: 2, barcode: '' });
      const view = await firstValueFrom(
        device.replica.views.order$('o-0').pipe(filter((v) => (v?.order.lines[0]?.picked ?? 0) === 2)),
      );
      expect(view?.order.status).toBe('picking');
      expect(view?.pending.map((p) => p.command.id)).toEqual([id]);
      await device.until((s) => s.pending === 1 && s.connection === 'offline');

      network.online = true;
      device.replica.syncNow();
      await device.until((s) => s.pending === 0 && s.connection === 'online');
      const served = await svc.oms<OrderDoc>('GET', `/stores/${STORE}/orders/o-0`);
      expect(served.body.lines[0]?.picked).toBe(2);
      // Settled from the push response; the receipt document follows with the poke's pull.
      const receipt = await firstValueFrom(device.replica.db.receipts.findOne(id).$.pipe(filter(Boolean)));
      expect(receipt.outcome).toBe('applied');
    } finally {
      await device.close();
    }
  });

  it('sends a backlog recorded offline in pushes of 100, in recording order, each command once', async () => {
    const network = new Network();
    const device = await TestDevice.open({
      serviceUrl: svc.url,
      ...credentials,
      network,
      databaseName: 'backlog1',
    });
    try {
      await device.until((s) => s.initial.complete);
      network.online = false;
      const ids: string[] = [];
      for (let i = 0; i < 250; i++)
        ids.push(await device.record('adjust_stock', { sku: 'SKU-B', delta: 1, reason: 'found' }));
      await device.until((s) => s.pending === 250 && s.connection === 'offline');
      network.pushed = [];
      network.online = true;
      device.replica.syncNow();
      await device.until((s) => s.pending === 0 && s.connection === 'online');
      const [first = [], ...rest] = network.pushed.filter((p) => p.length > 0);
      // The push under way when the network went down is retried as it was (the first command or
      // two); what was recorded meanwhile follows in pushes of 100 (RxDB's push batchSize).
      expect(first.length).toBeLessThan(100);
      expect(rest.map((p) => p.length)).toEqual([100, 100, 50 - first.length]);
      expect([first, ...rest].flat()).toEqual(ids);
    } finally {
      await device.close();
    }
  });

  it('a push whose response is lost is applied once', async () => {
    const network = new Network();
    const device = await TestDevice.open({
      serviceUrl: svc.url,
      ...credentials,
      network,
      databaseName: 'lost1',
    });
    try {
      await device.until((s) => s.initial.complete);
      network.loseNextPushResponse = true;
      await device.record('pick', { orderId: 'o-2', lineId: 'l2', qty: 1, barcode: '' });
      await device.settled();
      expect(network.pushes).toBeGreaterThanOrEqual(2);
      const served = await svc.oms<OrderDoc>('GET', `/stores/${STORE}/orders/o-2`);
      expect(served.body.lines[1]?.picked).toBe(1);
      expect(served.body.commandLog.filter((e) => e.type === 'pick')).toHaveLength(1);
    } finally {
      await device.close();
    }
  });

  it('a command the service refuses as malformed goes to the needs-attention list, and the queue flows on', async () => {
    const device = await TestDevice.open({ serviceUrl: svc.url, ...credentials, databaseName: 'attention1' });
    try {
      await device.until((s) => s.initial.complete);
      // qty 0 passes the device's types but not the service's schema (minimum 1).
      const bad = await device.record('pick', { orderId: 'o-4', lineId: 'l1', qty: 0, barcode: '' });
      const good = await device.record('start_pick', { orderId: 'o-4' });
      await device.until((s) => s.attention === 1 && s.pending === 0);
      const items = await firstValueFrom(device.replica.attention$.pipe(filter((i) => i.length > 0)));
      expect(items).toEqual([expect.objectContaining({ commandId: bad, reason: 'invalid_payload' })]);
      expect(items[0]?.detail).toMatch(/qty/);
      const served = await svc.oms<OrderDoc>('GET', `/stores/${STORE}/orders/o-4`);
      expect(served.body.commandLog.map((e) => e.commandId)).toContain(good);
      await device.replica.dismissAttention(bad);
      await device.until((s) => s.attention === 0);
    } finally {
      await device.close();
    }
  });

  it("sees the service's outcome: a pick on a cancelled order is kept and a put-away task appears", async () => {
    const network = new Network();
    const device = await TestDevice.open({
      serviceUrl: svc.url,
      ...credentials,
      network,
      databaseName: 'cancel1',
    });
    try {
      await device.until((s) => s.initial.complete);
      network.online = false;
      await device.record('pick', { orderId: 'o-3', lineId: 'l1', qty: 1, barcode: '' });
      await svc.oms('POST', `/stores/${STORE}/orders/o-3/cancel`, { reason: 'customer_request' });
      network.online = true;
      device.replica.syncNow();
      await device.settled();
      const tasks = await firstValueFrom(
        device.replica.views.openTasks$().pipe(filter((t: TaskDoc[]) => t.some((x) => x.orderId === 'o-3'))),
      );
      expect(tasks.find((t) => t.orderId === 'o-3')).toMatchObject({
        kind: 'put_away',
        qty: 1,
        reason: 'order_cancelled',
      });
      const view = await firstValueFrom(device.replica.views.order$('o-3'));
      expect(view?.order.status).toBe('cancelled');
      expect(view?.order.commandLog.at(-1)).toMatchObject({
        type: 'pick',
        outcome: 'exception',
        reason: 'picked_after_cancel',
      });
    } finally {
      await device.close();
    }
  });

  it('a revoked device says so, and keeps its unsent work', async () => {
    const own = await svc.enroll(STORE, 'Tablette volée');
    const device = await TestDevice.open({ serviceUrl: svc.url, ...own, databaseName: 'revoked1' });
    try {
      await device.until((s) => s.initial.complete);
      await svc.admin('POST', `/devices/${own.deviceId}/revoke`);
      await device.record('start_pick', { orderId: 'o-0' });
      device.replica.syncNow();
      await device.until((s) => s.connection === 'unauthorized');
      expect(device.state().pending).toBe(1);
    } finally {
      await device.close();
    }
  });
});
