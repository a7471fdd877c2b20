import type { DeviceCredentials } from '../data/replica';

/** Where a device keeps the credentials enrollment gave it. */
export type CredentialStore = {
  load(): Promise<DeviceCredentials | null>;
  save(credentials: DeviceCredentials): Promise<void>;
  clear(): Promise<void>;
};

const KEY = 'associate.device';

/** Browser and installable web app: the origin's local storage. */
export function browserCredentialStore(storage: Storage = globalThis.localStorage): CredentialStore {
  return {
    async load() {
      const raw = storage.getItem(KEY);
      if (!raw) return null;
      try {
        const parsed = JSON.parse(raw) as DeviceCredentials;
        return parsed.token && parsed.serviceUrl && parsed.storeId && parsed.deviceId ? parsed : null;
      } catch {
        return null;
      }
    },
    async save(credentials) {
      storage.setItem(KEY, JSON.stringify(credentials));
    },
    async clear() {
      storage.removeItem(KEY);
    },
  };
}
