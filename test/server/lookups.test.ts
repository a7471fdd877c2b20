import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrder } from '../support/fixtures';
import { call, deviceCommand, ENGINE, startTestService, type TestService } from '../support/service';

type Movement = { reason: string; type: string; staffId: string; detail: string; onHand: number };

describe(`device look-ups and OMS stock read (${ENGINE})`, () => {
  let svc: TestService;
  let paris: { token: string };
  let lyon: { token: string };
  beforeAll(async () => {
    svc = await startTestService();
    await svc.createStore('paris-01');
    await svc.createStore('lyon-02');
    await svc.oms('POST', '/stores/paris-01/stock', { items: [{ sku: 'SKU-A', onHand: 10 }] });
    await svc.oms('POST', '/stores/paris-01/orders', { order: anOrder({ id: 'o-1', number: 'FR-1' }) });
    paris = await svc.enroll('paris-01');
    lyon = await svc.enroll('lyon-02');
    await svc.push(paris.token, [
      deviceCommand('adjust_stock', { sku: 'SKU-A', delta: -2, reason: 'theft' }, 'alice'),
      deviceCommand(
        'adjust_stock',
        { sku: 'SKU-A', delta: 12, reason: 'received', approvedBy: 'alice' },
        'dora',
      ),
    ]);
  });
  afterAll(() => svc.close());

  const get = <T>(token: string, path: string) => call<T>(svc.url, 'GET', path, { token });

  it('finds an order of the device’s store by number, and never another store’s', async () => {
    const found = await get<{ order: { id: string; number: string } }>(
      paris.token,
      '/v1/orders/by-number/FR-1',
    );
    expect(found.status).toBe(200);
    expect(found.body.order).toMatchObject({ id: 'o-1', number: 'FR-1' });
    const elsewhere = await get<{ error: string }>(lyon.token, '/v1/orders/by-number/FR-1');
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.error).toBe('unknown_order');
    expect((await get(paris.token, '/v1/orders/by-number/FR-404')).status).toBe(404);
    expect((await call(svc.url, 'GET', '/v1/orders/by-number/FR-1', {})).status).toBe(401);
  });

  it('lists a SKU’s last movements, newest first, with who and why', async () => {
    const reply = await get<{ movements: Movement[] }>(paris.token, '/v1/stock/SKU-A/movements?limit=10');
    expect(reply.status).toBe(200);
    expect(reply.body.movements.map((m) => [m.reason, m.type, m.staffId, m.detail, m.onHand])).toEqual([
      ['adjustment', 'adjust_stock', 'dora', 'received', 12],
      ['adjustment', 'adjust_stock', 'alice', 'theft', -2],
      ['reservation', 'assign_order', 'oms', '', 0],
      ['snapshot', 'stock_snapshot', 'oms', '', 10],
    ]);
    const other = await get<{ movements: Movement[] }>(lyon.token, '/v1/stock/SKU-A/movements');
    expect(other.body.movements).toEqual([]);
    expect((await get(paris.token, '/v1/stock/SKU-A/movements?limit=1000')).status).toBe(400);
  });

  it('lets the OMS read a SKU’s stock in a store', async () => {
    const level = await svc.oms<{ onHand: number; available: number }>('GET', '/stores/paris-01/stock/SKU-A');
    expect(level.status).toBe(200);
    // 20 on hand, 2 reserved for order FR-1.
    expect(level.body).toMatchObject({ onHand: 20, reserved: 2, available: 18, unsellable: 0 });
    expect((await svc.oms('GET', '/stores/paris-01/stock/NOPE')).status).toBe(404);
  });
});
