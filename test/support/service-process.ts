import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { call } from './http';

// Paths from the repository root (tests run there): import.meta.url is not a file URL under jsdom.
const MAIN = resolve('src-server/main.ts');
const TSCONFIG = resolve('tsconfig.node.json');

/** The service as its own process, so a test can kill it the hard way (SIGKILL) and start it again. */
export async function spawnService(
  env: Record<string, string>,
): Promise<{ url: string; kill(): Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, TSX_TSCONFIG_PATH: TSCONFIG, LOG_LEVEL: 'warn', ...env },
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
  return {
    url,
    async kill() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    },
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

/** A throwaway service process on the embedded database, with helpers to act as the OMS and an admin. */
export async function spawnTestService() {
  const dataDir = mkdtempSync(join(tmpdir(), 'svc-'));
  const service = await spawnService({
    PORT: String(await freePort()),
    DATA_DIR: dataDir,
    OMS_API_KEYS: 'oms-key',
    ADMIN_TOKEN: 'admin-token',
  });
  return {
    url: service.url,
    oms: <T = unknown>(method: string, path: string, body?: unknown) =>
      call<T>(service.url, method, `/oms/v1${path}`, {
        token: 'oms-key',
        ...(body !== undefined ? { body } : {}),
      }),
    admin: <T = unknown>(method: string, path: string, body?: unknown) =>
      call<T>(service.url, method, `/admin/v1${path}`, {
        token: 'admin-token',
        ...(body !== undefined ? { body } : {}),
      }),
    async createStore(id: string, name: string) {
      await call(service.url, 'PUT', `/oms/v1/stores/${id}`, {
        token: 'oms-key',
        body: { name, timezone: 'Europe/Paris', locale: 'fr-FR', currency: 'EUR' },
      });
    },
    async enroll(storeId: string) {
      const code = await call<{ code: string }>(
        service.url,
        'POST',
        `/admin/v1/stores/${storeId}/enrollment-codes`,
        {
          token: 'admin-token',
          body: {},
        },
      );
      const reply = await call<{ token: string; deviceId: string; storeId: string }>(
        service.url,
        'POST',
        '/v1/enroll',
        {
          body: { code: code.body.code, deviceName: 'test' },
        },
      );
      return reply.body;
    },
    async close() {
      await service.kill();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
