import '../support/dev-mode';
import type { OrderDoc } from '@shared/schemas/order';
import { filter, firstValueFrom } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTombstones } from '../../src-server/jobs/tombstones';
import { Network, TestDevice } from '../support/device';
import { anOrder } from '../support/fixtures';
import { ENGINE, startTestService, type TestService } from '../support/service';

const STORE = 'paris-01';
const DAY = 86_400_000;
let clock = Date.parse('2026-10-01T10:00:00.000Z');
const now = () => new Date(clock).toISOString();

describe(`a closed order leaves the device after N days (${ENGINE})`, () => {
  let svc: TestService;

  beforeAll(async () => {
    svc = await startTestService({ now, tombstoneEveryMs: 0 });
    await svc.createStore(STORE);
  });
  afterAll(() => svc.close());

  it('the device drops the order from its lists and its replica once the service tombstones it', async () => {
    for (const id of ['closed-1', 'open-1']) {
      const reply = await svc.oms('POST', `/stores/${STORE}/orders`, {
        order: anOrder({ id, number: `FR-${id}` }),
      });
      expect(reply.status).toBe(201);
    }
    await svc.oms('POST', `/stores/${STORE}/orders/closed-1/cancel`, { reason: 'customer_request' });
    const device = await TestDevice.open({ serviceUrl: svc.url, ...(await svc.enroll(STORE)) });
    try {
      await device.settled();
      const all = (orders: OrderDoc[]) => orders.map((o) => o.id).sort();
      expect(all(await device.docs<OrderDoc>('orders'))).toEqual(['closed-1', 'open-1']);

      clock += 31 * DAY;
      expect(await runTombstones(svc.db, now, 30)).toMatchObject({ orders: 1 });
      // The poke brings the tombstone: the order leaves the lists without a restart or "sync now".
      const left = await firstValueFrom(
        device.replica.views.orders$({}).pipe(filter((orders) => orders.every((o) => o.id !== 'closed-1'))),
      );
      expect(left.map((o) => o.id)).toEqual(['open-1']);
      expect(await device.replica.db.orders.findOne('closed-1').exec()).toBeNull();
    } finally {
      await device.close();
    }
  });

  it('a device enrolled later does not download what was tombstoned before it began', async () => {
    const network = new Network();
    const plain = network.fetch;
    let tombstones = 0;
    network.fetch = async (input, init) => {
      const response = await plain(input, init);
      if (String(input).includes('/v1/pull/orders')) {
        const page = (await response.clone().json()) as { documents: { _deleted: boolean }[] };
        tombstones += page.documents.filter((d) => d._deleted).length;
      }
      return response;
    };
    const device = await TestDevice.open({ serviceUrl: svc.url, ...(await svc.enroll(STORE)), network });
    try {
      await device.settled();
      expect((await device.docs<OrderDoc>('orders')).map((o) => o.id)).toEqual(['open-1']);
      expect(tombstones).toBe(0);
    } finally {
      await device.close();
    }
  });
});
