import { rm } from 'node:fs/promises';
import type { DeviceCredentials } from '@shared/sync/protocol';
import type { SafeStorage } from 'electron';
import { readJson, writeJson } from './json-file';

export type Encryption = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>;

export type CredentialVault = {
  load(): Promise<DeviceCredentials | null>;
  save(credentials: DeviceCredentials): Promise<void>;
  clear(): Promise<void>;
};

type Stored = { serviceUrl: string; deviceId: string; storeId: string; token: string };

/**
 * The device's credentials in userData/device.json, the token encrypted with
 * the OS's safe storage (Keychain, DPAPI, the Secret Service): a copied file
 * is no use on another account or computer.
 */
export function credentialVault(file: string, encryption: Encryption): CredentialVault {
  return {
    async load() {
      const stored = (await readJson(file)) as Partial<Stored> | null;
      if (!stored?.serviceUrl || !stored.deviceId || !stored.storeId || !stored.token) return null;
      if (!encryption.isEncryptionAvailable()) return null;
      try {
        const token = encryption.decryptString(Buffer.from(stored.token, 'base64'));
        return { serviceUrl: stored.serviceUrl, deviceId: stored.deviceId, storeId: stored.storeId, token };
      } catch {
        // Another account's or computer's file: enroll again.
        return null;
      }
    },
    async save(credentials) {
      if (!encryption.isEncryptionAvailable()) {
        throw new Error('The system offers no safe storage for the device token; it was not kept.');
      }
      const stored: Stored = {
        serviceUrl: credentials.serviceUrl,
        deviceId: credentials.deviceId,
        storeId: credentials.storeId,
        token: encryption.encryptString(credentials.token).toString('base64'),
      };
      await writeJson(file, stored);
    },
    async clear() {
      await rm(file, { force: true });
    },
  };
}
