import { PIN_ITERATIONS } from '@shared/staff/pin';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { DeviceTokens } from './auth/device-tokens';
import { loadSecrets, type Secrets } from './auth/secrets';
import type { ServiceConfig } from './config';
import { type Database, openDatabase } from './db/database';
import { migrate } from './db/migrate';
import { OpenStreams } from './http/streams';
import { schedulePickupExpiry } from './jobs/pickup-expiry';
import { scheduleTombstones } from './jobs/tombstones';
import { StorePokes } from './sync/pokes';

const CLOSE_GRACE_MS = 3000;

export type Service = {
  app: FastifyInstance;
  db: Database;
  secrets: Secrets;
  /** Event streams open on this instance. */
  streams: OpenStreams;
  url: string;
  close(): Promise<void>;
};

export type StartOptions = Partial<ServiceConfig> & {
  /** PostgreSQL schema (tests isolate themselves in one). */
  schema?: string;
  /** Use this database instead of opening one (and do not close it). */
  database?: Database;
  logger?: boolean | object;
  now?: () => string;
  /** OMS keys accepted by this process only, never stored. */
  sessionOmsKeys?: string[];
  /** Tests: every success is checked against its documented schema (a mismatch is a 500 naming it). */
  checkAnswers?: boolean;
};

/** Open the database, migrate it, and serve: one instance of the stateless service. */
export async function startService(options: StartOptions = {}): Promise<Service> {
  const db =
    options.database ??
    (await openDatabase({
      url: options.databaseUrl,
      ...(options.databasePoolMax ? { poolMax: options.databasePoolMax } : {}),
      dataDir: options.dataDir ?? 'memory://',
      ...(options.schema ? { schema: options.schema } : {}),
    }));
  await migrate(db, options.schema);
  const secrets = await loadSecrets(db, {
    omsApiKeys: options.omsApiKeys ?? [],
    adminToken: options.adminToken,
    secretKey: options.secretKey,
    ...(options.sessionOmsKeys ? { sessionOmsKeys: options.sessionOmsKeys } : {}),
  });
  const pokes = await StorePokes.start(db);
  const streams = new OpenStreams(options.streamsPerDevice ?? 3, options.streamsPerInstance ?? 2000);
  const deviceTokens = await DeviceTokens.start(db, (deviceId) => streams.closeDevice(deviceId));
  const now = options.now ?? (() => new Date().toISOString());
  const app = await buildApp(
    {
      db,
      secrets,
      pokes,
      deviceTokens,
      streams,
      heartbeatMs: options.heartbeatMs ?? 15_000,
      now,
      pinIterations: options.pinIterations ?? PIN_ITERATIONS,
    },
    {
      logger: options.logger ?? false,
      ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
      cors: { origins: options.corsOrigins ?? [], loopback: options.corsLoopback ?? true },
      ...(options.enrollPerMinute ? { enrollPerMinute: options.enrollPerMinute } : {}),
      ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
      ...(options.checkAnswers ? { checkAnswers: true } : {}),
    },
  );
  const url = await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 0 });
  const expiry = schedulePickupExpiry(db, now, options.pickupExpiryEveryMs ?? 60_000, (err) =>
    app.log.error({ err }, 'pickup expiry round failed'),
  );
  const tombstones = scheduleTombstones(
    db,
    now,
    { intervalMs: options.tombstoneEveryMs ?? 3_600_000, keepDays: options.closedKeepDays ?? 30 },
    (err) => app.log.error({ err }, 'tombstone round failed'),
  );
  return {
    app,
    db,
    secrets,
    streams,
    url,
    async close() {
      // In-flight requests get a moment to finish; then connections still open are cut (a client
      // that opened a socket and never sent a request would otherwise hold the close for a minute).
      await expiry.stop();
      await tombstones.stop();
      const cut = setTimeout(() => app.server.closeAllConnections(), CLOSE_GRACE_MS);
      await app.close();
      clearTimeout(cut);
      await pokes.close();
      await deviceTokens.close();
      if (!options.database) await db.close();
    },
  };
}
