import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService } from '../../src-server/service';
import { ENGINE, startTestService, type TestService } from '../support/service';
import { readStream } from './access/stream-reader';

describe(`access: revoking a device closes its open streams (${ENGINE})`, () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService();
    await svc.createStore('paris-01');
  });
  afterAll(() => svc.close());

  it('ends the stream at once, saying so, on the instance that revoked it', async () => {
    const device = await svc.enroll('paris-01');
    const stream = await readStream(svc.url, device.token);
    await stream.waitFor('hello');
    expect((await svc.admin('POST', `/devices/${device.deviceId}/revoke`)).status).toBe(200);
    await stream.done;
    expect(stream.events).toEqual(['hello', 'revoked']);
    expect(
      (await fetch(`${svc.url}/v1/stream`, { headers: { authorization: `Bearer ${device.token}` } })).status,
    ).toBe(401);
  });

  it('ends it within a heartbeat on another instance of the service', async () => {
    // A second instance on the same database, with a short heartbeat; the revocation goes through the first.
    const second = await startService({
      ...(ENGINE === 'postgres'
        ? { databaseUrl: process.env.TEST_DATABASE_URL, ...(svc.schema ? { schema: svc.schema } : {}) }
        : { database: svc.db }),
      omsApiKeys: ['k'],
      adminToken: 'a',
      heartbeatMs: 200,
    });
    try {
      const device = await svc.enroll('paris-01');
      const stream = await readStream(second.url, device.token);
      await stream.waitFor('hello');
      await svc.admin('POST', `/devices/${device.deviceId}/revoke`);
      await stream.done;
      expect(stream.events).toEqual(['hello', 'revoked']);
    } finally {
      await second.close();
    }
  });
});
