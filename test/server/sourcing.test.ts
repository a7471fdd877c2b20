import { storeLocalDate } from '@shared/domain/time';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrder } from '../support/fixtures';
import { deviceCommand, ENGINE, startTestService, type TestService } from '../support/service';

type Candidate = {
  storeId: string;
  rank: number | null;
  excluded: string[];
  distanceKm: number | null;
  canServeAll: boolean;
  rules: string[];
};
type Answer = {
  network: string;
  destination: { latitude: number | null; longitude: number | null; from: string; place: string };
  plan: {
    complete: boolean;
    parcels: number;
    allocations: { storeId: string; lines: { lineId: string; qty: number }[] }[];
  } | null;
  reason: string;
  candidates: Candidate[];
  assigned?: { storeId: string; outcome: string }[];
};

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

describe(`sourcing (${ENGINE})`, () => {
  let svc: TestService;

  beforeAll(async () => {
    svc = await startTestService();
    const stores = {
      'paris-01': { latitude: 48.857, longitude: 2.352 },
      'versailles-02': { postalCode: '78000' },
      'lyon-03': { latitude: 45.764, longitude: 4.836, postalCode: '69002', city: 'Lyon' },
    };
    for (const [id, location] of Object.entries(stores)) {
      await svc.createStore(id);
      await svc.oms('POST', `/stores/${id}/products`, { products: ['SKU-A', 'SKU-B', 'LAST'].map(product) });
      const placed = await svc.oms('PUT', `/stores/${id}/location`, location);
      expect(placed.status).toBe(200);
    }
    await svc.oms('POST', '/stores/paris-01/stock', {
      items: [
        { sku: 'SKU-A', onHand: 1 },
        { sku: 'LAST', onHand: 1 },
      ],
    });
    await svc.oms('POST', '/stores/versailles-02/stock', {
      items: [
        { sku: 'SKU-A', onHand: 5 },
        { sku: 'SKU-B', onHand: 5 },
        { sku: 'LAST', onHand: 1 },
      ],
    });
    await svc.oms('POST', '/stores/lyon-03/stock', {
      items: [
        { sku: 'SKU-A', onHand: 9 },
        { sku: 'SKU-B', onHand: 9 },
      ],
    });
  });
  afterAll(() => svc.close());

  const sourcing = (body: Record<string, unknown>, headers?: Record<string, string>) =>
    svc.oms<Answer>('POST', '/sourcing', body, headers);

  it('places stores by coordinates or by postal code, and refuses what it cannot place', async () => {
    const versailles = await svc.oms<{ latitude: number; city: string }>(
      'GET',
      '/stores/versailles-02/location',
    );
    expect(versailles.body).toMatchObject({ latitude: 48.805, city: 'Versailles' });
    expect((await svc.oms('PUT', '/stores/paris-01/location', { postalCode: '97400' })).status).toBe(422);
    expect((await svc.oms('PUT', '/stores/nowhere/location', { latitude: 1, longitude: 1 })).status).toBe(
      404,
    );
    expect((await svc.oms('PUT', '/stores/paris-01/location', { latitude: 91, longitude: 1 })).status).toBe(
      400,
    );
    expect((await svc.oms('PUT', '/stores/paris-01/location', { latitude: 48 })).status).toBe(400);
    expect((await svc.oms('PUT', '/stores/paris-01/location', {})).status).toBe(400);
  });

  it('ranks the stores for a ship-to postal code and explains each', async () => {
    const reply = await sourcing({ order: anOrder({ id: 's-1' }) }); // 2 × SKU-A, 1 × SKU-B to 75004
    expect(reply.status).toBe(200);
    expect(reply.body.destination).toMatchObject({ from: 'ship_to', place: 'Paris' });
    expect(reply.body.plan?.allocations.map((a) => a.storeId)).toEqual(['versailles-02']);
    expect(reply.body.candidates.map((c) => [c.storeId, c.rank, c.canServeAll])).toEqual([
      ['versailles-02', 1, true],
      ['lyon-03', 2, true],
      ['paris-01', 3, false],
    ]);
    expect(reply.body.candidates[1]?.distanceKm).toBeGreaterThan(380);
    // Nothing was assigned.
    expect((await svc.oms('GET', '/stores/versailles-02/orders/s-1')).status).toBe(404);
  });

  it('applies the network’s rules: its stores, maximum distance, no split', async () => {
    const set = await svc.oms('PUT', '/networks/idf', {
      stores: ['paris-01', 'lyon-03'],
      rules: { maxDistanceKm: 50, allowSplit: false },
    });
    expect(set.status).toBe(200);
    const reply = await sourcing({ network: 'idf', order: anOrder({ id: 's-2' }) });
    expect(reply.body.plan).toBeNull();
    expect(reply.body.reason).toBe('no_single_store');
    expect(reply.body.candidates.map((c) => [c.storeId, c.excluded])).toEqual([
      ['paris-01', []],
      ['lyon-03', ['too_far']],
    ]);
    const read = await svc.oms<{ effectiveRules: { maxDistanceKm: number; excludePaused: boolean } }>(
      'GET',
      '/networks/idf',
    );
    expect(read.body.effectiveRules).toMatchObject({ maxDistanceKm: 50, excludePaused: true });
    expect((await sourcing({ network: 'nope', order: anOrder({ id: 's-3' }) })).status).toBe(404);
  });

  it('Click & Collect goes to the pickup store when it can serve, and needs one', async () => {
    const order = anOrder({
      id: 'c-1',
      kind: 'click_and_collect',
      lines: [{ id: 'l1', sku: 'SKU-A', name: 'Pull', qty: 1, price: { amount: 4990, currency: 'EUR' } }],
    });
    const reply = await sourcing({ order, pickupStoreId: 'paris-01' });
    expect(reply.body.destination.from).toBe('pickup_store');
    expect(reply.body.plan?.allocations.map((a) => a.storeId)).toEqual(['paris-01']);
    expect((await sourcing({ order })).status).toBe(400);
  });

  it('assigns the plan in the same call, reserving the stock', async () => {
    const reply = await sourcing({ order: anOrder({ id: 's-10' }), assign: true });
    expect(reply.status).toBe(201);
    expect(reply.body.assigned).toEqual([
      expect.objectContaining({ storeId: 'versailles-02', outcome: 'applied' }),
    ]);
    const order = await svc.oms<{ status: string }>('GET', '/stores/versailles-02/orders/s-10');
    expect(order.body.status).toBe('assigned');
    const stock = await svc.oms<{ stores: { storeId: string; reserved: number }[] }>('GET', '/stock/SKU-A');
    expect(stock.body.stores.find((s) => s.storeId === 'versailles-02')?.reserved).toBe(2);
  });

  it('two orders racing for the last unit: the second gets the next best store, a third none', async () => {
    const order = (id: string) =>
      anOrder({
        id,
        lines: [{ id: 'l1', sku: 'LAST', name: 'Dernier', qty: 1, price: { amount: 990, currency: 'EUR' } }],
      });
    const [a, b] = await Promise.all([
      sourcing({ order: order('race-1'), assign: true }),
      sourcing({ order: order('race-2'), assign: true }),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    const stores = [a.body.assigned?.[0]?.storeId, b.body.assigned?.[0]?.storeId].sort();
    expect(stores).toEqual(['paris-01', 'versailles-02']);
    const third = await sourcing({ order: order('race-3'), assign: true });
    expect(third.status).toBe(409);
    expect((third.body as unknown as { error: string }).error).toBe('cannot_source');
    expect((await svc.oms('GET', '/stores/lyon-03/orders/race-3')).status).toBe(404);
    const last = await svc.oms<{ total: { netAvailable: number; reserved: number } }>('GET', '/stock/LAST');
    expect(last.body.total).toMatchObject({ netAvailable: 0, reserved: 2 });
  });

  it('splits over the fewest stores and assigns each its part', async () => {
    // 7 × SKU-B: Versailles has 5, Lyon 9 → Lyon alone; 12 → Lyon 9 + Versailles 3.
    const order = anOrder({
      id: 's-split',
      lines: [{ id: 'l1', sku: 'SKU-B', name: 'Écharpe', qty: 12, price: { amount: 1990, currency: 'EUR' } }],
    });
    const reply = await sourcing({ order, assign: true });
    expect(reply.status).toBe(201);
    expect(reply.body.plan).toMatchObject({ complete: true, parcels: 2 });
    expect(reply.body.plan?.allocations.map((a) => [a.storeId, a.lines[0]?.qty])).toEqual([
      ['lyon-03', 9],
      ['versailles-02', 3],
    ]);
    const inLyon = await svc.oms<{ lines: { ordered: number }[] }>('GET', '/stores/lyon-03/orders/s-split');
    expect(inLyon.body.lines[0]?.ordered).toBe(9);
  });

  it('gives the first answer again for a retried call with the same Idempotency-Key', async () => {
    const body = {
      order: anOrder({
        id: 's-idem',
        lines: [{ id: 'l1', sku: 'SKU-A', name: 'Pull', qty: 1, price: { amount: 4990, currency: 'EUR' } }],
      }),
      assign: true,
    };
    const first = await sourcing(body, { 'idempotency-key': 'src-1' });
    const again = await sourcing(body, { 'idempotency-key': 'src-1' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
  });

  it('refuses hostile input with a 4xx and assigns nothing', async () => {
    const order = anOrder({ id: 's-bad' });
    for (const body of [
      {},
      { order, destination: { latitude: 91, longitude: 2 } },
      { order, destination: { latitude: 48 } },
      { order, destination: { postalCode: 'x'.repeat(40) } },
      { order, assign: 'yes' },
      { order, network: '../x' },
      { order: { ...order, lines: [] } },
      { order, extra: 1 },
    ]) {
      const reply = await sourcing(body);
      expect(reply.status, JSON.stringify(body).slice(0, 80)).toBe(400);
    }
    expect((await sourcing({ order, destination: { postalCode: '99999' } })).status).toBe(422);
    for (const key of ['__proto__', 'constructor', 'toString']) {
      expect((await sourcing({ order, network: key })).status).toBe(404);
      const cc = anOrder({ id: key, kind: 'click_and_collect' });
      expect((await sourcing({ order: cc, pickupStoreId: key })).status).toBe(200);
      expect(
        (
          await svc.oms('PUT', `/networks/${key}`, {
            stores: [key],
            rules: { storePriority: [{ storeId: key, priority: 1 }] },
          })
        ).status,
      ).toBe(200);
      expect((await sourcing({ order, network: key })).status).toBe(200);
    }
  });
  it('leaves out a store whose manager paused ship from store, and one whose capacity today is used up', async () => {
    const versailles = await svc.enroll('versailles-02');
    const lyon = await svc.enroll('lyon-03');
    const paused = await svc.push(versailles.token, [
      deviceCommand(
        'pause_fulfilment',
        { kind: 'ship_from_store', paused: true, reason: 'inventaire' },
        'alice',
      ),
    ]);
    expect(paused.body.receipts[0]?.outcome).toBe('applied');
    const today = storeLocalDate(new Date(), 'Europe/Paris');
    const full = await svc.push(lyon.token, [
      deviceCommand('set_capacity', { date: today, kind: 'ship_from_store', limit: 0 }, 'alice'),
    ]);
    expect(full.body.receipts[0]?.outcome).toBe('applied');
    const order = anOrder({
      id: 's-paused',
      // SKU-A left: none in Paris (s-idem took it), 3 in Versailles, 9 in Lyon.
      lines: [{ id: 'l1', sku: 'SKU-A', name: 'Pull', qty: 1, price: { amount: 4990, currency: 'EUR' } }],
    });
    const reply = await sourcing({ order });
    expect(reply.body.plan).toBeNull();
    expect(reply.body.reason).toBe('no_store_can_serve');
    const why = Object.fromEntries(reply.body.candidates.map((c) => [c.storeId, c.excluded]));
    expect(why).toEqual({ 'paris-01': ['no_stock'], 'versailles-02': ['paused'], 'lyon-03': ['full'] });
    // A network that still takes paused stores gets Versailles; its capacity is not limited.
    await svc.oms('PUT', '/networks/lenient', { rules: { excludePaused: false } });
    const lenient = await sourcing({ network: 'lenient', order });
    expect(lenient.body.plan?.allocations.map((a) => a.storeId)).toEqual(['versailles-02']);
    // Click & Collect is another kind: neither the pause nor the limit applies to it.
    const cc = await sourcing({
      order: { ...order, id: 's-cc', kind: 'click_and_collect', pickupCode: '1234' },
      pickupStoreId: 'lyon-03',
    });
    expect(cc.body.plan?.allocations.map((a) => a.storeId)).toEqual(['lyon-03']);
  });
});
