import '../support/dev-mode';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OrderDoc } from '@shared/schemas/order';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Network, TestDevice } from '../support/device';
import { anOrder } from '../support/fixtures';
import { call, ENGINE } from '../support/service';
import { freePort, spawnService } from '../support/service-process';

describe(`the service killed and restarted mid-sync (${ENGINE})`, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'svc-restart-'));
  let env: Record<string, string>;
  beforeAll(async () => {
    env = {
      PORT: String(await freePort()),
      DATA_DIR: dataDir,
      OMS_API_KEYS: 'oms-key',
      ADMIN_TOKEN: 'admin-token',
      ...(process.env.TEST_DATABASE_URL
        ? {
            DATABASE_URL: process.env.TEST_DATABASE_URL,
            DATABASE_SCHEMA: `restart_${Date.now().toString(36)}`,
          }
        : {}),
    };
  });
  afterAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    if (env.DATABASE_SCHEMA) {
      const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${env.DATABASE_SCHEMA}" CASCADE`);
      await client.end();
    }
  });

  it('loses nothing: every command recorded on the device is applied exactly once', async () => {
    let service = await spawnService(env);
    const store = `restart-${Date.now().toString(36)}`;
    const oms = (method: string, path: string, body?: unknown) =>
      call(service.url, method, `/oms/v1${path}`, { token: 'oms-key', body });
    await oms('PUT', `/stores/${store}`, {
      name: 'Restart',
      timezone: 'Europe/Paris',
      locale: 'fr-FR',
      currency: 'EUR',
    });
    const orderIds = Array.from({ length: 20 }, (_, i) => `r-${i}`);
    for (const id of orderIds)
      await oms('POST', `/stores/${store}/orders`, { order: anOrder({ id, number: id }) });
    const code = await call<{ code: string }>(
      service.url,
      'POST',
      `/admin/v1/stores/${store}/enrollment-codes`,
      {
        token: 'admin-token',
        body: {},
      },
    );
    const enrolled = await call<{ token: string; deviceId: string; storeId: string }>(
      service.url,
      'POST',
      '/v1/enroll',
      {
        body: { code: code.body.code, deviceName: 'Tablette' },
      },
    );

    const network = new Network();
    const device = await TestDevice.open({ serviceUrl: service.url, ...enrolled.body, network });
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
      await service.kill();
      expect(device.state().pending).toBeGreaterThan(0);

      service = await spawnService(env);
      await device.settled(90_000);

      const { body } = await call<{ events: unknown[] }>(service.url, 'GET', '/oms/v1/events?limit=1', {
        token: 'oms-key',
      });
      expect(body.events).toBeDefined();
      for (const id of orderIds) {
        const order = await call<OrderDoc>(service.url, 'GET', `/oms/v1/stores/${store}/orders/${id}`, {
          token: 'oms-key',
        });
        expect(order.body.lines[0]?.picked).toBe(20);
        const picks = order.body.commandLog.filter((e) => e.type === 'pick').map((e) => e.commandId);
        expect(new Set(picks).size).toBe(20);
      }
      expect(new Set(recorded).size).toBe(400);
    } finally {
      await device.close();
      await service.kill();
    }
  });
});
