import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EnrollOutcome } from '@shared/ipc/contract';
import { describe, expect, it, vi } from 'vitest';
import { credentialVault, type Encryption } from '../../src-main/credentials';
import { startingCredentials } from '../../src-main/unattended';

const encryption: Encryption = {
  isEncryptionAvailable: () => true,
  encryptString: (plain) => Buffer.from(plain).reverse(),
  decryptString: (sealed) => Buffer.from(sealed).reverse().toString(),
};
const vault = () =>
  credentialVault(join(mkdtempSync(join(tmpdir(), 'associate-first-run-')), 'device.json'), encryption);
const enrolled: EnrollOutcome = {
  ok: true,
  credentials: {
    serviceUrl: 'http://127.0.0.1:8787',
    token: 'tok',
    deviceId: 'd-1',
    storeId: 'paris-rivoli',
  },
};
const env = {
  ASSOCIATE_SERVICE_URL: 'http://127.0.0.1:8787',
  ASSOCIATE_ENROLLMENT_CODE: 'K7Q2-9XPA',
  ASSOCIATE_DEVICE_NAME: 'Caisse 1',
};

describe('an unattended first run (npm start, or a counter provisioned by IT)', () => {
  it('enrolls from the environment before the page loads, and keeps the credentials', async () => {
    const kept = vault();
    const enroll = vi.fn(async () => enrolled);
    expect(await startingCredentials(kept, enroll, env)).toEqual(enrolled.credentials);
    expect(enroll).toHaveBeenCalledWith({
      serviceUrl: 'http://127.0.0.1:8787',
      code: 'K7Q2-9XPA',
      deviceName: 'Caisse 1',
    });
    expect(await kept.load()).toEqual(enrolled.credentials);
  });

  it('does not enroll again once enrolled, nor without both variables', async () => {
    const kept = vault();
    await kept.save(enrolled.credentials);
    const enroll = vi.fn(async () => enrolled);
    expect(await startingCredentials(kept, enroll, env)).toEqual(enrolled.credentials);
    expect(
      await startingCredentials(vault(), enroll, { ASSOCIATE_SERVICE_URL: env.ASSOCIATE_SERVICE_URL }),
    ).toBeNull();
    expect(enroll).not.toHaveBeenCalled();
  });

  it('falls back to asking for a code when the service refuses', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const refused: EnrollOutcome = {
      ok: false,
      failure: 'service',
      status: 404,
      body: { error: 'unknown_code', message: 'Unknown or used enrollment code.' },
    };
    expect(await startingCredentials(vault(), async () => refused, env)).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Unknown or used enrollment code.'));
  });
});
