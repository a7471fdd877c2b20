import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService } from '../../src-server/service';
import { anOrder } from '../support/fixtures';
import { deviceCommand, ENGINE, startTestService, type TestService } from '../support/service';
import { openStream } from '../support/sse';

describe(`stream (${ENGINE})`, () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService();
    await svc.createStore('paris-01');
    await svc.createStore('lyon-02');
  });
  afterAll(() => svc.close());

  it('says hello with the store sequence, then pokes after each commit naming what changed', async () => {
    const device = await svc.enroll('paris-01');
    const stream = openStream(svc.url, device.token);
    const hello = await stream.waitFor((e) => e.type === 'hello');
    expect(hello.data).toMatchObject({ storeId: 'paris-01' });

    await svc.oms('POST', '/stores/paris-01/orders', { order: anOrder({ id: 'o-1' }) });
    const poke = await stream.waitFor((e) => e.type === 'poke');
    expect((poke.data as { collections: string[] }).collections).toEqual(
      expect.arrayContaining(['orders', 'stock', 'capacity']),
    );
    stream.close();
  });

  it("does not poke a device about another store's commits", async () => {
    const lyon = await svc.enroll('lyon-02');
    const paris = await svc.enroll('paris-01');
    const stream = openStream(svc.url, lyon.token);
    await stream.waitFor((e) => e.type === 'hello');
    await svc.push(paris.token, [deviceCommand('start_pick', { orderId: 'o-1' })]);
    await new Promise((r) => setTimeout(r, 300));
    expect(stream.events.filter((e) => e.type === 'poke')).toEqual([]);
    stream.close();
  });

  it('refuses a stream without a device token', async () => {
    const res = await fetch(`${svc.url}/v1/stream`);
    expect(res.status).toBe(401);
  });

  it('a commit through one instance pokes devices streaming from another (LISTEN/NOTIFY)', async () => {
    const second =
      ENGINE === 'postgres'
        ? await startService({
            databaseUrl: process.env.TEST_DATABASE_URL,
            schema: svc.schema,
            omsApiKeys: ['k'],
            adminToken: 'a',
          })
        : await startService({ database: svc.db, omsApiKeys: ['k'], adminToken: 'a' });
    try {
      const device = await svc.enroll('paris-01');
      const stream = openStream(second.url, device.token);
      await stream.waitFor((e) => e.type === 'hello');
      await svc.oms('POST', '/stores/paris-01/orders/o-1/cancel', { reason: 'customer_request' });
      const poke = await stream.waitFor((e) => e.type === 'poke');
      expect((poke.data as { collections: string[] }).collections).toContain('orders');
      // And what one instance wrote, the other serves.
      const pulled = await fetch(`${second.url}/v1/pull/orders`, {
        headers: { authorization: `Bearer ${device.token}` },
      });
      const body = (await pulled.json()) as { documents: { id: string; status: string }[] };
      expect(body.documents.find((d) => d.id === 'o-1')?.status).toBe('cancelled');
      stream.close();
    } finally {
      await second.close();
    }
  });
});
