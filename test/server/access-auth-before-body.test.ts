import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ENGINE, startTestService, type TestService } from '../support/service';

describe(`access: authenticate before the body is parsed (${ENGINE})`, () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService();
    await svc.createStore('paris-01');
  });
  afterAll(() => svc.close());
  afterEach(() => vi.restoreAllMocks());

  // A body just under the 8 MB limit, valid JSON: parsing it is the work an unknown caller must not cause.
  const big = JSON.stringify({ commands: [], padding: 'x'.repeat(8 * 1024 * 1024 - 64) });

  for (const [path, token] of [
    ['/v1/push', undefined],
    ['/v1/push', 'not-a-device-token'],
    ['/oms/v1/stores/paris-01/orders', 'not-the-oms-key'],
    ['/admin/v1/stores/paris-01/enrollment-codes', 'not-the-admin-token'],
  ] as const) {
    it(`answers 401 to an unauthenticated 8 MB body on ${path}${token ? ' (wrong token)' : ''}, never parsing it`, async () => {
      // The service runs in this process: a spy on JSON.parse sees every body the service parses.
      const parse = vi.spyOn(JSON, 'parse');
      const reply = await fetch(`${svc.url}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: big,
      });
      expect(reply.status).toBe(401);
      expect((await reply.json()).error).toBe('unauthorized');
      const parsedBig = parse.mock.calls.some(
        ([text]) => typeof text === 'string' && text.length > 1024 * 1024,
      );
      expect(parsedBig).toBe(false);
    });
  }

  it('still parses the same body for an authenticated caller (the spy would see it)', async () => {
    const device = await svc.enroll('paris-01');
    const parse = vi.spyOn(JSON, 'parse');
    const reply = await fetch(`${svc.url}/v1/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${device.token}` },
      body: big,
    });
    expect(reply.status).toBe(400);
    expect(parse.mock.calls.some(([text]) => typeof text === 'string' && text.length > 1024 * 1024)).toBe(
      true,
    );
  });
});
