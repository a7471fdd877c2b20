import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService } from '../../src-server/service';
import { call, ENGINE, startTestService, type TestService } from '../support/service';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function secretsTable(svc: TestService) {
  const { rows } = await svc.db.pool.query<{ name: string; value: string }>(
    'SELECT name, value FROM service_secrets',
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.value]));
}

describe(`access: secrets are stored as keyed hashes, shown once (${ENGINE})`, () => {
  let svc: TestService;
  beforeAll(async () => {
    // No OMS key nor admin token configured: the service generates them.
    svc = await startTestService({ omsApiKeys: [], adminToken: undefined });
  });
  afterAll(() => svc.close());

  it('generates the OMS key and admin token at first start, hands them over once, stores neither in clear', async () => {
    const { omsApiKey, adminToken } = svc.service.secrets.generated;
    expect(omsApiKey).toMatch(/^[\w-]{40,}$/);
    expect(adminToken).toMatch(/^[\w-]{40,}$/);
    const stored = JSON.stringify(await secretsTable(svc));
    expect(stored).not.toContain(omsApiKey);
    expect(stored).not.toContain(adminToken);
    expect(stored).not.toContain(sha256(omsApiKey as string));

    const store = await call(svc.url, 'PUT', '/oms/v1/stores/paris-01', {
      token: omsApiKey as string,
      body: { name: 'Paris', timezone: 'Europe/Paris', locale: 'fr-FR', currency: 'EUR' },
    });
    expect(store.status).toBeLessThan(300);
    expect(
      (await call(svc.url, 'GET', '/admin/v1/stores/paris-01/devices', { token: adminToken as string }))
        .status,
    ).toBe(200);
    expect(
      (await call(svc.url, 'GET', '/admin/v1/stores/paris-01/devices', { token: `${adminToken}x` })).status,
    ).toBe(401);

    // A second start on the same database: the same credentials work, nothing is generated again.
    const again = await startService({
      ...(ENGINE === 'postgres'
        ? { databaseUrl: process.env.TEST_DATABASE_URL, ...(svc.schema ? { schema: svc.schema } : {}) }
        : { database: svc.db }),
    });
    try {
      expect(again.secrets.generated).toEqual({});
      expect(
        (await call(again.url, 'GET', '/admin/v1/stores/paris-01/devices', { token: adminToken as string }))
          .status,
      ).toBe(200);
    } finally {
      await again.close();
    }
  });

  it('stores device tokens and enrollment codes as keyed hashes, not their SHA-256', async () => {
    const adminToken = svc.service.secrets.generated.adminToken as string;
    const code = await call<{ code: string }>(svc.url, 'POST', '/admin/v1/stores/paris-01/enrollment-codes', {
      token: adminToken,
      body: {},
    });
    const enrolled = await call<{ token: string }>(svc.url, 'POST', '/v1/enroll', {
      body: { code: code.body.code, deviceName: 'Caisse' },
    });
    const { rows: devices } = await svc.db.pool.query<{ token_hash: string }>(
      'SELECT token_hash FROM devices',
    );
    const { rows: codes } = await svc.db.pool.query<{ code_hash: string }>(
      'SELECT code_hash FROM enrollment_codes',
    );
    const stored = JSON.stringify([devices, codes]);
    for (const secret of [enrolled.body.token, code.body.code]) {
      expect(stored).not.toContain(secret);
      expect(stored).not.toContain(sha256(secret));
    }
    expect(devices.every((d) => d.token_hash.startsWith('h1:'))).toBe(true);
  });

  it('converts what earlier versions stored (clear secrets, plain SHA-256) and keeps them working', async () => {
    // As an earlier version left it: the admin token in clear, a device token and a code as SHA-256.
    await svc.db.pool.query(
      "DELETE FROM service_secrets WHERE name IN ('admin_token_hash', 'oms_api_key_hash')",
    );
    await svc.db.pool.query(
      "INSERT INTO service_secrets (name, value) VALUES ('admin_token', 'old-admin'), ('oms_api_key', 'old-oms')",
    );
    await svc.db.pool.query(
      "INSERT INTO devices (id, store_id, name, token_hash) VALUES ('0190aaaa-0000-7000-8000-00000000000a', 'paris-01', 'Old', $1)",
      [sha256('old-device-token')],
    );
    const again = await startService({
      ...(ENGINE === 'postgres'
        ? { databaseUrl: process.env.TEST_DATABASE_URL, ...(svc.schema ? { schema: svc.schema } : {}) }
        : { database: svc.db }),
    });
    try {
      const table = await secretsTable(svc);
      expect(table.admin_token).toBeUndefined();
      expect(table.oms_api_key).toBeUndefined();
      expect(JSON.stringify(table)).not.toContain('old-admin');
      const { rows } = await svc.db.pool.query<{ token_hash: string }>(
        "SELECT token_hash FROM devices WHERE name = 'Old'",
      );
      expect(rows[0]?.token_hash).toMatch(/^h1:/);
      expect(
        (await call(again.url, 'GET', '/admin/v1/stores/paris-01/devices', { token: 'old-admin' })).status,
      ).toBe(200);
      expect(
        (await call(again.url, 'GET', '/v1/pull/orders?seq=0&limit=1', { token: 'old-device-token' })).status,
      ).toBe(200);
    } finally {
      await again.close();
    }
  });
});
