import type { OrderDoc } from '@shared/schemas/order';
import type { StockDoc } from '@shared/schemas/stock';
import type { TaskDoc } from '@shared/schemas/task';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RemoteDevice } from '../support/devices';
import { anOrder } from '../support/fixtures';
import { ENGINE, startTestService, type TestService } from '../support/service';

const STORE = 'paris-01';
const strip = <T extends { seq?: number; updatedAt?: string; acks?: string[] }>(docs: T[]) =>
  docs
    .map(({ seq: _s, updatedAt: _u, acks: _a, ...rest }) => rest)
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe(`devices converge under conflicts (${ENGINE})`, () => {
  let svc: TestService;
  const devices: RemoteDevice[] = [];

  beforeAll(async () => {
    svc = await startTestService();
    await svc.createStore(STORE);
    await svc.oms('POST', `/stores/${STORE}/stock`, {
      items: [
        { sku: 'SKU-A', onHand: 10 },
        { sku: 'SKU-B', onHand: 5 },
      ],
    });
    await svc.oms('POST', `/stores/${STORE}/orders`, { order: anOrder({ id: 'o-1', number: 'FR-1' }) });
    await svc.oms('POST', `/stores/${STORE}/orders`, {
      order: anOrder({ id: 'o-2', number: 'FR-2', kind: 'click_and_collect' }),
    });
    for (const staffId of ['alice', 'bruno', 'chloe']) {
      const credentials = await svc.enroll(STORE, `Tablette ${staffId}`);
      devices.push(await RemoteDevice.open({ serviceUrl: svc.url, ...credentials, staffId }));
    }
  });
  afterAll(async () => {
    await Promise.all(devices.map((d) => d.close()));
    await svc.close();
  });

  it('two devices pick the same order offline while the OMS cancels it: all converge, with a put-away task', async () => {
    const [alice, bruno, chloe] = devices as [RemoteDevice, RemoteDevice, RemoteDevice];
    await alice.setOnline(false);
    await bruno.setOnline(false);
    await alice.record('pick', { orderId: 'o-1', lineId: 'l1', qty: 2, barcode: '' });
    await bruno.record('pick', { orderId: 'o-1', lineId: 'l1', qty: 1, barcode: '' });
    await bruno.record('pick', { orderId: 'o-1', lineId: 'l2', qty: 1, barcode: '' });
    // Meanwhile the counter hands over the Click & Collect order, online.
    await chloe.record('handover', {
      orderId: 'o-2',
      lines: [{ lineId: 'l1', qty: 2 }],
      verification: { method: 'pickup_code', proof: '4821' },
      recipient: { name: 'Camille Martin', relation: 'self' },
    });
    await chloe.settled();

    // Offline, each device already sees its own picks (and only its own).
    const aliceSees = await alice.view('o-1');
    expect(aliceSees?.order.lines.map((l) => l.picked)).toEqual([2, 0]);
    expect(aliceSees?.order.status).toBe('picking');
    expect((await bruno.view('o-1'))?.order.lines.map((l) => l.picked)).toEqual([1, 1]);
    expect((await alice.state()).pending).toBe(1);

    const cancel = await svc.oms('POST', `/stores/${STORE}/orders/o-1/cancel`, {
      reason: 'customer_request',
    });
    expect(cancel.status).toBe(200);

    await alice.setOnline(true);
    await bruno.setOnline(true);
    await Promise.all(devices.map((d) => d.settled()));
    // Every device has pushed everything: one more pull each sees what the others pushed meanwhile.
    await Promise.all(devices.map((d) => d.settled()));

    const served = (await svc.oms<OrderDoc>('GET', `/stores/${STORE}/orders/o-1`)).body;
    expect(served.status).toBe('cancelled');
    expect(served.lines.map((l) => l.picked)).toEqual([3, 1]);
    const views = await Promise.all(devices.map((d) => d.docs<OrderDoc>('orders')));
    for (const view of views) expect(strip(view)).toEqual(strip(views[0] as OrderDoc[]));
    const tasks = await Promise.all(devices.map((d) => d.docs<TaskDoc>('tasks')));
    for (const t of tasks) expect(strip(t)).toEqual(strip(tasks[0] as TaskDoc[]));
    const open = (tasks[0] as TaskDoc[]).filter((t) => t.status === 'open');
    expect(open).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'put_away',
          orderId: 'o-1',
          lineId: 'l1',
          qty: 3,
          reason: 'order_cancelled',
        }),
        expect.objectContaining({ kind: 'put_away', orderId: 'o-1', lineId: 'l2', qty: 1 }),
      ]),
    );
    const stocks = await Promise.all(devices.map((d) => d.docs<StockDoc>('stock')));
    for (const s of stocks) expect(strip(s)).toEqual(strip(stocks[0] as StockDoc[]));
    // Stock: the handover took 2 A out; the cancelled order holds nothing any more.
    expect((stocks[0] as StockDoc[]).find((s) => s.sku === 'SKU-A')).toMatchObject({
      onHand: 8,
      reserved: 0,
    });
  });
});
