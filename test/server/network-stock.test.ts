import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { anOrder } from '../support/fixtures';
import { deviceCommand, ENGINE, startTestService, type TestService } from '../support/service';

type StoreFigures = {
  storeId: string;
  onHand: number;
  reserved: number;
  unsellable: number;
  safetyStock: number;
  netAvailable: number;
  updatedAt: string;
};
type Availability = {
  sku: string;
  total: Omit<StoreFigures, 'storeId' | 'updatedAt'> & { stores: number; updatedAt: string | null };
  stores: StoreFigures[];
};
type FeedEvent = { id: string; type: string; storeId: string; sku: string; data: Record<string, number> };

const product = (sku: string) => ({
  sku,
  barcodes: ['3000000000007'],
  name: `Produit ${sku}`,
  brand: 'Maison',
  size: 'M',
  colour: 'bleu',
  price: { amount: 4990, currency: 'EUR' },
  location: { aisle: 'A', bay: '1', shelf: '1' },
});

describe(`network stock: availability and safety stock (${ENGINE})`, () => {
  let svc: TestService;
  let paris: { token: string };

  beforeAll(async () => {
    svc = await startTestService();
    for (const id of ['paris-01', 'lyon-02', 'lille-03']) {
      await svc.createStore(id);
      await svc.oms('POST', `/stores/${id}/products`, { products: ['SKU-A', 'SKU-B', 'SKU-C'].map(product) });
    }
    await svc.oms('POST', '/stores/paris-01/stock', {
      items: [
        { sku: 'SKU-A', onHand: 10 },
        { sku: 'SKU-B', onHand: 5 },
      ],
    });
    await svc.oms('POST', '/stores/lyon-02/stock', { items: [{ sku: 'SKU-A', onHand: 4 }] });
    await svc.oms('POST', '/stores/lille-03/stock', { items: [{ sku: 'SKU-A', onHand: 1 }] });
    paris = await svc.enroll('paris-01');
  });
  afterAll(() => svc.close());

  const stockOf = (sku: string, query = '') => svc.oms<Availability>('GET', `/stock/${sku}${query}`);
  const storeOf = (a: Availability, id: string) => a.stores.find((s) => s.storeId === id);
  async function feed(after?: string) {
    const reply = await svc.oms<{ events: FeedEvent[]; next: string }>(
      'GET',
      `/events?limit=5000${after ? `&after=${after}` : ''}`,
    );
    return reply.body;
  }
  /**
   * The stock_changed events after a cursor that match. The feed holds back while any transaction on the
   * server runs (other tests' too), so a cursor read earlier may still be before older events: match them.
   */
  async function stockChangedAfter(next: string, match: (e: FeedEvent) => boolean): Promise<FeedEvent[]> {
    let events: FeedEvent[] = [];
    await vi.waitFor(
      async () => {
        events = (await feed(next)).events.filter((e) => e.type === 'stock_changed' && match(e));
        expect(events.length).toBeGreaterThan(0);
      },
      { timeout: 15_000, interval: 100 },
    );
    return events;
  }

  it('answers one SKU per store and in total, net of reservations and unsellable units', async () => {
    await svc.oms('POST', '/stores/paris-01/orders', { order: anOrder({ id: 'o-1' }) }); // reserves 2 A, 1 B
    await svc.push(paris.token, [
      deviceCommand('create_return', {
        returnId: 'r-damaged',
        orderId: '',
        orderNumber: '',
        lines: [
          { sku: 'SKU-A', lineId: '', qty: 1, reason: 'other', condition: 'damaged', disposition: 'damaged' },
        ],
        refund: { amount: 0, currency: 'EUR', method: 'cash' },
      }),
    ]);
    const reply = await stockOf('SKU-A');
    expect(reply.status).toBe(200);
    expect(storeOf(reply.body, 'paris-01')).toMatchObject({
      onHand: 11,
      reserved: 2,
      unsellable: 1,
      safetyStock: 0,
      netAvailable: 8,
    });
    expect(reply.body.total).toMatchObject({
      onHand: 16,
      reserved: 2,
      unsellable: 1,
      netAvailable: 13,
      stores: 3,
    });
    expect(reply.body.stores.map((s) => s.storeId)).toEqual(['lille-03', 'lyon-02', 'paris-01']);
    expect(Date.parse(reply.body.total.updatedAt ?? '')).toBeGreaterThan(0);
  });

  it('answers zeros for a SKU no store holds, and limits to one store when asked', async () => {
    const none = await stockOf('NOWHERE');
    expect(none.body).toEqual({
      sku: 'NOWHERE',
      total: {
        onHand: 0,
        reserved: 0,
        unsellable: 0,
        safetyStock: 0,
        netAvailable: 0,
        stores: 0,
        updatedAt: null,
      },
      stores: [],
    });
    const lyon = await stockOf('SKU-A', '?storeId=lyon-02');
    expect(lyon.body.stores.map((s) => s.storeId)).toEqual(['lyon-02']);
    expect(lyon.body.total.netAvailable).toBe(4);
  });

  it('applies safety stock: a SKU’s rule over its category’s over the default, a store’s over the network’s', async () => {
    await svc.oms('PUT', '/categories', { items: [{ sku: 'SKU-A', category: 'knitwear' }] });
    const set = await svc.oms<{ received: number }>('PUT', '/safety-stock', {
      rules: [
        { qty: 1 }, // every store, every SKU
        { category: 'knitwear', qty: 2 },
        { storeId: 'lyon-02', category: 'knitwear', qty: 3 },
        { storeId: 'paris-01', sku: 'SKU-A', qty: 5 },
      ],
    });
    expect(set.status).toBe(200);
    const a = (await stockOf('SKU-A')).body;
    expect(storeOf(a, 'paris-01')).toMatchObject({ safetyStock: 5, netAvailable: 3 });
    expect(storeOf(a, 'lyon-02')).toMatchObject({ safetyStock: 3, netAvailable: 1 });
    // Never below 0: one unit on hand, a safety stock of 2.
    expect(storeOf(a, 'lille-03')).toMatchObject({ safetyStock: 2, netAvailable: 0 });
    expect(a.total).toMatchObject({ safetyStock: 10, netAvailable: 4 });
    const b = (await stockOf('SKU-B')).body;
    expect(storeOf(b, 'paris-01')).toMatchObject({ safetyStock: 1, netAvailable: 3 });

    // Removing a rule falls back to the next one.
    await svc.oms('PUT', '/safety-stock', { rules: [{ storeId: 'paris-01', sku: 'SKU-A', qty: null }] });
    expect(storeOf((await stockOf('SKU-A')).body, 'paris-01')).toMatchObject({ safetyStock: 2 });
    const listed = await svc.oms<{ rules: { storeId: string; category: string; qty: number }[] }>(
      'GET',
      '/safety-stock?category=knitwear',
    );
    expect(listed.body.rules.map((r) => [r.storeId, r.qty])).toEqual([
      ['', 2],
      ['lyon-02', 3],
    ]);
  });

  it('answers a batch of SKUs in the order asked, once each, and refuses more than 500', async () => {
    const reply = await svc.oms<{ items: Availability[] }>('POST', '/availability', {
      skus: ['SKU-B', 'SKU-A', 'SKU-B', 'NOWHERE'],
    });
    expect(reply.status).toBe(200);
    expect(reply.body.items.map((i) => i.sku)).toEqual(['SKU-B', 'SKU-A', 'NOWHERE']);
    const single = (await stockOf('SKU-A')).body;
    expect(reply.body.items[1]).toEqual(single);
    const tooMany = await svc.oms('POST', '/availability', {
      skus: Array.from({ length: 501 }, (_, i) => `S${i}`),
    });
    expect(tooMany.status).toBe(400);
    const unknownNetwork = await svc.oms('POST', '/availability', { skus: ['SKU-A'], network: 'nope' });
    expect(unknownNetwork.status).toBe(404);
  });

  it('refuses hostile safety-stock rules with a 400 and stores nothing', async () => {
    for (const rules of [
      [{ sku: 'SKU-A', category: 'knitwear', qty: 1 }],
      [{ sku: 'SKU-A', qty: -1 }],
      [{ sku: 'SKU-A', qty: '5' }],
      [{ storeId: '../x', qty: 1 }],
      [{ category: 'a\u0000b', qty: 1 }],
      [],
    ]) {
      const reply = await svc.oms<{ error: string }>('PUT', '/safety-stock', { rules });
      expect(reply.status, JSON.stringify(rules)).toBe(400);
    }
  });

  it('takes Object.prototype names as ordinary SKUs, categories and stores', async () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const one = await stockOf(key);
      expect(one.status, key).toBe(200);
      expect(one.body.total.netAvailable).toBe(0);
      const rules = await svc.oms('PUT', '/safety-stock', {
        rules: [
          { storeId: key, sku: key, qty: 1 },
          { category: key, qty: 2 },
        ],
      });
      expect(rules.status, key).toBe(200);
      expect((await svc.oms('PUT', '/categories', { items: [{ sku: key, category: key }] })).status).toBe(
        200,
      );
      expect((await svc.oms('POST', '/availability', { skus: [key], storeIds: [key] })).status).toBe(200);
      expect((await svc.oms('GET', `/stock/SKU-A?network=${key}`)).status).toBe(404);
    }
  });

  it('feeds one stock_changed per SKU and store per transaction, with the level the transaction left', async () => {
    const { next } = await feed();
    // One OMS call: three movements of SKU-C (snapshot) coalesce into one event per SKU.
    await svc.oms('POST', '/stores/paris-01/stock', {
      items: [
        { sku: 'SKU-C', onHand: 3 },
        { sku: 'SKU-C', onHand: 7 },
        { sku: 'SKU-C', onHand: 6 },
      ],
    });
    const events = await stockChangedAfter(next, (e) => e.sku === 'SKU-C');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      storeId: 'paris-01',
      sku: 'SKU-C',
      data: { onHand: 6, reserved: 0, unsellable: 0, safetyStock: 1, netAvailable: 5 },
    });
  });

  it('a returned-and-restocked unit is sellable in the feed after one sync of the device that took it', async () => {
    const { next } = await feed();
    const reply = await svc.push(paris.token, [
      deviceCommand('create_return', {
        returnId: 'r-restock',
        orderId: '',
        orderNumber: '',
        lines: [
          { sku: 'SKU-B', lineId: '', qty: 1, reason: 'other', condition: 'new', disposition: 'restock' },
        ],
        refund: { amount: 0, currency: 'EUR', method: 'cash' },
      }),
    ]);
    expect(reply.body.receipts[0]).toMatchObject({ outcome: 'applied' });
    const changed = await stockChangedAfter(next, (e) => e.sku === 'SKU-B' && e.data.onHand === 6);
    expect(changed).toEqual([
      expect.objectContaining({
        storeId: 'paris-01',
        sku: 'SKU-B',
        data: expect.objectContaining({ onHand: 6, netAvailable: 4 }),
      }),
    ]);
  });

  it('feeds stock_changed when a safety-stock rule moves what a store can sell', async () => {
    const { next } = await feed();
    const set = await svc.oms<{ stockChanged: number }>('PUT', '/safety-stock', {
      rules: [{ sku: 'SKU-B', qty: 4 }],
    });
    expect(set.body.stockChanged).toBe(1);
    const changed = await stockChangedAfter(next, (e) => e.sku === 'SKU-B' && e.data.safetyStock === 4);
    expect(changed).toEqual([
      expect.objectContaining({
        storeId: 'paris-01',
        sku: 'SKU-B',
        data: expect.objectContaining({ safetyStock: 4, netAvailable: 1 }),
      }),
    ]);
  });
});
