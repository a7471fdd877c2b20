import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, spawnService } from '../support/service-process';

// The embedded database's folder: PGlite creates only its last folder, so a fresh clone's default
// `.data/service` used to fail with ENOENT. (Embedded database only: the same on both test engines.)
describe('fresh clone: DATA_DIR', () => {
  const work = mkdtempSync(join(tmpdir(), 'data-dir-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('starts with a DATA_DIR whose parent folders do not exist yet, and creates them', async () => {
    const dataDir = join(work, 'a', 'b', 'service');
    const service = await spawnService({ PORT: String(await freePort()), DATA_DIR: dataDir });
    try {
      const health = await fetch(`${service.url}/health`);
      expect(await health.json()).toEqual({ status: 'ok', database: 'pglite' });
      expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
    } finally {
      expect(await service.terminate()).toBe(0);
    }
    // A new process creating a database: slow on a loaded machine, bounded by spawnService's own deadline.
  }, 180_000);

  it('refuses a DATA_DIR that cannot be created with one clear line, not a stack trace', async () => {
    const file = join(work, 'a-file');
    writeFileSync(file, '');
    const child = spawn(process.execPath, ['--import', 'tsx', resolve('src-server/main.ts')], {
      env: {
        ...process.env,
        TSX_TSCONFIG_PATH: resolve('tsconfig.node.json'),
        PORT: String(await freePort()),
        DATA_DIR: join(file, 'service'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`Cannot use DATA_DIR=${join(file, 'service')}`);
    expect(lines[0]).toContain('DATABASE_URL');
  });
});
