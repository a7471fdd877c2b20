import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE, startTestService, type TestService } from '../support/service';
import { readStream } from './access/stream-reader';

describe(`access: limits on streams per device and per instance (${ENGINE})`, () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService({ streamsPerDevice: 2, streamsPerInstance: 3 });
    await svc.createStore('paris-01');
  });
  afterAll(() => svc.close());

  it('refuses a device its third stream with 429 {error, message}, and accepts it again once one closes', async () => {
    const device = await svc.enroll('paris-01');
    const first = await readStream(svc.url, device.token);
    const second = await readStream(svc.url, device.token);
    await Promise.all([first.waitFor('hello'), second.waitFor('hello')]);
    const third = await fetch(`${svc.url}/v1/stream`, {
      headers: { authorization: `Bearer ${device.token}` },
    });
    expect(third.status).toBe(429);
    expect(await third.json()).toEqual({
      error: 'too_many_streams',
      message: expect.stringMatching(/at most 2/),
    });

    await first.cancel();
    await expect.poll(countOpen).toBe(1);
    const again = await readStream(svc.url, device.token);
    await again.waitFor('hello');
    await Promise.all([second.cancel(), again.cancel()]);
  });

  it('refuses any device a stream beyond the instance limit', async () => {
    await expect.poll(countOpen).toBe(0);
    const devices = await Promise.all([1, 2, 3, 4].map((n) => svc.enroll('paris-01', `Tablette ${n}`)));
    const open = [];
    for (const d of devices.slice(0, 3)) {
      const s = await readStream(svc.url, d.token);
      await s.waitFor('hello');
      open.push(s);
    }
    const refused = await fetch(`${svc.url}/v1/stream`, {
      headers: { authorization: `Bearer ${devices[3]?.token}` },
    });
    expect(refused.status).toBe(429);
    expect((await refused.json()).error).toBe('too_many_streams');
    await Promise.all(open.map((s) => s.cancel()));
  });

  const countOpen = () => svc.service.streams.size;
});
