import { randomBytes } from 'node:crypto';
import { definitionOf } from '@shared/commands';
import type { CommandEnvelope } from '@shared/commands/envelope';
import { isPullCollection } from '@shared/sync/protocol';
import pg from 'pg';
import { type Service, type StartOptions, startService } from '../../src-server/service';
import { call } from './http';
import { TEST_PIN_ITERATIONS, TEST_STAFF_BODY } from './staff';

/**
 * A service for a test: PGlite in memory by default, or PostgreSQL when
 * TEST_DATABASE_URL is set (each test file then works in a schema of its own).
 */
export async function startTestService(options: StartOptions = {}): Promise<TestService> {
  const url = process.env.TEST_DATABASE_URL;
  const schema = url ? `t_${randomBytes(6).toString('hex')}` : undefined;
  const service = await startService({
    ...(url ? { databaseUrl: url, schema } : {}),
    omsApiKeys: ['test-oms-key'],
    adminToken: 'test-admin-token',
    pinIterations: TEST_PIN_ITERATIONS,
    // Tests enroll many devices from one address; the limit itself is tested with its own value.
    enrollPerMinute: 100_000,
    // Every success is checked against the schema docs/openapi.json shows for it (a field it forgets is a 500).
    checkAnswers: true,
    ...options,
  });
  return new TestService(service, schema);
}

export const ENGINE = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

export { call, type Reply } from './http';

export class TestService {
  constructor(
    readonly service: Service,
    readonly schema: string | undefined,
  ) {}

  get url() {
    return this.service.url;
  }

  get db() {
    return this.service.db;
  }

  oms<T = unknown>(method: string, path: string, body?: unknown, headers?: Record<string, string>) {
    return call<T>(this.url, method, `/oms/v1${path}`, {
      token: 'test-oms-key',
      ...(body !== undefined ? { body } : {}),
      ...(headers ? { headers } : {}),
    });
  }

  admin<T = unknown>(method: string, path: string, body?: unknown) {
    return call<T>(this.url, method, `/admin/v1${path}`, {
      token: 'test-admin-token',
      ...(body !== undefined ? { body } : {}),
    });
  }

  async createStore(id = 'paris-01', extra: Record<string, unknown> = {}) {
    const reply = await this.oms('PUT', `/stores/${id}`, {
      name: `Magasin ${id}`,
      timezone: 'Europe/Paris',
      locale: 'fr-FR',
      currency: 'EUR',
      ...extra,
    });
    if (reply.status >= 300) throw new Error(`store not created: ${JSON.stringify(reply.body)}`);
    const staff = await this.oms('PUT', `/stores/${id}/staff`, TEST_STAFF_BODY);
    if (staff.status >= 300) throw new Error(`staff not created: ${JSON.stringify(staff.body)}`);
    return reply.body;
  }

  /** Enroll a device into a store; returns its token and id. */
  async enroll(
    storeId: string,
    deviceName = 'Tablette 1',
  ): Promise<{ token: string; deviceId: string; storeId: string }> {
    const code = await this.admin<{ code: string }>('POST', `/stores/${storeId}/enrollment-codes`, {});
    const reply = await call<{ token: string; deviceId: string; storeId: string }>(
      this.url,
      'POST',
      '/v1/enroll',
      {
        body: { code: code.body.code, deviceName },
      },
    );
    if (reply.status !== 200) throw new Error(`enrollment failed: ${JSON.stringify(reply.body)}`);
    return reply.body;
  }

  push(token: string, commands: CommandEnvelope[]) {
    return call<{
      receipts: { id: string; outcome: string; reason: string; seq: number; duplicate: boolean }[];
    }>(this.url, 'POST', '/v1/push', { token, body: { commands } });
  }

  pull<T = Record<string, unknown>>(token: string, collection: string, seq = 0, limit = 500) {
    return call<{ documents: (T & { _deleted: boolean })[]; checkpoint: { seq: number }; remaining: number }>(
      this.url,
      'GET',
      `/v1/pull/${collection}?seq=${seq}&limit=${limit}`,
      { token },
    );
  }

  /** Rows of a table, or documents of a pulled collection. */
  /**
   * The OMS event feed, read again until `seen` holds, as an OMS polls it: the feed serves an event only once
   * no older transaction is still running anywhere on the PostgreSQL cluster (another test file's, in
   * parallel), so a read right after a push may legitimately not show it yet.
   */
  async feedUntil<E extends { type: string }>(seen: (events: E[]) => boolean, limit = 5000): Promise<E[]> {
    let events: E[] = [];
    for (let attempt = 0; attempt < 100; attempt++) {
      const feed = await this.oms<{ events: E[] }>('GET', `/events?limit=${limit}`);
      if (feed.status !== 200) throw new Error(`the feed answered ${feed.status}`);
      events = feed.body.events;
      if (seen(events)) return events;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return events;
  }

  async count(name: string): Promise<number> {
    const sql = isPullCollection(name)
      ? `SELECT count(*)::int AS n FROM projections WHERE collection = '${name}'`
      : `SELECT count(*)::int AS n FROM ${name}`;
    const { rows } = await this.db.pool.query<{ n: number }>(sql);
    return rows[0]?.n ?? 0;
  }

  async close(): Promise<void> {
    await this.service.close();
    if (this.schema && process.env.TEST_DATABASE_URL) {
      const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${this.schema}" CASCADE`);
      await client.end();
    }
  }
}

let commandCounter = 0;
export function deviceCommand(type: string, payload: unknown, staffId = 'alice'): CommandEnvelope {
  commandCounter += 1;
  return {
    id: `0190aaaa-0000-7000-8000-${String(commandCounter).padStart(12, '0')}`,
    type,
    // As the device fills it; an unknown type (for refusal tests) keeps the payload's order.
    orderId: definitionOf(type)?.orderId(payload) ?? (payload as { orderId?: string }).orderId ?? '',
    deviceId: 'ignored',
    staffId,
    deviceTime: new Date().toISOString(),
    payload,
  };
}
