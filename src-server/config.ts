import { resolve } from 'node:path';
import { PIN_ITERATIONS } from '@shared/staff/pin';

/** Service settings, from the environment. Nothing is required: the default is an embedded database in ./.data. */
export type ServiceConfig = {
  host: string;
  port: number;
  /** PostgreSQL URL; when absent the embedded PGlite database in dataDir is used. */
  databaseUrl: string | undefined;
  /** PostgreSQL schema to keep the service's tables in (default: the connection's search path). */
  databaseSchema: string | undefined;
  /**
   * Connections of this instance's pool on PostgreSQL (DATABASE_POOL_MAX), besides the one LISTEN
   * connection: the instance's share of the server's connection budget.
   */
  databasePoolMax: number;
  dataDir: string;
  /** OMS API keys (comma-separated in OMS_API_KEYS); generated and kept in the database when absent. */
  omsApiKeys: string[];
  /** Admin token (manager console, enrollment codes); generated and kept in the database when absent. */
  adminToken: string | undefined;
  /** Origins allowed besides the app's own (associate://app, and loopback outside production). */
  corsOrigins: string[];
  /** Loopback origins (http://127.0.0.1:*, localhost, [::1]) are allowed: development, `npm start`. */
  corsLoopback: boolean;
  /** Open event streams allowed per device, and on this instance. */
  streamsPerDevice: number;
  streamsPerInstance: number;
  /** Enrollment attempts allowed per client address per minute. */
  enrollPerMinute: number;
  /** Proxies whose X-Forwarded-For names the client (TRUST_PROXY: `true`, or addresses/CIDRs, comma-separated). */
  trustProxy: boolean | string[];
  /** Key of the keyed hashes of stored secrets (generated and kept in the database when absent). */
  secretKey: string | undefined;
  logLevel: string;
  /** Largest request body accepted, in bytes. */
  bodyLimit: number;
  /** PBKDF2-SHA256 iterations for staff PIN verifiers (PIN_ITERATIONS). */
  pinIterations: number;
  /** How often the pickup-expiry job runs, in ms (PICKUP_EXPIRY_EVERY_MS; 0 = never). */
  pickupExpiryEveryMs: number;
  /** Days a closed order or a done task stays on the devices after its last change (CLOSED_KEEP_DAYS). */
  closedKeepDays: number;
  /** How often the tombstone job runs, in ms (TOMBSTONE_EVERY_MS; 0 = never). */
  tombstoneEveryMs: number;
  /** Period of the stream's heartbeat event and of the revocation check, in ms (HEARTBEAT_MS). */
  heartbeatMs: number;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const origins = env.CORS_ORIGINS?.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  return {
    host: env.HOST ?? '127.0.0.1',
    port: Number(env.PORT ?? 8787),
    databaseUrl: env.DATABASE_URL || undefined,
    databaseSchema: env.DATABASE_SCHEMA || undefined,
    databasePoolMax: Number(env.DATABASE_POOL_MAX ?? 10),
    dataDir: resolve(env.DATA_DIR ?? '.data/service'),
    omsApiKeys: (env.OMS_API_KEYS ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
    adminToken: env.ADMIN_TOKEN || undefined,
    corsOrigins: origins ?? [],
    corsLoopback: env.NODE_ENV !== 'production',
    streamsPerDevice: Number(env.STREAMS_PER_DEVICE ?? 3),
    streamsPerInstance: Number(env.STREAMS_PER_INSTANCE ?? 2000),
    enrollPerMinute: Number(env.ENROLL_PER_MINUTE ?? 10),
    secretKey: env.SECRET_KEY || undefined,
    trustProxy:
      env.TRUST_PROXY === 'true'
        ? true
        : (env.TRUST_PROXY ?? '')
            .split(',')
            .map((p) => p.trim())
            .filter(Boolean),
    logLevel: env.LOG_LEVEL ?? 'info',
    bodyLimit: Number(env.BODY_LIMIT ?? 8 * 1024 * 1024),
    pinIterations: Number(env.PIN_ITERATIONS ?? PIN_ITERATIONS),
    pickupExpiryEveryMs: Number(env.PICKUP_EXPIRY_EVERY_MS ?? 60_000),
    closedKeepDays: Math.max(1, Number(env.CLOSED_KEEP_DAYS ?? 30) || 30),
    tombstoneEveryMs: Number(env.TOMBSTONE_EVERY_MS ?? 3_600_000),
    // At least 100 ms: 0 or a typo would flood every stream with heartbeats.
    heartbeatMs: Math.max(100, Number(env.HEARTBEAT_MS ?? 15_000) || 15_000),
  };
}
