import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { call } from './http';
import { TEST_PIN_ITERATIONS, TEST_STAFF_BODY } from './staff';

// Paths from the repository root (tests run there): import.meta.url is not a file URL under jsdom.
const MAIN = resolve('src-server/main.ts');
const TSCONFIG = resolve('tsconfig.node.json');

/** The service as its own process, so a test can kill it the hard way (SIGKILL) and start it again. */
export async function spawnService(
  env: Record<string, string>,
): Promise<{ url: string; kill(): Promise<void>; terminate(): Promise<number | null> }> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      TSX_TSCONFIG_PATH: TSCONFIG,
      LOG_LEVEL: 'warn',
      PIN_ITERATIONS: String(TEST_PIN_ITERATIONS),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const url = `http://127.0.0.1:${env.PORT}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`service exited: ${output}`);
    const ok = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`service did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = async (signal: NodeJS.Signals): Promise<number | null> => {
    if (child.exitCode !== null) return child.exitCode;
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill(signal);
    return exited;
  };
  return {
    url,
    async kill() {
      await stop('SIGKILL');
    },
    /** SIGTERM, as an orchestrator stops it; resolves with the exit code. */
    terminate: () => stop('SIGTERM'),
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A throwaway service process (embedded database, or PostgreSQL in a schema of its own when
 * TEST_DATABASE_URL is set), with helpers to act as the OMS and an admin, and to kill it hard
 * and start it again on the same data.
 */
export async function spawnTestService(
  options: { databaseUrl?: string | undefined; env?: Record<string, string> } = {
    databaseUrl: process.env.TEST_DATABASE_URL,
  },
) {
  const databaseUrl = options.databaseUrl;
  const dataDir = mkdtempSync(join(tmpdir(), 'svc-'));
  const schema = databaseUrl ? `p_${Date.now().toString(36)}${process.pid}` : undefined;
  const env: Record<string, string> = {
    PORT: String(await freePort()),
    DATA_DIR: dataDir,
    OMS_API_KEYS: 'oms-key',
    ADMIN_TOKEN: 'admin-token',
    ENROLL_PER_MINUTE: '100000',
    ...(schema && databaseUrl ? { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: schema } : {}),
    ...options.env,
  };
  let service = await spawnService(env);
  const url = service.url;
  const oms = <T = unknown>(method: string, path: string, body?: unknown) =>
    call<T>(url, method, `/oms/v1${path}`, { token: 'oms-key', ...(body !== undefined ? { body } : {}) });
  const admin = <T = unknown>(method: string, path: string, body?: unknown) =>
    call<T>(url, method, `/admin/v1${path}`, {
      token: 'admin-token',
      ...(body !== undefined ? { body } : {}),
    });
  return {
    url,
    /** The PostgreSQL schema it works in (undefined on PGlite). */
    schema,
    oms,
    admin,
    async createStore(id: string, name: string) {
      await oms('PUT', `/stores/${id}`, { name, timezone: 'Europe/Paris', locale: 'fr-FR', currency: 'EUR' });
      await oms('PUT', `/stores/${id}/staff`, TEST_STAFF_BODY);
    },
    async enroll(storeId: string) {
      const code = await admin<{ code: string }>('POST', `/stores/${storeId}/enrollment-codes`, {});
      const reply = await call<{ token: string; deviceId: string; storeId: string }>(
        url,
        'POST',
        '/v1/enroll',
        {
          body: { code: code.body.code, deviceName: 'test' },
        },
      );
      return reply.body;
    },
    /** SIGKILL: no graceful shutdown, whatever was in flight is cut. */
    kill: () => service.kill(),
    terminate: () => service.terminate(),
    async restart() {
      service = await spawnService(env);
    },
    async close() {
      await service.kill();
      rmSync(dataDir, { recursive: true, force: true });
      if (schema && databaseUrl) {
        const client = new pg.Client({ connectionString: databaseUrl });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      }
    },
  };
}
