import type { DeviceIdentity } from '../auth/devices';
import type { Secrets } from '../auth/secrets';
import type { Database } from '../db/database';
import type { StorePokes } from '../sync/pokes';

/** What every route of the service works with. */
export type ServiceContext = {
  db: Database;
  secrets: Secrets;
  pokes: StorePokes;
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
