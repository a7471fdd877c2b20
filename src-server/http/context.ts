import type { DeviceTokens } from '../auth/device-tokens';
import type { DeviceIdentity } from '../auth/devices';
import type { Secrets } from '../auth/secrets';
import type { Database } from '../db/database';
import type { StorePokes } from '../sync/pokes';
import type { OpenStreams } from './streams';

/** What every route of the service works with. */
export type ServiceContext = {
  db: Database;
  secrets: Secrets;
  pokes: StorePokes;
  /** Device tokens found valid a moment ago (revocations heard from every instance). */
  deviceTokens: DeviceTokens;
  /** Open event streams (limits, closing a revoked device's). */
  streams: OpenStreams;
  /** How often a stream sends a keep-alive and checks its device is still enrolled. */
  heartbeatMs: number;
  /** The service's clock (injectable for tests). */
  now: () => string;
  /** PBKDF2 iterations for new staff PIN verifiers. */
  pinIterations: number;
};

declare module 'fastify' {
  interface FastifyRequest {
    device?: DeviceIdentity;
  }
}
