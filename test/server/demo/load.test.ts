import type { StaffDoc } from '@shared/schemas/staff';
import { verifyPin } from '@shared/staff/pin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../../../src-server/demo/generate';
import { loadDemoStore } from '../../../src-server/demo/load';
import { ENGINE, startTestService, type TestService } from '../../support/service';

describe(`loading the demo store through the OMS API (${ENGINE})`, () => {
  let svc: TestService;
  const options = () => ({ url: svc.url, omsKey: 'test-oms-key', products: 300, orders: 40, seed: 11 });

  beforeAll(async () => {
    svc = await startTestService();
  });
  afterAll(() => svc.close());

  it('loads the store, its catalogue, stock and orders; a second load changes nothing', async () => {
    const lines: string[] = [];
    const result = await loadDemoStore({ ...options(), log: (line) => lines.push(line) });
    expect(result).toMatchObject({ storeId: 'paris-rivoli', products: 300, orders: 40 });
    expect(lines.at(-1)).toMatch(/^done in/);

    expect(await svc.count('products')).toBe(300);
    expect(await svc.count('stock')).toBe(300);
    expect(await svc.count('orders')).toBe(40);
    const staff = await svc.db.pool.query<{ doc: StaffDoc }>(
      "SELECT doc FROM projections WHERE collection = 'staff'",
    );
    const camille = staff.rows.find((r) => r.doc.id === 'camille')?.doc;
    expect(staff.rows).toHaveLength(DEMO_STAFF.length);
    expect(camille?.role).toBe('manager');
    expect(await verifyPin('1234', camille?.pin ?? { salt: '', iterations: 0, hash: '' })).toBe(true);
    const store = await svc.oms<{ currency: string; timezone: string }>('GET', '/stores/paris-rivoli');
    expect(store.body).toMatchObject({ currency: 'EUR', timezone: 'Europe/Paris', locale: 'fr-FR' });
    const kinds = await svc.db.pool.query<{ kind: string }>(
      "SELECT DISTINCT doc->>'kind' AS kind FROM projections WHERE collection = 'orders'",
    );
    expect(kinds.rows.map((r) => r.kind).sort()).toEqual(['click_and_collect', 'ship_from_store']);
    const masked = await svc.db.pool.query<{ email: string }>(
      "SELECT doc->'customer'->>'email' AS email FROM projections WHERE collection = 'orders'",
    );
    expect(masked.rows.every((r) => r.email.includes('***'))).toBe(true);

    const before = await svc.db.pool.query('SELECT seq FROM stores');
    const commands = await svc.count('commands');
    await loadDemoStore(options());
    expect((await svc.db.pool.query('SELECT seq FROM stores')).rows).toEqual(before.rows);
    expect(await svc.count('commands')).toBe(commands);
    expect(await svc.count('orders')).toBe(40);
  });

  it('loads a second store of another id next to the first', async () => {
    await loadDemoStore({ ...options(), storeId: 'lyon-part-dieu', products: 50, orders: 5 });
    const { rows } = await svc.db.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM projections WHERE collection = 'orders' AND store_id = 'lyon-part-dieu'",
    );
    expect(rows[0]?.n).toBe(5);
  });
});
