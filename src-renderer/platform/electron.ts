import type { AssociateBridge } from '@shared/ipc/contract';
import type { DeviceCredentials } from '@shared/sync/protocol';
import { NetworkError, ServiceError } from '../data/http';
import type { CredentialStore } from './credentials';
import type { EnrollDevice, Platform } from './types';

/**
 * Inside the desktop shell: main keeps the credentials (token encrypted with
 * the OS's safe storage) and does the enrollment request, since the page's
 * CSP admits only the service the device is enrolled with.
 */
export function electronPlatform(
  bridge: AssociateBridge,
  reload: () => void = () => location.reload(),
): Platform {
  const credentials: CredentialStore = {
    load: () => bridge.credentials.load(),
    async save(next: DeviceCredentials) {
      // Main already kept them when it enrolled; anything else did not come from main.
      const kept = await bridge.credentials.load();
      if (kept?.deviceId !== next.deviceId || kept.serviceUrl !== next.serviceUrl) {
        throw new Error('The shell did not enroll this device.');
      }
      // The page loaded before the service was known; reload it under the CSP that admits the service.
      reload();
    },
    clear: () => bridge.credentials.clear(),
  };

  const enroll: EnrollDevice = async (request) => {
    const outcome = await bridge.device.enroll(request);
    if (outcome.ok) return outcome.credentials;
    switch (outcome.failure) {
      case 'network':
        throw new NetworkError(new Error(outcome.message));
      case 'service':
        throw new ServiceError(outcome.status, outcome.body);
      case 'invalid':
        throw new Error(outcome.message);
    }
  };

  return { kind: 'electron', credentials, enroll };
}
