import '../support/dev-mode';
import type { OrderDoc } from '@shared/schemas/order';
import { describe, expect, it } from 'vitest';
import { Network, TestDevice } from '../support/device';
import { anOrder } from '../support/fixtures';
import { ENGINE } from '../support/service';
import { spawnTestService } from '../support/service-process';

describe(`the service killed and restarted mid-sync (${ENGINE})`, () => {
  it('loses nothing: every command recorded on the device is applied exactly once', async () => {
    const svc = await spawnTestService();
    const store = 'restart-01';
    await svc.createStore(store, 'Restart');
    const orderIds = Array.from({ length: 20 }, (_, i) => `r-${i}`);
    for (const id of orderIds)
      await svc.oms('POST', `/stores/${store}/orders`, { order: anOrder({ id, number: id }) });
    const network = new Network();
    const device = await TestDevice.open({ serviceUrl: svc.url, ...(await svc.enroll(store)), network });
    try {
      await device.until((s) => s.initial.complete);
      const recorded: string[] = [];
      for (let i = 0; i < 400; i++) {
        recorded.push(
          await device.record('pick', {
            orderId: orderIds[i % 20] as string,
            lineId: 'l1',
            qty: 1,
            barcode: '',
          }),
        );
      }
      // Kill the service as soon as the first pushes went through.
      const deadline = Date.now() + 30_000;
      while (network.pushes < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      await svc.kill();
      expect(device.state().pending).toBeGreaterThan(0);

      await svc.restart();
      await device.settled(90_000);
      for (const id of orderIds) {
        const order = await svc.oms<OrderDoc>('GET', `/stores/${store}/orders/${id}`);
        expect(order.body.lines[0]?.picked).toBe(20);
        const picks = order.body.commandLog.filter((e) => e.type === 'pick').map((e) => e.commandId);
        expect(new Set(picks).size).toBe(20);
      }
      expect(new Set(recorded).size).toBe(400);
    } finally {
      await device.close();
      await svc.close();
    }
  });
});
