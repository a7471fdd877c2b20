import '../support/dev-mode';
import type { OrderDoc } from '@shared/schemas/order';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectFault } from '../../src-server/sync/faults';
import { TestDevice } from '../support/device';
import { anOrder } from '../support/fixtures';
import { ENGINE, startTestService, type TestService } from '../support/service';

const STORE = 'paris-01';

describe(`a command the service fails on unexpectedly (${ENGINE})`, () => {
  let svc: TestService;
  let credentials: { token: string; deviceId: string; storeId: string };

  beforeAll(async () => {
    svc = await startTestService();
    await svc.createStore(STORE);
    await svc.oms('POST', `/stores/${STORE}/stock`, { items: [{ sku: 'SKU-A', onHand: 10 }] });
    await svc.oms('POST', `/stores/${STORE}/orders`, { order: anOrder({ id: 'o-1' }) });
    credentials = await svc.enroll(STORE);
  });
  afterAll(() => svc.close());

  it('is settled on the device as refused (internal_error), the queue flows on, and a replay applies it', async () => {
    const undo = injectFault((command) => {
      if (command.type === 'adjust_stock') throw new Error('injected fault');
    });
    const device = await TestDevice.open({
      serviceUrl: svc.url,
      ...credentials,
      databaseName: 'quarantine1',
    });
    try {
      await device.until((s) => s.initial.complete);
      const faulty = await device.record('adjust_stock', { sku: 'SKU-A', delta: 2, reason: 'found' });
      const next = await device.record('start_pick', { orderId: 'o-1' });
      await device.until((s) => s.pending === 0);
      const receipts = async () => device.docs<{ id: string; outcome: string; reason: string }>('receipts');
      // Commands settle from the push response; the receipt document comes with the next pull.
      for (let i = 0; i < 100 && !(await receipts()).some((r) => r.id === faulty); i++) {
        device.replica.syncNow();
        await new Promise((r) => setTimeout(r, 100));
      }
      expect((await receipts()).find((r) => r.id === faulty)).toMatchObject({
        outcome: 'rejected',
        reason: 'internal_error',
      });
      const served = await svc.oms<OrderDoc>('GET', `/stores/${STORE}/orders/o-1`);
      expect(served.body.commandLog.map((e) => e.commandId)).toContain(next);

      undo();
      const list = await svc.admin<{ commands: { id: number; commandId: string }[] }>('GET', '/quarantine');
      const entry = list.body.commands.find((c) => c.commandId === faulty);
      expect((await svc.admin('POST', `/quarantine/${entry?.id}/replay`)).status).toBe(200);
      device.replica.syncNow();
      for (let i = 0; i < 100; i++) {
        if ((await receipts()).find((r) => r.id === faulty)?.outcome === 'applied') break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect((await receipts()).find((r) => r.id === faulty)).toMatchObject({
        outcome: 'applied',
        reason: '',
      });
    } finally {
      undo();
      await device.close();
    }
  });
});
