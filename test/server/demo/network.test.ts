import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDemoArgs } from '../../../src-server/demo/args';
import { DEMO_BRANCHES, demoBranch, loadDemoNetwork } from '../../../src-server/demo/network';
import { ENGINE, startTestService, type TestService } from '../../support/service';

describe(`the demo network (${ENGINE})`, () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService();
  });
  afterAll(() => svc.close());

  it('reads --stores, with smaller stores by default', () => {
    expect(parseDemoArgs(['--stores', '20', '--key', 'k'])).toMatchObject({
      stores: 20,
      products: 2000,
      orders: 20,
    });
    expect(() => parseDemoArgs(['--stores', '0', '--key', 'k'])).toThrow(/--stores/);
    expect(() => parseDemoArgs(['--stores', '2', '--store', 'x', '--key', 'k'])).toThrow(/--stores/);
  });

  it('places stores in real French cities, then numbered stores beside them', () => {
    expect(demoBranch(0).id).toBe('paris-rivoli');
    expect(demoBranch(1)).toMatchObject({ id: 'lyon-part-dieu', city: 'Lyon', postalCode: '69003' });
    const again = demoBranch(DEMO_BRANCHES.length + 1);
    expect(again.id).toBe('lyon-part-dieu-2');
    expect(Math.abs(again.latitude - 45.7606)).toBeLessThan(0.1);
    expect(new Set(Array.from({ length: 200 }, (_, n) => demoBranch(n).id)).size).toBe(200);
  });

  it('loads stores with one catalogue, their own stock and orders, and their locations; sourcing ranks them', async () => {
    const options = { url: svc.url, omsKey: 'test-oms-key', stores: 3, products: 60, orders: 3, seed: 7 };
    const result = await loadDemoNetwork(options);
    expect(result.stores).toEqual(['paris-rivoli', 'lyon-part-dieu', 'marseille-canebiere']);
    const { rows } = await svc.db.pool.query<{ store_id: string; n: number; units: number }>(
      `SELECT store_id, count(*)::int AS n, sum(on_hand)::int AS units FROM network_stock GROUP BY store_id ORDER BY store_id`,
    );
    expect(rows.map((r) => r.n)).toEqual([60, 60, 60]);
    expect(new Set(rows.map((r) => r.units)).size).toBeGreaterThan(1);
    const orders = await svc.db.pool.query<{ id: string }>(
      "SELECT DISTINCT id FROM projections WHERE collection = 'orders'",
    );
    expect(orders.rows).toHaveLength(9);
    const lyon = await svc.oms<{ city: string; latitude: number }>('GET', '/stores/lyon-part-dieu/location');
    expect(lyon.body).toMatchObject({ city: 'Lyon', latitude: 45.7606 });

    const sku = (
      await svc.db.pool.query<{ sku: string }>(
        'SELECT sku FROM network_stock GROUP BY sku HAVING min(on_hand) > 2 LIMIT 1',
      )
    ).rows[0]?.sku;
    const answer = await svc.oms<{ plan: { allocations: { storeId: string }[] } }>('POST', '/sourcing', {
      order: {
        id: 'n-1',
        number: 'N-1',
        kind: 'ship_from_store',
        promisedBy: '2026-12-01T17:00:00.000Z',
        customer: { name: 'Camille Martin', email: 'c@example.fr', phone: '+33600000000' },
        shipTo: {
          name: 'Camille Martin',
          line1: '1 rue X',
          line2: '',
          postalCode: '13006',
          city: 'Marseille',
          country: 'FR',
        },
        lines: [{ id: 'l1', sku, name: 'X', qty: 1, price: { amount: 100, currency: 'EUR' } }],
      },
    });
    expect(answer.body.plan.allocations.map((a) => a.storeId)).toEqual(['marseille-canebiere']);

    // A second load changes nothing.
    const before = await svc.db.pool.query('SELECT id, seq FROM stores ORDER BY id');
    await loadDemoNetwork(options);
    expect((await svc.db.pool.query('SELECT id, seq FROM stores ORDER BY id')).rows).toEqual(before.rows);
  });
});
