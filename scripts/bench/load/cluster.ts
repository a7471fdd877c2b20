import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import pg from 'pg';

export const OMS_KEY = 'load-oms-key';
export const ADMIN = 'load-admin-token';

export type Instance = { url: string; pid: number; stop(): Promise<void> };

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** One service instance as a child process on loopback (as it is deployed: `npm run service`). */
async function spawnInstance(env: Record<string, string>, profileDir: string | undefined): Promise<Instance> {
  const port = await freePort();
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child: ChildProcess = spawn(
    process.execPath,
    [...profile, '--import', 'tsx', resolve('src-server/main.ts')],
    {
      env: {
        ...process.env,
        TSX_TSCONFIG_PATH: resolve('tsconfig.node.json'),
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
        PORT: String(port),
        ...env,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`service instance exited with ${child.exitCode}`);
    if (
      await fetch(`${url}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) throw new Error('service instance did not start in 2 minutes');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pid: child.pid ?? 0,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export type Cluster = {
  instances: Instance[];
  schema: string;
  /** A client of the bench's own (connections, checks); not counted as the service's. */
  sql: pg.Client;
  /** Connections the service holds on the bench's database now, by kind. */
  connections(): Promise<{ total: number; listen: number; active: number; lockWaits: number }>;
  close(): Promise<void>;
};

/**
 * Service instances on one PostgreSQL database, in a schema of their own (dropped afterwards):
 * the first migrates, the others start on the migrated schema.
 */
export async function startCluster(
  databaseUrl: string,
  count: number,
  env: Record<string, string>,
  /** Write a V8 CPU profile of each instance into this folder when it stops. */
  profileDir?: string,
): Promise<Cluster> {
  const schema = `load_${randomBytes(4).toString('hex')}`;
  const common = {
    DATABASE_URL: databaseUrl,
    DATABASE_SCHEMA: schema,
    OMS_API_KEYS: OMS_KEY,
    ADMIN_TOKEN: ADMIN,
    ENROLL_PER_MINUTE: '1000000',
    PIN_ITERATIONS: '1000',
    PICKUP_EXPIRY_EVERY_MS: '0',
    TOMBSTONE_EVERY_MS: '0',
    ...env,
  };
  const sql = new pg.Client({ connectionString: databaseUrl, application_name: 'bench:load' });
  await sql.connect();
  const instances: Instance[] = [];
  try {
    for (let i = 0; i < count; i++) instances.push(await spawnInstance(common, profileDir));
  } catch (error) {
    await Promise.all(instances.map((i) => i.stop()));
    await sql.end();
    throw error;
  }
  return {
    instances,
    schema,
    sql,
    async connections() {
      const { rows } = await sql.query<{ total: number; listen: number; active: number; lockWaits: number }>(
        `SELECT count(*)::int AS total,
           count(*) FILTER (WHERE application_name LIKE 'store-associate listen%')::int AS listen,
           count(*) FILTER (WHERE state = 'active')::int AS active,
           count(*) FILTER (WHERE wait_event_type = 'Lock')::int AS "lockWaits"
         FROM pg_stat_activity
         WHERE datname = current_database() AND backend_type = 'client backend'
           AND pid <> pg_backend_pid() AND application_name <> 'bench:load'`,
      );
      return rows[0] ?? { total: 0, listen: 0, active: 0, lockWaits: 0 };
    },
    async close() {
      await Promise.all(instances.map((i) => i.stop()));
      await sql.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
      await sql.end();
    },
  };
}
