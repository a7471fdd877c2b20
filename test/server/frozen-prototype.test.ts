import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrder } from '../support/fixtures';
import { call, deviceCommand } from '../support/service';
import { spawnTestService } from '../support/service-process';

/** The service process runs with Object.prototype frozen: every route must still work. */
describe('service process with a frozen Object.prototype', () => {
  let svc: Awaited<ReturnType<typeof spawnTestService>>;

  beforeAll(async () => {
    svc = await spawnTestService();
  }, 90_000);
  afterAll(() => svc?.close());

  it('serves the OMS, devices and admins, and refuses bad input with 4xx', { timeout: 60_000 }, async () => {
    await svc.createStore('paris-01', 'Paris');
    expect((await svc.oms('GET', '/stores/paris-01')).status).toBe(200);
    const assign = await svc.oms('POST', '/stores/paris-01/orders', { order: anOrder() });
    expect(assign.status).toBe(201);
    const device = await svc.enroll('paris-01');
    const push = await call<{ receipts: { outcome: string }[] }>(svc.url, 'POST', '/v1/push', {
      token: device.token,
      body: {
        commands: [
          deviceCommand('pick', { orderId: 'o-1', lineId: 'l1', qty: 1, barcode: '' }),
          deviceCommand('adjust_stock', { sku: '__proto__', delta: 1, reason: 'found' }),
          deviceCommand('complete_task', { taskId: 'constructor' }),
        ],
      },
    });
    expect(push.status).toBe(200);
    expect(push.body.receipts.map((r) => r.outcome)).toEqual(['applied', 'applied', 'rejected']);
    expect((await call(svc.url, 'GET', '/v1/pull/orders?seq=0', { token: device.token })).status).toBe(200);
    expect((await svc.oms('GET', '/events')).status).toBe(200);
    expect((await svc.admin('GET', '/quarantine')).status).toBe(200);
    expect((await call(svc.url, 'GET', '/openapi.json')).status).toBe(200);
    expect((await call(svc.url, 'GET', '/nowhere')).status).toBe(404);
    const malformed = await call(svc.url, 'POST', '/v1/push', { token: device.token, raw: '{"commands": [' });
    expect(malformed.status).toBe(400);
    const invalid = await svc.oms('POST', '/stores/paris-01/orders', { order: { id: 1 } });
    expect(invalid.status).toBe(400);
    // Another store still takes writes after the hostile ids.
    await svc.createStore('lyon-02', 'Lyon');
    expect((await svc.oms('POST', '/stores/lyon-02/orders', { order: anOrder() })).status).toBe(201);
  });
});
