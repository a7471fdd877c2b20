import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EnrollResponse } from '@shared/sync/protocol';
import pg from 'pg';
import type { Database } from '../../src-server/db/database';
import { startService } from '../../src-server/service';

const OMS_KEY = 'bench-oms-key';
const ADMIN = 'bench-admin-token';

export type BenchService = {
  engine: 'pglite' | 'postgres';
  url: string;
  omsKey: string;
  /** The service's database (benchmarks that time the service's own functions). */
  db: Database;
  enroll(storeId: string, deviceName: string): Promise<EnrollResponse>;
  /** A one-time enrollment code (the web app enrolls itself with it). */
  enrollmentCode(storeId: string): Promise<string>;
  close(): Promise<void>;
};

/**
 * The real service, on PGlite in a fresh data folder, or on PostgreSQL in a
 * fresh schema that is dropped afterwards.
 */
export async function startBenchService(databaseUrl?: string): Promise<BenchService> {
  const dataDir = databaseUrl ? undefined : mkdtempSync(join(tmpdir(), 'bench-pglite-'));
  const schema = databaseUrl ? `bench_${randomBytes(5).toString('hex')}` : undefined;
  const service = await startService({
    ...(databaseUrl ? { databaseUrl, schema } : { dataDir }),
    omsApiKeys: [OMS_KEY],
    adminToken: ADMIN,
    enrollPerMinute: 100_000,
  });
  const post = async <T>(path: string, token: string | undefined, body: unknown): Promise<T> => {
    const response = await fetch(`${service.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  };
  return {
    engine: databaseUrl ? 'postgres' : 'pglite',
    url: service.url,
    omsKey: OMS_KEY,
    db: service.db,
    async enrollmentCode(storeId) {
      return (await post<{ code: string }>(`/admin/v1/stores/${storeId}/enrollment-codes`, ADMIN, {})).code;
    },
    async enroll(storeId, deviceName) {
      const { code } = await post<{ code: string }>(
        `/admin/v1/stores/${storeId}/enrollment-codes`,
        ADMIN,
        {},
      );
      return post<EnrollResponse>('/v1/enroll', undefined, { code, deviceName });
    },
    async close() {
      await service.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      if (databaseUrl && schema) {
        const client = new pg.Client({ connectionString: databaseUrl });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      }
    },
  };
}
