import '../support/dev-mode';
import type { OrderDoc } from '@shared/schemas/order';
import { filter, firstValueFrom } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StreamStatus } from '../../src-renderer/data/sync-state';
import { TestDevice } from '../support/device';
import { anOrder } from '../support/fixtures';
import { FlakyProxy } from '../support/proxy';
import { ENGINE, startTestService, type TestService } from '../support/service';

const STORE = 'paris-01';
/** The service's heartbeat, shortened: the device takes a stream silent for twice this for dead. */
const HEARTBEAT_MS = 1000;

describe(`a half-open stream is noticed and reopened (${ENGINE})`, () => {
  let svc: TestService;
  let credentials: { token: string; deviceId: string; storeId: string };
  let orders = 0;

  async function newOrder(): Promise<string> {
    orders += 1;
    const id = `hb-${orders}`;
    const reply = await svc.oms('POST', `/stores/${STORE}/orders`, {
      order: anOrder({ id, number: `FR-HB${orders}` }),
    });
    if (reply.status >= 300) throw new Error(JSON.stringify(reply.body));
    return id;
  }

  const arrived = (device: TestDevice, id: string) =>
    firstValueFrom(
      device.replica.views.orders$({}).pipe(filter((o: OrderDoc[]) => o.some((x) => x.id === id))),
    );

  beforeAll(async () => {
    svc = await startTestService({ heartbeatMs: HEARTBEAT_MS });
    await svc.createStore(STORE);
    await newOrder();
    credentials = await svc.enroll(STORE);
  });
  afterAll(() => svc.close());

  it('a stream a proxy keeps open but silent is closed after two heartbeats, reconnected, and says "reconnecting" meanwhile', async () => {
    const proxy = await FlakyProxy.start(svc.url);
    // No pull timer to hide behind: only the stream can bring the new order.
    const device = await TestDevice.open({ serviceUrl: proxy.url, ...credentials, pollMs: 600_000 });
    const seen: StreamStatus[] = [];
    const watch = device.replica.sync.state$.subscribe((s) => {
      if (seen.at(-1) !== s.stream) seen.push(s.stream);
    });
    try {
      await device.replica.ordersReady;
      await device.until((s) => s.stream === 'open');
      // A healthy stream, quiet but for its heartbeats, stays open.
      await new Promise((r) => setTimeout(r, HEARTBEAT_MS * 4));
      expect(proxy.streamRequests).toBe(1);
      expect(seen).not.toContain('reconnecting');

      expect(proxy.stallStreams()).toBe(1);
      const down = await device.until((s) => s.stream === 'reconnecting', 10_000);
      expect(down.lastError).toMatch(/sent nothing/);
      await device.until((s) => s.stream === 'open', 30_000);
      expect(proxy.streamRequests).toBe(2);

      const id = await newOrder();
      const list = await arrived(device, id);
      expect(list.find((o) => o.id === id)?.status).toBe('assigned');
    } finally {
      watch.unsubscribe();
      await device.close();
      await proxy.close();
    }
  });
});
