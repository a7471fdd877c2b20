import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OmsClient, omsClient, type Schemas } from '../../src-server/demo/oms-client';
import { anOrder } from '../support/fixtures';
import { deviceCommand, ENGINE, startTestService, type TestService } from '../support/service';

/**
 * The OMS API as an OMS codes against it: through the client typed from docs/openapi.json
 * (src-server/demo/oms-client.ts), so a change the document does not tell breaks these tests.
 */
const store = (storeId: string) => ({ params: { path: { storeId } } });
const order = (storeId: string, orderId: string) => ({ params: { path: { storeId, orderId } } });

describe(`OMS API (${ENGINE})`, () => {
  let svc: TestService;
  let oms: OmsClient;
  beforeAll(async () => {
    svc = await startTestService();
    oms = omsClient(svc.url, 'test-oms-key');
    await svc.createStore('paris-01');
    await oms.POST('/oms/v1/stores/{storeId}/products', {
      ...store('paris-01'),
      body: {
        products: ['SKU-A', 'SKU-B'].map((sku, i) => ({
          sku,
          barcodes: [`30000000000${i}5`],
          name: `Produit ${sku}`,
          brand: 'Maison',
          size: 'M',
          colour: 'bleu',
          price: { amount: 2990, currency: 'EUR' },
          location: { aisle: 'A', bay: '1', shelf: '2' },
        })),
      },
    });
    await oms.POST('/oms/v1/stores/{storeId}/stock', {
      ...store('paris-01'),
      body: {
        items: [
          { sku: 'SKU-A', onHand: 10 },
          { sku: 'SKU-B', onHand: 5 },
        ],
      },
    });
  });
  afterAll(() => svc.close());

  it('refuses calls without the OMS key', async () => {
    const reply = await oms.GET('/oms/v1/stores/{storeId}', store('paris-01'));
    expect(reply.response.status).toBe(200);
    expect(reply.data?.id).toBe('paris-01');
    const anonymous = await fetch(`${svc.url}/oms/v1/stores/paris-01`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: 'unauthorized' });
  });

  it('creates a store with its own locale and currency, and refuses an unknown time zone', async () => {
    const created = await oms.PUT('/oms/v1/stores/{storeId}', {
      ...store('lisboa-02'),
      body: { name: 'Lisboa Chiado', timezone: 'Europe/Lisbon', locale: 'pt-PT', currency: 'EUR' },
    });
    expect(created.response.status).toBe(201);
    expect(created.data).toMatchObject({ id: 'lisboa-02', locale: 'pt-PT' });
    const bad = await oms.PUT('/oms/v1/stores/{storeId}', {
      ...store('x'),
      body: { name: 'X', timezone: 'Mars/Olympus', locale: 'fr-FR', currency: 'EUR' },
    });
    expect(bad.response.status).toBe(400);
    expect(bad.error?.message).toContain('Mars/Olympus');
  });

  it('sets the store’s picking and packing settings, in part, with defaults for what it never sent', async () => {
    const body = { name: 'Lyon Part-Dieu', timezone: 'Europe/Paris', locale: 'fr-FR', currency: 'EUR' };
    const created = await svc.oms<{ settings: Record<string, unknown> }>('PUT', '/stores/lyon-03', body);
    expect(created.body.settings).toEqual({
      requireScan: false,
      pickupHoldDays: 7,
      lockAfterMinutes: 5,
      unlinkedRefundLimit: 10_000,
      adjustUnitsLimit: 10,
      partialFulfilment: true,
      scanIntoParcel: false,
      boxTypes: ['small', 'medium', 'large', 'mailer'],
      carriers: ['colissimo', 'chronopost', 'dpd'],
    });
    await svc.oms('PUT', '/stores/lyon-03', {
      ...body,
      settings: { requireScan: true, partialFulfilment: false, boxTypes: ['Carton 40', 'Pochette'] },
    });
    const updated = await svc.oms<{ settings: Record<string, unknown> }>('PUT', '/stores/lyon-03', {
      ...body,
      settings: { carriers: ['ups'] },
    });
    expect(updated.body.settings).toMatchObject({
      requireScan: true,
      partialFulfilment: false,
      boxTypes: ['Carton 40', 'Pochette'],
      carriers: ['ups'],
    });
    const bad = await svc.oms<{ error: string }>('PUT', '/stores/lyon-03', {
      ...body,
      settings: { carriers: ['pigeon'], __proto__: { requireScan: 1 } },
    });
    expect(bad.status).toBe(400);
    expect(
      (await svc.oms<{ settings: { carriers: string[] } }>('GET', '/stores/lyon-03')).body.settings.carriers,
    ).toEqual(['ups']);
  });

  it('assigns an order: stock is reserved, and a retried call with the same Idempotency-Key changes nothing', async () => {
    const assign = () =>
      oms.POST('/oms/v1/stores/{storeId}/orders', {
        params: { path: { storeId: 'paris-01' }, header: { 'idempotency-key': 'assign-o-100' } },
        body: { order: anOrder({ id: 'o-100', number: 'FR-100100' }) },
      });
    const first = await assign();
    expect(first.response.status).toBe(201);
    expect(first.data).toMatchObject({ outcome: 'applied', orderId: 'o-100', status: 'assigned' });
    const again = await assign();
    // The first answer again: same status, same body.
    expect(again.response.status).toBe(201);
    expect(again.data).toEqual(first.data);
    const stock = await svc.db.pool.query(
      `SELECT doc FROM projections WHERE store_id = 'paris-01' AND collection = 'stock' AND id = 'SKU-A'`,
    );
    expect(stock.rows[0].doc).toMatchObject({ onHand: 10, reserved: 2, available: 8 });
    const read = await oms.GET('/oms/v1/stores/{storeId}/orders/{orderId}', order('paris-01', 'o-100'));
    expect(read.data?.customer.email).toBe('c***@e***.fr');
  });

  it('answers a malformed order with a clear 400, stores nothing', async () => {
    const before = await svc.count('commands');
    const reply = await oms.POST('/oms/v1/stores/{storeId}/orders', {
      ...store('paris-01'),
      body: { order: { ...anOrder({ id: 'o-bad' }), lines: [] } },
    });
    expect(reply.response.status).toBe(400);
    expect(reply.error?.error).toBe('invalid_request');
    expect(reply.error?.message).toMatch(/lines/);
    expect(await svc.count('commands')).toBe(before);
  });

  it('refuses to assign a Click & Collect order without a pickup code (422, with the reason)', async () => {
    const reply = await oms.POST('/oms/v1/stores/{storeId}/orders', {
      ...store('paris-01'),
      body: { order: anOrder({ id: 'o-cc-bad', kind: 'click_and_collect', pickupCode: '' }) },
    });
    expect(reply.response.status).toBe(422);
    expect(reply.error?.error).toBe('pickup_code_missing');
  });

  it('cancels an order, and refuses (409) to cancel one the customer already took', async () => {
    const assign = (o: string, number: string, kind?: 'click_and_collect') =>
      oms.POST('/oms/v1/stores/{storeId}/orders', {
        ...store('paris-01'),
        body: { order: anOrder({ id: o, number, ...(kind ? { kind } : {}) }) },
      });
    const cancel = (orderId: string) =>
      oms.POST('/oms/v1/stores/{storeId}/orders/{orderId}/cancel', {
        ...order('paris-01', orderId),
        body: { reason: 'customer_request' },
      });
    await assign('o-200', 'FR-200');
    expect((await cancel('o-200')).data).toMatchObject({ outcome: 'applied', status: 'cancelled' });

    await assign('o-300', 'FR-300', 'click_and_collect');
    const device = await svc.enroll('paris-01');
    await svc.push(device.token, [
      deviceCommand('handover', {
        orderId: 'o-300',
        lines: [{ lineId: 'l1', qty: 2 }],
        verification: { method: 'pickup_code', proof: '4821' },
        recipient: { name: 'Camille Martin', relation: 'self' },
      }),
    ]);
    const refused = await cancel('o-300');
    expect(refused.response.status).toBe(409);
    expect(refused.error).toMatchObject({ error: 'cancel_refused' });
    expect(refused.error?.message).toContain('already_handed_over');
    expect((await cancel('nope')).response.status).toBe(404);
  });

  it('reassigns an order away: it becomes a tombstone that devices pull as deleted', async () => {
    await oms.POST('/oms/v1/stores/{storeId}/orders', {
      ...store('paris-01'),
      body: { order: anOrder({ id: 'o-400', number: 'FR-400' }) },
    });
    const reply = await oms.POST('/oms/v1/stores/{storeId}/orders/{orderId}/reassign', {
      ...order('paris-01', 'o-400'),
      body: { reason: 'closer store' },
    });
    expect(reply.data).toMatchObject({ outcome: 'applied', status: 'reassigned' });
    const device = await svc.enroll('paris-01', 'Tablette 2');
    const pulled = await svc.pull<{ id: string }>(device.token, 'orders');
    expect(pulled.body.documents.find((d) => d.id === 'o-400')).toMatchObject({
      _deleted: true,
      status: 'reassigned',
    });
  });

  it('reports capacity: the limit set in store, orders assigned today, pauses', async () => {
    const device = await svc.enroll('paris-01', 'Manager');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    await svc.push(device.token, [
      deviceCommand('set_capacity', { date: today, kind: 'ship_from_store', limit: 3 }, 'alice'),
      deviceCommand(
        'pause_fulfilment',
        { kind: 'click_and_collect', paused: true, reason: 'inventaire' },
        'alice',
      ),
    ]);
    const reply = await oms.GET('/oms/v1/stores/{storeId}/capacity', {
      params: { path: { storeId: 'paris-01' }, query: { from: today, to: today } },
    });
    expect(reply.data?.paused.click_and_collect.paused).toBe(true);
    expect(reply.data?.pausedNow.click_and_collect).toBe(true);
    const sfs = reply.data?.days.find((d) => d.kind === 'ship_from_store');
    expect(sfs).toMatchObject({ limit: 3 });
    expect(sfs?.assigned).toBeGreaterThan(0);
  });

  it('the event feed pages through what the stores did, without gaps or repeats', async () => {
    const expected = [
      'stock_moved',
      'handed_over',
      'capacity_changed',
      'fulfilment_paused',
      'status_changed',
    ];
    const all: Schemas['FeedEvent'][] = [];
    let after: string | undefined;
    // The feed holds back behind transactions still open anywhere on the database server (other test files
    // share PostgreSQL): a short page means "nothing more yet", so follow the cursor until it has all.
    for (let i = 0; i < 300; i++) {
      const page = await oms.GET('/oms/v1/events', {
        params: { query: { limit: 7, ...(after ? { after } : {}) } },
      });
      const events = page.data?.events ?? [];
      all.push(...events);
      after = page.data?.next;
      if (events.length === 7) continue;
      if (expected.every((t) => all.some((e) => e.type === t))) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    const types = new Set(all.map((e) => e.type));
    for (const t of expected) expect(types).toContain(t);
    const handed = all.find((e) => e.type === 'handed_over');
    expect(handed).toMatchObject({ storeId: 'paris-01', orderId: 'o-300' });
    // The type says what `data` holds for each event type.
    if (handed?.type === 'handed_over') expect(handed.data.lines.map((l) => l.lineId)).toEqual(['l1']);
    const onlyLisbon = await oms.GET('/oms/v1/events', { params: { query: { storeId: 'lisboa-02' } } });
    expect(onlyLisbon.data?.events).toEqual([]);
    const bad = await oms.GET('/oms/v1/events', { params: { query: { after: 'garbage' } } });
    expect(bad.response.status).toBe(400);
  });

  it('describes itself with OpenAPI, and docs/openapi.json is that description', async () => {
    const res = await fetch(`${svc.url}/openapi.json`);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    const published = JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8'));
    expect(doc).toEqual(published);
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/oms/v1/stores/{storeId}/orders',
        '/oms/v1/stores/{storeId}/orders/{orderId}/cancel',
        '/oms/v1/events',
        '/v1/push',
        '/v1/pull/{collection}',
      ]),
    );
  });
});
