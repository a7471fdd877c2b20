import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_TRUST_MS } from '../../src-server/auth/device-tokens';
import { startService } from '../../src-server/service';
import { ENGINE, startTestService, type TestService } from '../support/service';
import { readStream } from './access/stream-reader';

describe(`access: revoking a device closes its open streams and refuses its token everywhere (${ENGINE})`, () => {
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

  it('refuses a revoked token on another instance that trusted it a moment ago, well before its trust lapses', async () => {
    const second = await startService({
      ...(ENGINE === 'postgres'
        ? { databaseUrl: process.env.TEST_DATABASE_URL, ...(svc.schema ? { schema: svc.schema } : {}) }
        : { database: svc.db }),
      omsApiKeys: ['k'],
      adminToken: 'a',
    });
    try {
      const device = await svc.enroll('paris-01');
      const pull = () =>
        fetch(`${second.url}/v1/pull?seq=0`, { headers: { authorization: `Bearer ${device.token}` } });
      // The second instance has found the token valid (and trusts it for a while).
      expect((await pull()).status).toBe(200);
      expect((await pull()).status).toBe(200);
      expect((await svc.admin('POST', `/devices/${device.deviceId}/revoke`)).status).toBe(200);
      // Refused on the revoking instance at once…
      expect(
        (await fetch(`${svc.url}/v1/pull?seq=0`, { headers: { authorization: `Bearer ${device.token}` } }))
          .status,
      ).toBe(401);
      // …and on the other as soon as it hears the revocation: a few tries, far fewer than TOKEN_TRUST_MS allows.
      const statuses: number[] = [];
      for (let i = 0; i < 20 && statuses.at(-1) !== 401; i++) {
        if (i > 0) await new Promise((r) => setTimeout(r, 100));
        statuses.push((await pull()).status);
      }
      expect(statuses.at(-1)).toBe(401);
      expect(20 * 100).toBeLessThan(TOKEN_TRUST_MS);
      // A token refused once stays refused (nothing revoked is remembered as valid).
      expect((await pull()).status).toBe(401);
    } finally {
      await second.close();
    }
  });
});
