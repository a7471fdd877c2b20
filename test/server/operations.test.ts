import { describe, expect, it } from 'vitest';
import { ENGINE, startTestService } from '../support/service';
import { spawnTestService } from '../support/service-process';
import { openStream } from '../support/sse';

describe(`operations (${ENGINE})`, () => {
  it('answers its health check with the database engine it runs on', async () => {
    const svc = await startTestService();
    try {
      const response = await fetch(`${svc.url}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok', database: ENGINE });
    } finally {
      await svc.close();
    }
  });

  it('stops gracefully on SIGTERM: open streams are closed and the process exits cleanly', async () => {
    const svc = await spawnTestService();
    try {
      await svc.createStore('paris-01', 'Paris');
      const device = await svc.enroll('paris-01');
      const stream = openStream(svc.url, device.token);
      await stream.waitFor((e) => e.type === 'hello');
      const code = await svc.terminate();
      expect(code).toBe(0);
      stream.close();
    } finally {
      await svc.close();
    }
  });
});
