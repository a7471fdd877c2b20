import { hostname } from 'node:os';
import type { EnrollOutcome, ShellEnrollRequest } from '@shared/ipc/contract';
import type { DeviceCredentials } from '@shared/sync/protocol';
import type { CredentialVault } from './credentials';

/**
 * The device's credentials at start. On an unattended first run,
 * ASSOCIATE_SERVICE_URL and ASSOCIATE_ENROLLMENT_CODE (set by `npm start`, or
 * by IT provisioning a counter) enroll the device before the page loads; once
 * enrolled, they are ignored.
 */
export async function startingCredentials(
  vault: CredentialVault,
  enroll: (request: ShellEnrollRequest) => Promise<EnrollOutcome>,
  env: NodeJS.ProcessEnv,
): Promise<DeviceCredentials | null> {
  const saved = await vault.load();
  const serviceUrl = env.ASSOCIATE_SERVICE_URL?.trim();
  const code = env.ASSOCIATE_ENROLLMENT_CODE?.trim();
  if (saved || !serviceUrl || !code) return saved;
  const outcome = await enroll({
    serviceUrl,
    code,
    deviceName: env.ASSOCIATE_DEVICE_NAME?.trim() || hostname(),
  });
  if (!outcome.ok) {
    const why = outcome.failure === 'service' ? `${outcome.status} ${outcome.body.message}` : outcome.message;
    console.warn(`unattended enrollment failed (the app asks for a code instead): ${why}`);
    return null;
  }
  await vault.save(outcome.credentials);
  return outcome.credentials;
}
